import type { ParserServicesWithTypeInformation, TSESTree } from '@typescript-eslint/utils';
import type { CategoryId, SanitizerModel } from '@leakwatch/core';
import { IDENTIFYING_CATEGORIES, isAccountStateValue, isBareStateName } from '@leakwatch/core';
import type * as ts from 'typescript';
import type { Knowledge } from './knowledge.js';

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
  private readonly cache = new Map<ts.Type, readonly CategoryId[]>();
  private readonly checker: ts.TypeChecker;

  constructor(
    private readonly services: ParserServicesWithTypeInformation,
    private readonly knowledge: Knowledge,
  ) {
    this.checker = services.program.getTypeChecker();
  }

  /** Categories of the expression's type, or none for primitives, functions and library types. */
  getCategories(node: TSESTree.Node): readonly CategoryId[] {
    const tsNode = this.services.esTreeNodeToTSNodeMap.get(node);
    if (!tsNode) return [];
    let type: ts.Type;
    try {
      type = this.checker.getTypeAtLocation(tsNode);
    } catch {
      return [];
    }
    const categories = this.collect(type, 0, new Set());
    // `row.status` typed `'active' | 'banned'`: read off the record, the value is the account's state.
    if (node.type === 'MemberExpression' && node.property.type === 'Identifier' && isBareStateName(node.property.name) && !categories.includes('account-status') && hasAccountStateLiteral(type) && this.isPersonRecordAt(node.object)) {
      return [...categories, 'account-status'];
    }
    return categories;
  }

  /** Whether a record has a field that identifies or reaches a person: a job or a parcel can be `suspended` too. */
  private isPersonRecord(type: ts.Type): boolean {
    const record = this.checker.getNonNullableType(type);
    return this.checker.getPropertiesOfType(record).some((property) => {
      const category = this.knowledge.classifyName(property.name);
      return category !== null && IDENTIFYING_CATEGORIES.has(category);
    });
  }

  /**
   * Whether the expression is a record whose declared type has the property and none that
   * identifies a person (a payroll run's `status`, an order's): its state is a job's, never an
   * account's. False when the type does not declare the property (`any`, an unknown shape).
   */
  isNonPersonRecord(node: TSESTree.Node, property: string): boolean {
    const tsNode = this.services.esTreeNodeToTSNodeMap.get(node);
    if (!tsNode) return false;
    const type = this.checker.getNonNullableType(this.checker.getTypeAtLocation(tsNode));
    return this.checker.getPropertyOfType(type, property) !== undefined && !this.isPersonRecord(type);
  }

  private isPersonRecordAt(node: TSESTree.Node): boolean {
    const tsNode = this.services.esTreeNodeToTSNodeMap.get(node);
    return tsNode !== undefined && this.isPersonRecord(this.checker.getTypeAtLocation(tsNode));
  }

  /** Whether the expression's type is a boolean (`isThisMonth(dateOfBirth)` declared in another module). */
  isBoolean(node: TSESTree.Node): boolean {
    const tsNode = this.services.esTreeNodeToTSNodeMap.get(node);
    if (!tsNode) return false;
    try {
      const type = this.checker.getTypeAtLocation(tsNode);
      const awaited = this.checker.getAwaitedType(type) ?? type;
      // Compared with the checker's own types, as `isNothing` does (the plugin does not import typescript).
      const booleans = [this.checker.getBooleanType(), this.checker.getTrueType(), this.checker.getFalseType()];
      return booleans.includes(awaited);
    } catch {
      return false;
    }
  }

  /**
   * Whether an expression is a zod object schema that keeps unknown keys (`z.looseObject`,
   * `.catchall()`): its `parse` returns the whole input, not the declared fields. Read from the
   * schema's type (zod 4 records the mode as `$loose` / `$catchall` in `ZodObject`'s config).
   */
  isLooseZodSchema(node: TSESTree.Node): boolean {
    const tsNode = this.services.esTreeNodeToTSNodeMap.get(node);
    if (!tsNode) return false;
    try {
      // 1 is `TypeFormatFlags.NoTruncation` (a type-only import here: the plugin does not load TypeScript itself).
      const text = this.checker.typeToString(this.checker.getTypeAtLocation(tsNode), undefined, 1);
      return /^Zod(Mini)?Object<.*\$(loose|catchall)\b/s.test(text);
    } catch {
      return false;
    }
  }

  /** The names of a record type's data properties, for a projection suggestion; null when not a plain record. */
  getPropertyNames(node: TSESTree.Node): string[] | null {
    const tsNode = this.services.esTreeNodeToTSNodeMap.get(node);
    if (!tsNode) return null;
    const type = this.checker.getTypeAtLocation(tsNode);
    if (type.isUnion() || this.checker.isArrayType(type) || this.isLibraryType(type)) return null;
    if (this.checker.getIndexInfosOfType(type).length > 0) return null;
    const names: string[] = [];
    for (const symbol of this.checker.getPropertiesOfType(type)) {
      if (!/^[A-Za-z_$][\w$]*$/.test(symbol.name)) return null;
      names.push(symbol.name);
    }
    return names.length > 0 ? names : null;
  }

  /**
   * Categories a class instance still carries once class-transformer serialises it (policy point
   * 7): properties declared with `@Exclude()`, or not `@Expose()`d on a class marked `@Exclude()`,
   * are left out. Null when the constructed class uses neither decorator from `class-transformer`.
   */
  getSerializedCategories(node: TSESTree.Node): readonly CategoryId[] | null {
    const tsNode = this.services.esTreeNodeToTSNodeMap.get(node);
    if (!tsNode) return null;
    // A repository's `Promise<Staff>` or `Staff[]`: the serializer walks into arrays, the handler awaits.
    let type = this.checker.getAwaitedType(this.checker.getTypeAtLocation(tsNode)) ?? this.checker.getTypeAtLocation(tsNode);
    type = this.checker.getNonNullableType(type);
    if (this.checker.isArrayType(type)) type = this.checker.getTypeArguments(type as ts.TypeReference)[0] ?? type;
    const classDeclaration = type.getSymbol()?.valueDeclaration;
    if (!classDeclaration) return null;
    const classExcluded = this.hasTransformerDecorator(classDeclaration, 'Exclude');
    let projects = classExcluded;
    const kept: string[] = [];
    const result = new Set<CategoryId>();
    for (const property of this.checker.getPropertiesOfType(type)) {
      const declaration = property.valueDeclaration;
      const excluded = declaration !== undefined && this.hasTransformerDecorator(declaration, 'Exclude');
      projects ||= excluded;
      if (excluded || (classExcluded && !(declaration !== undefined && this.hasTransformerDecorator(declaration, 'Expose')))) continue;
      if (isDeselectedColumn(property)) continue;
      const propertyType = this.checker.getTypeOfSymbol(property);
      if (propertyType.getCallSignatures().length > 0) continue;
      kept.push(property.name);
      for (const category of this.collect(propertyType, 1, new Set())) result.add(category);
    }
    if (!projects) return null;
    for (const category of this.knowledge.classifyNames(kept)) result.add(category);
    return [...result];
  }

  /** Whether a declaration carries `@name()` imported from class-transformer (not a local namesake). */
  private hasTransformerDecorator(declaration: ts.Declaration, name: string): boolean {
    return this.hasDecoratorFrom(declaration, [name], TRANSFORMER_MODULES);
  }

  /** Whether a declaration carries one of the named decorators, imported from one of the modules. */
  private hasDecoratorFrom(declaration: ts.Declaration, names: readonly string[], modules: readonly string[]): boolean {
    const modifiers = (declaration as { readonly modifiers?: readonly ts.Node[] }).modifiers ?? [];
    for (const modifier of modifiers) {
      let expression = (modifier as { readonly expression?: ts.Node }).expression;
      if (expression && 'arguments' in expression) expression = (expression as ts.CallExpression).expression;
      const text = (expression as { readonly text?: unknown } | undefined)?.text;
      if (!expression || typeof text !== 'string' || !names.includes(text)) continue;
      const symbol = this.checker.getSymbolAtLocation(expression);
      for (const imported of symbol?.getDeclarations() ?? []) {
        let current: ts.Node | undefined = imported;
        while (current && !('moduleSpecifier' in current)) current = current.parent;
        const specifier = (current as { readonly moduleSpecifier?: { readonly text?: string } } | undefined)?.moduleSpecifier;
        if (specifier?.text !== undefined && modules.includes(specifier.text)) return true;
      }
    }
    return false;
  }

  private readonly schemaFields = new WeakMap<ts.Symbol, ReadonlySet<string> | null>();

  /**
   * The properties of a code-first GraphQL output class marked with one of `fieldDecorators`
   * (`@Field()`), inherited ones included, wherever the class is declared; null when the
   * identifier names no class marked with one of `typeDecorators` (`@ObjectType()`) from `modules`.
   */
  getSchemaFields(node: TSESTree.Identifier, typeDecorators: readonly string[], fieldDecorators: readonly string[], modules: readonly string[]): ReadonlySet<string> | null {
    const tsNode = this.services.esTreeNodeToTSNodeMap.get(node);
    if (!tsNode) return null;
    let symbol = this.checker.getSymbolAtLocation(tsNode);
    try {
      if (symbol) symbol = this.checker.getAliasedSymbol(symbol);
    } catch {
      // Not an import: the symbol is the local class itself.
    }
    if (!symbol) return null;
    let fields = this.schemaFields.get(symbol);
    if (fields === undefined) {
      fields = null;
      const declaration = symbol.valueDeclaration;
      if (declaration && this.hasDecoratorFrom(declaration, typeDecorators, modules)) {
        const names = new Set<string>();
        for (const property of this.checker.getPropertiesOfType(this.checker.getDeclaredTypeOfSymbol(symbol))) {
          const propertyDeclaration = property.valueDeclaration ?? property.getDeclarations()?.[0];
          if (propertyDeclaration && this.hasDecoratorFrom(propertyDeclaration, fieldDecorators, modules)) names.add(property.name);
        }
        fields = names;
      }
      this.schemaFields.set(symbol, fields);
    }
    return fields;
  }

  /**
   * The names of a record's properties that carry a category (by name or nested type); null when
   * the value is not one plain record (a union, an array, a library type).
   */
  getPropertiesCarrying(node: TSESTree.Node, category: CategoryId, elements = false): string[] | null {
    const tsNode = this.services.esTreeNodeToTSNodeMap.get(node);
    if (!tsNode) return null;
    const awaited = this.checker.getAwaitedType(this.checker.getTypeAtLocation(tsNode));
    // `UserRow | undefined` (a lookup that may find nothing) has the record's properties.
    let type = awaited ? this.checker.getNonNullableType(awaited) : undefined;
    // With `elements`, a list of records answers for its element (a redact path never does: pino needs `[*]`).
    if (elements && type && this.checker.isArrayType(type)) type = this.checker.getTypeArguments(type as ts.TypeReference)[0];
    if (!type || type.isUnion() || this.checker.isArrayType(type) || !this.isRecord(type)) return null;
    // Types are interned by the checker: one answer per record type and category.
    let byCategory = this.carrying.get(type);
    if (!byCategory) {
      byCategory = new Map();
      this.carrying.set(type, byCategory);
    }
    let names = byCategory.get(category);
    if (names === undefined) {
      const found: string[] = [];
      for (const property of this.checker.getPropertiesOfType(type)) {
        const propertyType = this.checker.getTypeOfSymbol(property);
        if (propertyType.getCallSignatures().length > 0 || isDeselectedColumn(property)) continue;
        if (this.knowledge.classifyNames([property.name]).includes(category) || this.collect(propertyType, 1, new Set()).includes(category)) found.push(property.name);
      }
      names = found;
      byCategory.set(category, names);
    }
    return [...names];
  }

  private readonly carrying = new WeakMap<ts.Type, Map<CategoryId, readonly string[]>>();

  /**
   * The `redact` paths of a pino logger, read from its declaration wherever it lives: `logger` of
   * `export const logger = pino({ redact: ['body.password'] })` in another module. Null when the
   * identifier is not a logger created by one of `modules` with literal redact paths.
   */
  getLoggerRedactPaths(identifier: TSESTree.Identifier, modules: readonly string[]): string[] | null {
    const tsNode = this.services.esTreeNodeToTSNodeMap.get(identifier);
    if (!tsNode) return null;
    let symbol = this.checker.getSymbolAtLocation(tsNode);
    try {
      if (symbol) symbol = this.checker.getAliasedSymbol(symbol);
    } catch {
      // Not an import: the symbol is the local declaration itself.
    }
    const initializer = (symbol?.valueDeclaration as { readonly initializer?: ts.Node } | undefined)?.initializer;
    if (!initializer || !('arguments' in initializer)) return null;
    const call = initializer as ts.CallExpression;
    if (!modules.some((module) => this.isImportedFrom(call.expression, module))) return null;
    const options = call.arguments[0];
    if (!options || !('properties' in options)) return null;
    for (const property of (options as ts.ObjectLiteralExpression).properties) {
      if ((property.name as { readonly text?: string } | undefined)?.text !== 'redact' || !('initializer' in property)) continue;
      let value = (property as ts.PropertyAssignment).initializer;
      if ('properties' in value) {
        const paths = (value as ts.ObjectLiteralExpression).properties.find((p) => (p.name as { readonly text?: string } | undefined)?.text === 'paths');
        if (!paths || !('initializer' in paths)) return null;
        value = (paths as ts.PropertyAssignment).initializer;
      }
      if (!('elements' in value)) return null;
      const result: string[] = [];
      for (const element of (value as ts.ArrayLiteralExpression).elements) {
        const text = (element as { readonly text?: unknown }).text;
        // A computed path cannot be checked: no redaction is assumed rather than a wrong one.
        if (typeof text !== 'string' || element.getText().startsWith('`')) return null;
        result.push(text);
      }
      return result;
    }
    return null;
  }

  /** Whether an identifier (or the root of `ns.fn`) is imported from a module. */
  private isImportedFrom(expression: ts.Node, module: string): boolean {
    const root = 'expression' in expression ? (expression as ts.PropertyAccessExpression).expression : expression;
    const symbol = this.checker.getSymbolAtLocation(root);
    for (const declaration of symbol?.getDeclarations() ?? []) {
      let current: ts.Node | undefined = declaration;
      while (current && !('moduleSpecifier' in current)) current = current.parent;
      if ((current as { readonly moduleSpecifier?: { readonly text?: string } } | undefined)?.moduleSpecifier?.text === module) return true;
    }
    return false;
  }

  /**
   * Whether a value's type is the named type of a module (`Analytics` from `@segment/analytics-node`):
   * a receiver made in another file (`import { analytics } from './lib/segment'`) is known by its type.
   */
  hasTypeFrom(node: TSESTree.Node, module: string, name: string): boolean {
    const declared = this.getDeclaredTypeName(node);
    if (declared === null || declared.name !== name) return false;
    const bare = module.replace(/^node:/, '');
    return declared.file.includes(`/node_modules/${bare}/`) || declared.file.includes(`/node_modules/@types/${bare}/`);
  }

  private readonly declaredTypeNames = new WeakMap<TSESTree.Node, { readonly name: string; readonly file: string } | null>();

  /** The name and declaring file of a value's type, once per node (every type pattern of every model asks). */
  private getDeclaredTypeName(node: TSESTree.Node): { readonly name: string; readonly file: string } | null {
    let found = this.declaredTypeNames.get(node);
    if (found === undefined) {
      found = null;
      const tsNode = this.services.esTreeNodeToTSNodeMap.get(node);
      if (tsNode) {
        const type = this.checker.getTypeAtLocation(tsNode);
        const symbol = type.aliasSymbol ?? type.getSymbol();
        if (symbol !== undefined) found = { name: symbol.getName(), file: symbol.getDeclarations()?.[0]?.getSourceFile().fileName.replace(/\\/g, '/') ?? '' };
      }
      this.declaredTypeNames.set(node, found);
    }
    return found;
  }

  /** Categories of a record type's property, by name and by nested type. */
  getPropertyCategories(node: TSESTree.Node, name: string): readonly CategoryId[] {
    const tsNode = this.services.esTreeNodeToTSNodeMap.get(node);
    if (!tsNode) return [];
    const type = this.checker.getTypeAtLocation(tsNode);
    const symbol = this.checker.getPropertyOfType(type, name);
    const result = new Set(this.knowledge.classifyNames([name]));
    if (symbol) {
      const propertyType = this.checker.getTypeOfSymbol(symbol);
      for (const category of this.collect(propertyType, 1, new Set())) result.add(category);
      if (isBareStateName(name) && hasAccountStateLiteral(propertyType) && this.isPersonRecord(type)) result.add('account-status');
    }
    return [...result];
  }

  private collect(type: ts.Type, depth: number, seen: Set<ts.Type>): readonly CategoryId[] {
    const cached = this.cache.get(type);
    if (cached) return cached;
    if (depth > MAX_DEPTH || seen.has(type)) return [];
    seen.add(type);
    const result = new Set<CategoryId>();
    const add = (categories: readonly CategoryId[]): void => {
      for (const category of categories) result.add(category);
    };
    if (type.isUnion()) {
      for (const member of type.types) add(this.collect(member, depth, seen));
    } else {
      const awaited = this.checker.getAwaitedType(type);
      if (awaited && awaited !== type) {
        add(this.collect(awaited, depth, seen));
      } else if (this.checker.isArrayType(type) || this.checker.isTupleType(type)) {
        for (const argument of this.checker.getTypeArguments(type as ts.TypeReference)) add(this.collect(argument, depth, seen));
      } else if (this.isRecord(type)) {
        const properties = this.checker.getPropertiesOfType(type);
        const dataNames: string[] = [];
        // `UserRow.status`: the record's type name gives a bare flag its meaning (`user status`), as in the analyzer.
        const typeName = type.aliasSymbol?.getName() ?? type.getSymbol()?.getName();
        for (const property of properties) {
          const propertyType = this.checker.getTypeOfSymbol(property);
          if (propertyType.getCallSignatures().length > 0) continue;
          // `passwordHash?: undefined` (a shape with the field cleared) carries nothing.
          if (this.isNothing(propertyType)) continue;
          // TypeORM `@Column({ select: false })`: a row read from the database lacks it (core's
          // `typeorm-select-false`); only a query that asks it back (`addSelect`) has it, which the analyzer follows.
          if (isDeselectedColumn(property)) continue;
          // A DTO built elsewhere (`{ phone: maskPhone(row.phone) }`): its property holds what the call made of the value.
          const made = this.getLiteralSanitizer(property);
          if (made !== null) {
            if (made.kind === 'mask' && this.knowledge.classifyNames([property.name]).some((category) => category === 'phone' || category === 'phone-fragment')) result.add('phone-fragment');
            continue;
          }
          dataNames.push(property.name);
          if (typeName !== undefined && !typeName.startsWith('__') && this.knowledge.classifyName(property.name) === null && this.knowledge.classifyName(`${typeName}_${property.name}`) === 'account-status') {
            result.add('account-status');
          }
          // `status: 'active' | 'deactivated' | 'banned'`: the values say whose state it is (an account's), as in the analyzer.
          if (isBareStateName(property.name) && hasAccountStateLiteral(propertyType) && this.isPersonRecord(type)) result.add('account-status');
          add(this.collect(propertyType, depth + 1, seen));
        }
        add(this.knowledge.classifyNames(dataNames));
      }
    }
    seen.delete(type);
    const categories = [...result];
    if (depth === 0) this.cache.set(type, categories);
    return categories;
  }

  /**
   * The mask, hash or conversion a property's object-literal initializer calls (`maskPhone(…)`,
   * `sha256(…)`), known by the sanitizers' name patterns; null for any other declaration.
   */
  private getLiteralSanitizer(property: ts.Symbol): SanitizerModel | null {
    const initializer = (property.valueDeclaration as { readonly initializer?: ts.Node } | undefined)?.initializer as
      | { readonly expression?: ts.Node; readonly arguments?: unknown }
      | undefined;
    if (initializer?.expression === undefined || initializer.arguments === undefined) return null;
    const name = initializer.expression.getText().split('.').at(-1) ?? '';
    for (const sanitizer of this.knowledge.sanitizers) {
      if (sanitizer.kind !== 'mask' && sanitizer.kind !== 'hash' && sanitizer.kind !== 'conversion') continue;
      if (sanitizer.namePattern !== undefined && new RegExp(sanitizer.namePattern, 'i').test(name)) return sanitizer;
    }
    return null;
  }

  /** Whether a type holds no value: `undefined`, `null`, `never` (compared with the checker's own, not by TypeFlags). */
  private isNothing(type: ts.Type): boolean {
    return type === this.checker.getUndefinedType() || type === this.checker.getNullType() || type === this.checker.getNeverType();
  }

  private isRecord(type: ts.Type): boolean {
    // Primitives have no own properties (only their apparent type has), so no TypeFlags are needed:
    // their values differ between TypeScript versions and the plugin does not import typescript.
    if (type.getCallSignatures().length > 0 || this.checker.getPropertiesOfType(type).length === 0) return false;
    return !this.isLibraryType(type);
  }

  private readonly libraryTypes = new WeakMap<ts.Type, boolean>();

  private isLibraryType(type: ts.Type): boolean {
    let answer = this.libraryTypes.get(type);
    if (answer === undefined) {
      answer = this.isLibraryTypeUncached(type);
      this.libraryTypes.set(type, answer);
    }
    return answer;
  }

  private isLibraryTypeUncached(type: ts.Type): boolean {
    const symbol = type.aliasSymbol ?? type.getSymbol();
    const declarations = symbol?.getDeclarations();
    if (!declarations || declarations.length === 0) return false;
    if (!declarations.every((declaration) => LIBRARY_FILE.test(declaration.getSourceFile().fileName))) return false;
    // `Omit<User, 'passwordHash'>`, `z.infer<typeof Profile>`: a library's type over the project's own
    // shape keeps properties declared in the project (answered once per type: the checker interns them).
    return !this.checker.getPropertiesOfType(type).some((property) => property.getDeclarations()?.some((declaration) => !LIBRARY_FILE.test(declaration.getSourceFile().fileName)) === true);
  }
}

