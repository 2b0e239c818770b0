import type { ParserServicesWithTypeInformation, TSESTree } from '@typescript-eslint/utils';
import type { CategoryId } from '@leakwatch/core';
import type { Knowledge } from './knowledge.js';
/**
 * Categories carried by a value's declared type: a `User` whose properties include `passwordHash`
 * and `phone`, seen through aliases, intersections, unions, generics, arrays and promises.
 * One instance per file; results are cached per type.
 */
export declare class TypeCategories {
    private readonly services;
    private readonly knowledge;
    private readonly cache;
    private readonly checker;
    constructor(services: ParserServicesWithTypeInformation, knowledge: Knowledge);
    /** Categories of the expression's type, or none for primitives, functions and library types. */
    getCategories(node: TSESTree.Node): readonly CategoryId[];
    /**
     * Whether an expression is a zod object schema that keeps unknown keys (`z.looseObject`,
     * `.catchall()`): its `parse` returns the whole input, not the declared fields. Read from the
     * schema's type (zod 4 records the mode as `$loose` / `$catchall` in `ZodObject`'s config).
     */
    isLooseZodSchema(node: TSESTree.Node): boolean;
    /** The names of a record type's data properties, for a projection suggestion; null when not a plain record. */
    getPropertyNames(node: TSESTree.Node): string[] | null;
    /**
     * Categories a class instance still carries once class-transformer serialises it (policy point
     * 7): properties declared with `@Exclude()`, or not `@Expose()`d on a class marked `@Exclude()`,
     * are left out. Null when the constructed class uses neither decorator from `class-transformer`.
     */
    getSerializedCategories(node: TSESTree.Node): readonly CategoryId[] | null;
    /** Whether a declaration carries `@name()` imported from class-transformer (not a local namesake). */
    private hasTransformerDecorator;
    /**
     * The names of a record's properties that carry a category (by name or nested type); null when
     * the value is not one plain record (a union, an array, a library type).
     */
    getPropertiesCarrying(node: TSESTree.Node, category: CategoryId, elements?: boolean): string[] | null;
    private readonly carrying;
    /**
     * The `redact` paths of a pino logger, read from its declaration wherever it lives: `logger` of
     * `export const logger = pino({ redact: ['body.password'] })` in another module. Null when the
     * identifier is not a logger created by one of `modules` with literal redact paths.
     */
    getLoggerRedactPaths(identifier: TSESTree.Identifier, modules: readonly string[]): string[] | null;
    /** Whether an identifier (or the root of `ns.fn`) is imported from a module. */
    private isImportedFrom;
    /**
     * Whether a value's type is the named type of a module (`Analytics` from `@segment/analytics-node`):
     * a receiver made in another file (`import { analytics } from './lib/segment'`) is known by its type.
     */
    hasTypeFrom(node: TSESTree.Node, module: string, name: string): boolean;
    private readonly declaredTypeNames;
    /** The name and declaring file of a value's type, once per node (every type pattern of every model asks). */
    private getDeclaredTypeName;
    /** Categories of a record type's property, by name and by nested type. */
    getPropertyCategories(node: TSESTree.Node, name: string): readonly CategoryId[];
    private collect;
    /**
     * The mask, hash or conversion a property's object-literal initializer calls (`maskPhone(…)`,
     * `sha256(…)`), known by the sanitizers' name patterns; null for any other declaration.
     */
    private getLiteralSanitizer;
    /** Whether a type holds no value: `undefined`, `null`, `never` (compared with the checker's own, not by TypeFlags). */
    private isNothing;
    private isRecord;
    private readonly libraryTypes;
    private isLibraryType;
    private isLibraryTypeUncached;
}
//# sourceMappingURL=type-categories.d.ts.map