// Nested records are followed this deep: `{ data: { user: User } }` still shows User's fields.
const MAX_DEPTH = 3;
// Library and DOM types (Express's Request, Date, Map) describe machinery, not a person's record.
const LIBRARY_FILE = /[\\/]node_modules[\\/]|[\\/]typescript[\\/]lib[\\/]|lib\.[\w.]+\.d\.ts$/;
/**
 * Categories carried by a value's declared type: a `User` whose properties include `passwordHash`
 * and `phone`, seen through aliases, intersections, unions, generics, arrays and promises.
 * One instance per file; results are cached per type.
 */
export class TypeCategories {
    services;
    knowledge;
    cache = new Map();
    checker;
    constructor(services, knowledge) {
        this.services = services;
        this.knowledge = knowledge;
        this.checker = services.program.getTypeChecker();
    }
    /** Categories of the expression's type, or none for primitives, functions and library types. */
    getCategories(node) {
        const tsNode = this.services.esTreeNodeToTSNodeMap.get(node);
        if (!tsNode)
            return [];
        let type;
        try {
            type = this.checker.getTypeAtLocation(tsNode);
        }
        catch {
            return [];
        }
        return this.collect(type, 0, new Set());
    }
    /**
     * Whether an expression is a zod object schema that keeps unknown keys (`z.looseObject`,
     * `.catchall()`): its `parse` returns the whole input, not the declared fields. Read from the
     * schema's type (zod 4 records the mode as `$loose` / `$catchall` in `ZodObject`'s config).
     */
    isLooseZodSchema(node) {
        const tsNode = this.services.esTreeNodeToTSNodeMap.get(node);
        if (!tsNode)
            return false;
        try {
            // 1 is `TypeFormatFlags.NoTruncation` (a type-only import here: the plugin does not load TypeScript itself).
            const text = this.checker.typeToString(this.checker.getTypeAtLocation(tsNode), undefined, 1);
            return /^Zod(Mini)?Object<.*\$(loose|catchall)\b/s.test(text);
        }
        catch {
            return false;
        }
    }
    /** The names of a record type's data properties, for a projection suggestion; null when not a plain record. */
    getPropertyNames(node) {
        const tsNode = this.services.esTreeNodeToTSNodeMap.get(node);
        if (!tsNode)
            return null;
        const type = this.checker.getTypeAtLocation(tsNode);
        if (type.isUnion() || this.checker.isArrayType(type) || this.isLibraryType(type))
            return null;
        if (this.checker.getIndexInfosOfType(type).length > 0)
            return null;
        const names = [];
        for (const symbol of this.checker.getPropertiesOfType(type)) {
            if (!/^[A-Za-z_$][\w$]*$/.test(symbol.name))
                return null;
            names.push(symbol.name);
        }
        return names.length > 0 ? names : null;
    }
    /**
     * Categories a class instance still carries once class-transformer serialises it (policy point
     * 7): properties declared with `@Exclude()`, or not `@Expose()`d on a class marked `@Exclude()`,
     * are left out. Null when the constructed class uses neither decorator from `class-transformer`.
     */
    getSerializedCategories(node) {
        const tsNode = this.services.esTreeNodeToTSNodeMap.get(node);
        if (!tsNode)
            return null;
        // A repository's `Promise<Staff>` or `Staff[]`: the serializer walks into arrays, the handler awaits.
        let type = this.checker.getAwaitedType(this.checker.getTypeAtLocation(tsNode)) ?? this.checker.getTypeAtLocation(tsNode);
        type = this.checker.getNonNullableType(type);
        if (this.checker.isArrayType(type))
            type = this.checker.getTypeArguments(type)[0] ?? type;
        const classDeclaration = type.getSymbol()?.valueDeclaration;
        if (!classDeclaration)
            return null;
        const classExcluded = this.hasTransformerDecorator(classDeclaration, 'Exclude');
        let projects = classExcluded;
        const kept = [];
        const result = new Set();
        for (const property of this.checker.getPropertiesOfType(type)) {
            const declaration = property.valueDeclaration;
            const excluded = declaration !== undefined && this.hasTransformerDecorator(declaration, 'Exclude');
            projects ||= excluded;
            if (excluded || (classExcluded && !(declaration !== undefined && this.hasTransformerDecorator(declaration, 'Expose'))))
                continue;
            if (isDeselectedColumn(property))
                continue;
            const propertyType = this.checker.getTypeOfSymbol(property);
            if (propertyType.getCallSignatures().length > 0)
                continue;
            kept.push(property.name);
            for (const category of this.collect(propertyType, 1, new Set()))
                result.add(category);
        }
        if (!projects)
            return null;
        for (const category of this.knowledge.classifyNames(kept))
            result.add(category);
        return [...result];
    }
    /** Whether a declaration carries `@name()` imported from class-transformer (not a local namesake). */
    hasTransformerDecorator(declaration, name) {
        const modifiers = declaration.modifiers ?? [];
        for (const modifier of modifiers) {
            let expression = modifier.expression;
            if (expression && 'arguments' in expression)
                expression = expression.expression;
            if (!expression || expression.text !== name)
                continue;
            const symbol = this.checker.getSymbolAtLocation(expression);
            for (const imported of symbol?.getDeclarations() ?? []) {
                let current = imported;
                while (current && !('moduleSpecifier' in current))
                    current = current.parent;
                const specifier = current?.moduleSpecifier;
                if (specifier?.text === 'class-transformer')
                    return true;
            }
        }
        return false;
    }
    /**
     * The names of a record's properties that carry a category (by name or nested type); null when
     * the value is not one plain record (a union, an array, a library type).
     */
    getPropertiesCarrying(node, category, elements = false) {
        const tsNode = this.services.esTreeNodeToTSNodeMap.get(node);
        if (!tsNode)
            return null;
        const awaited = this.checker.getAwaitedType(this.checker.getTypeAtLocation(tsNode));
        // `UserRow | undefined` (a lookup that may find nothing) has the record's properties.
        let type = awaited ? this.checker.getNonNullableType(awaited) : undefined;
        // With `elements`, a list of records answers for its element (a redact path never does: pino needs `[*]`).
        if (elements && type && this.checker.isArrayType(type))
            type = this.checker.getTypeArguments(type)[0];
        if (!type || type.isUnion() || this.checker.isArrayType(type) || !this.isRecord(type))
            return null;
        // Types are interned by the checker: one answer per record type and category.
        let byCategory = this.carrying.get(type);
        if (!byCategory) {
            byCategory = new Map();
            this.carrying.set(type, byCategory);
        }
        let names = byCategory.get(category);
        if (names === undefined) {
            const found = [];
            for (const property of this.checker.getPropertiesOfType(type)) {
                const propertyType = this.checker.getTypeOfSymbol(property);
                if (propertyType.getCallSignatures().length > 0 || isDeselectedColumn(property))
                    continue;
                if (this.knowledge.classifyNames([property.name]).includes(category) || this.collect(propertyType, 1, new Set()).includes(category))
                    found.push(property.name);
            }
            names = found;
            byCategory.set(category, names);
        }
        return [...names];
    }
    carrying = new WeakMap();
    /**
     * The `redact` paths of a pino logger, read from its declaration wherever it lives: `logger` of
     * `export const logger = pino({ redact: ['body.password'] })` in another module. Null when the
     * identifier is not a logger created by one of `modules` with literal redact paths.
     */
    getLoggerRedactPaths(identifier, modules) {
        const tsNode = this.services.esTreeNodeToTSNodeMap.get(identifier);
        if (!tsNode)
            return null;
        let symbol = this.checker.getSymbolAtLocation(tsNode);
        try {
            if (symbol)
                symbol = this.checker.getAliasedSymbol(symbol);
        }
        catch {
            // Not an import: the symbol is the local declaration itself.
        }
        const initializer = symbol?.valueDeclaration?.initializer;
        if (!initializer || !('arguments' in initializer))
            return null;
        const call = initializer;
        if (!modules.some((module) => this.isImportedFrom(call.expression, module)))
            return null;
        const options = call.arguments[0];
        if (!options || !('properties' in options))
            return null;
        for (const property of options.properties) {
            if (property.name?.text !== 'redact' || !('initializer' in property))
                continue;
            let value = property.initializer;
            if ('properties' in value) {
                const paths = value.properties.find((p) => p.name?.text === 'paths');
                if (!paths || !('initializer' in paths))
                    return null;
                value = paths.initializer;
            }
            if (!('elements' in value))
                return null;
            const result = [];
            for (const element of value.elements) {
                const text = element.text;
                // A computed path cannot be checked: no redaction is assumed rather than a wrong one.
                if (typeof text !== 'string' || element.getText().startsWith('`'))
                    return null;
                result.push(text);
            }
            return result;
        }
        return null;
    }
    /** Whether an identifier (or the root of `ns.fn`) is imported from a module. */
    isImportedFrom(expression, module) {
        const root = 'expression' in expression ? expression.expression : expression;
        const symbol = this.checker.getSymbolAtLocation(root);
        for (const declaration of symbol?.getDeclarations() ?? []) {
            let current = declaration;
            while (current && !('moduleSpecifier' in current))
                current = current.parent;
            if (current?.moduleSpecifier?.text === module)
                return true;
        }
        return false;
    }
    /**
     * Whether a value's type is the named type of a module (`Analytics` from `@segment/analytics-node`):
     * a receiver made in another file (`import { analytics } from './lib/segment'`) is known by its type.
     */
    hasTypeFrom(node, module, name) {
        const declared = this.getDeclaredTypeName(node);
        if (declared === null || declared.name !== name)
            return false;
        const bare = module.replace(/^node:/, '');
        return declared.file.includes(`/node_modules/${bare}/`) || declared.file.includes(`/node_modules/@types/${bare}/`);
    }
    declaredTypeNames = new WeakMap();
    /** The name and declaring file of a value's type, once per node (every type pattern of every model asks). */
    getDeclaredTypeName(node) {
        let found = this.declaredTypeNames.get(node);
        if (found === undefined) {
            found = null;
            const tsNode = this.services.esTreeNodeToTSNodeMap.get(node);
            if (tsNode) {
                const type = this.checker.getTypeAtLocation(tsNode);
                const symbol = type.aliasSymbol ?? type.getSymbol();
                if (symbol !== undefined)
                    found = { name: symbol.getName(), file: symbol.getDeclarations()?.[0]?.getSourceFile().fileName.replace(/\\/g, '/') ?? '' };
            }
            this.declaredTypeNames.set(node, found);
        }
        return found;
    }
    /** Categories of a record type's property, by name and by nested type. */
    getPropertyCategories(node, name) {
        const tsNode = this.services.esTreeNodeToTSNodeMap.get(node);
        if (!tsNode)
            return [];
        const type = this.checker.getTypeAtLocation(tsNode);
        const symbol = this.checker.getPropertyOfType(type, name);
        const result = new Set(this.knowledge.classifyNames([name]));
        if (symbol)
            for (const category of this.collect(this.checker.getTypeOfSymbol(symbol), 1, new Set()))
                result.add(category);
        return [...result];
    }
    collect(type, depth, seen) {
        const cached = this.cache.get(type);
        if (cached)
            return cached;
        if (depth > MAX_DEPTH || seen.has(type))
            return [];
        seen.add(type);
        const result = new Set();
        const add = (categories) => {
            for (const category of categories)
                result.add(category);
        };
        if (type.isUnion()) {
            for (const member of type.types)
                add(this.collect(member, depth, seen));
        }
        else {
            const awaited = this.checker.getAwaitedType(type);
            if (awaited && awaited !== type) {
                add(this.collect(awaited, depth, seen));
            }
            else if (this.checker.isArrayType(type) || this.checker.isTupleType(type)) {
                for (const argument of this.checker.getTypeArguments(type))
                    add(this.collect(argument, depth, seen));
            }
            else if (this.isRecord(type)) {
                const properties = this.checker.getPropertiesOfType(type);
                const dataNames = [];
                // `UserRow.status`: the record's type name gives a bare flag its meaning (`user status`), as in the analyzer.
                const typeName = type.aliasSymbol?.getName() ?? type.getSymbol()?.getName();
                for (const property of properties) {
                    const propertyType = this.checker.getTypeOfSymbol(property);
                    if (propertyType.getCallSignatures().length > 0)
                        continue;
                    // `passwordHash?: undefined` (a shape with the field cleared) carries nothing.
                    if (this.isNothing(propertyType))
                        continue;
                    // TypeORM `@Column({ select: false })`: a row read from the database lacks it (core's
                    // `typeorm-select-false`); only a query that asks it back (`addSelect`) has it, which the analyzer follows.
                    if (isDeselectedColumn(property))
                        continue;
                    // A DTO built elsewhere (`{ phone: maskPhone(row.phone) }`): its property holds what the call made of the value.
                    const made = this.getLiteralSanitizer(property);
                    if (made !== null) {
                        if (made.kind === 'mask' && this.knowledge.classifyNames([property.name]).some((category) => category === 'phone' || category === 'phone-fragment'))
                            result.add('phone-fragment');
                        continue;
                    }
                    dataNames.push(property.name);
                    if (typeName !== undefined && !typeName.startsWith('__') && this.knowledge.classifyName(property.name) === null && this.knowledge.classifyName(`${typeName}_${property.name}`) === 'account-status') {
                        result.add('account-status');
                    }
                    add(this.collect(propertyType, depth + 1, seen));
                }
                add(this.knowledge.classifyNames(dataNames));
            }
        }
        seen.delete(type);
        const categories = [...result];
        if (depth === 0)
            this.cache.set(type, categories);
        return categories;
    }
    /**
     * The mask, hash or conversion a property's object-literal initializer calls (`maskPhone(…)`,
     * `sha256(…)`), known by the sanitizers' name patterns; null for any other declaration.
     */
    getLiteralSanitizer(property) {
        const initializer = property.valueDeclaration?.initializer;
        if (initializer?.expression === undefined || initializer.arguments === undefined)
            return null;
        const name = initializer.expression.getText().split('.').at(-1) ?? '';
        for (const sanitizer of this.knowledge.sanitizers) {
            if (sanitizer.kind !== 'mask' && sanitizer.kind !== 'hash' && sanitizer.kind !== 'conversion')
                continue;
            if (sanitizer.namePattern !== undefined && new RegExp(sanitizer.namePattern, 'i').test(name))
                return sanitizer;
        }
        return null;
    }
    /** Whether a type holds no value: `undefined`, `null`, `never` (compared with the checker's own, not by TypeFlags). */
    isNothing(type) {
        return type === this.checker.getUndefinedType() || type === this.checker.getNullType() || type === this.checker.getNeverType();
    }
    isRecord(type) {
        // Primitives have no own properties (only their apparent type has), so no TypeFlags are needed:
        // their values differ between TypeScript versions and the plugin does not import typescript.
        if (type.getCallSignatures().length > 0 || this.checker.getPropertiesOfType(type).length === 0)
            return false;
        return !this.isLibraryType(type);
    }
    libraryTypes = new WeakMap();
    isLibraryType(type) {
        let answer = this.libraryTypes.get(type);
        if (answer === undefined) {
            answer = this.isLibraryTypeUncached(type);
            this.libraryTypes.set(type, answer);
        }
        return answer;
    }
    isLibraryTypeUncached(type) {
        const symbol = type.aliasSymbol ?? type.getSymbol();
        const declarations = symbol?.getDeclarations();
        if (!declarations || declarations.length === 0)
            return false;
        if (!declarations.every((declaration) => LIBRARY_FILE.test(declaration.getSourceFile().fileName)))
            return false;
        // `Omit<User, 'passwordHash'>`, `z.infer<typeof Profile>`: a library's type over the project's own
        // shape keeps properties declared in the project (answered once per type: the checker interns them).
        return !this.checker.getPropertiesOfType(type).some((property) => property.getDeclarations()?.some((declaration) => !LIBRARY_FILE.test(declaration.getSourceFile().fileName)) === true);
    }
}
// `@Column({ select: false })` on a property declaration, read from its text: decorators sit in the
// declaration's modifiers, whose syntax kinds differ between TypeScript versions (not imported here).
const DESELECTED_COLUMN = /@Column\s*\(\s*\{[^)]*\bselect\s*:\s*false\b/;
/** Whether a property is a TypeORM column that queries leave out unless asked (core's `typeorm-select-false`). */
function isDeselectedColumn(property) {
    const declaration = property.valueDeclaration;
    if (declaration === undefined)
        return false;
    const text = declaration.getText();
    return text.includes('@Column') && DESELECTED_COLUMN.test(text);
}
//# sourceMappingURL=type-categories.js.map