const TRANSFORMER_MODULES: readonly string[] = ['class-transformer'];

// `@Column({ select: false })` (TypeORM), `@Prop({ select: false })` (`@nestjs/mongoose`) or MikroORM's
// `@Property({ hidden: true })` / `lazy: true` (never serialised, or not loaded) on a property declaration, read from its text: decorators sit in the
// declaration's modifiers, whose syntax kinds differ between TypeScript versions (not imported here).
const DESELECTED_COLUMN = /@(Column|Prop)\s*\(\s*\{[^)]*\bselect\s*:\s*false\b|@Property\s*\(\s*\{[^)]*\b(hidden|lazy)\s*:\s*true\b/;

/** Whether a property is a TypeORM column that queries leave out unless asked (core's `typeorm-select-false`). */
function isDeselectedColumn(property: ts.Symbol): boolean {
  const declaration = property.valueDeclaration;
  if (declaration === undefined) return false;
  const text = declaration.getText();
  // TypeORM `@Column({ select: false })`; `@nestjs/mongoose` `@Prop({ select: false })` is read the same way by Mongoose.
  return (text.includes('@Column') || text.includes('@Prop')) && DESELECTED_COLUMN.test(text);
}

/** Whether a type is, or is a union holding, a string literal only an account's state takes (core's `isAccountStateValue`). */
function hasAccountStateLiteral(type: ts.Type): boolean {
  const members = type.isUnion() ? type.types : [type];
  return members.some((member) => member.isStringLiteral() && isAccountStateValue(member.value));
}
