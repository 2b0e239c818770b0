import { ts } from 'ts-morph';
import { findImportOrigin, isSameModule } from '../engine/receivers.js';
import { getMemberChain, isFunctionNode, skipOuter } from '../engine/syntax.js';
import type { GraphqlSchema } from './types.js';

/** The decorator names and modules of a code-first schema (core's `DecoratorRouting.schema`). */
export interface CodeFirstRouting {
  readonly modules: readonly string[];
  readonly typeDecorators: readonly string[];
  readonly fieldDecorators: readonly string[];
}

// Built-in scalars of `@nestjs/graphql` and `type-graphql`: a resolver typed as one answers that one
// value. A JSON scalar (`GraphQLJSON`) passes any object through, so it is deliberately absent.
const SCALARS = new Set(['String', 'Boolean', 'Number', 'Int', 'Float', 'ID', 'Date', 'GraphQLISODateTime', 'GraphQLTimestamp']);

/**
 * Reads code-first GraphQL output types (`@ObjectType()` classes whose `@Field()` properties are the
 * schema) into the shape an SDL gives, so a resolver returning a whole record is projected onto
 * its output type (policy point 7). One reader per scan: class field lists are read once.
 */
export class CodeFirstSchemaReader {
  private readonly types = new Map<ts.ClassDeclaration, { readonly name: string; readonly fields: ReadonlyMap<string, ts.ClassDeclaration | string | undefined> } | null>();

  constructor(
    private readonly checker: ts.TypeChecker,
    private readonly routing: CodeFirstRouting,
  ) {}

  /**
   * The schema a route answers through: the type its decorator names (`@Query(() => [AuthorType])`),
   * else the method's declared return type. Undefined when the type is not a known scalar or an
   * object type of the project (a union, an enum, a JSON scalar): nothing is projected then.
   */
  readSchema(typeArg: ts.Expression | undefined, method: ts.MethodDeclaration): GraphqlSchema | undefined {
    const named = typeArg === undefined ? undefined : this.readTypeFunction(typeArg);
    const target = named ?? this.readReturnType(method);
    if (target === undefined) return undefined;
    const fields = new Map<string, Set<string>>();
    const fieldTypes = new Map<string, string>();
    if (typeof target === 'string') {
      // A scalar has no fields: only a whole value (an e-mail returned as a `String`) goes out.
      fields.set(target, new Set());
      return { fields, fieldTypes, returnType: target };
    }
    const returnType = this.collect(target, fields, fieldTypes);
    return returnType === undefined ? undefined : { fields, fieldTypes, returnType };
  }

  /** Adds a class and the object types its fields reach; returns its name, or undefined if it is no object type. */
  private collect(declaration: ts.ClassDeclaration, fields: Map<string, Set<string>>, fieldTypes: Map<string, string>): string | undefined {
    const type = this.readObjectType(declaration);
    if (type === null) return undefined;
    if (fields.has(type.name)) return type.name;
    const names = new Set<string>();
    fields.set(type.name, names);
    for (const [field, fieldType] of type.fields) {
      names.add(field);
      if (fieldType === undefined) continue;
      if (typeof fieldType === 'string') {
        fields.set(fieldType, fields.get(fieldType) ?? new Set());
        fieldTypes.set(`${type.name}.${field}`, fieldType);
        continue;
      }
      const nested = this.collect(fieldType, fields, fieldTypes);
      if (nested !== undefined) fieldTypes.set(`${type.name}.${field}`, nested);
    }
    return type.name;
  }

  /** A class marked `@ObjectType()`/`@InterfaceType()`: its `@Field()` members, inherited ones included. */
  private readObjectType(declaration: ts.ClassDeclaration): { readonly name: string; readonly fields: ReadonlyMap<string, ts.ClassDeclaration | string | undefined> } | null {
    const cached = this.types.get(declaration);
    if (cached !== undefined) return cached;
    this.types.set(declaration, null);
    if (!this.hasDecorator(declaration, this.routing.typeDecorators) || declaration.name === undefined) return null;
    const fields = new Map<string, ts.ClassDeclaration | string | undefined>();
    // Base classes first, so a redeclared field takes the subclass's type.
    const base = this.readBaseClass(declaration);
    const inherited = base === undefined ? null : this.readObjectType(base) ?? this.readFieldsOnly(base);
    for (const [name, type] of inherited?.fields ?? []) fields.set(name, type);
    for (const [name, type] of this.readFieldsOnly(declaration).fields) fields.set(name, type);
    const type = { name: declaration.name.text, fields };
    this.types.set(declaration, type);
    return type;
  }

  /** The `@Field()` members of a class, whether or not the class itself is an output type (an abstract base). */
  private readFieldsOnly(declaration: ts.ClassDeclaration): { readonly name: string; readonly fields: Map<string, ts.ClassDeclaration | string | undefined> } {
    const fields = new Map<string, ts.ClassDeclaration | string | undefined>();
    for (const member of declaration.members) {
      if (member.name === undefined || !(ts.isIdentifier(member.name) || ts.isStringLiteral(member.name))) continue;
      const decorator = this.findDecorator(member, this.routing.fieldDecorators);
      if (decorator === undefined) continue;
      const typeArg = ts.isCallExpression(decorator) ? decorator.arguments[0] : undefined;
      const declared = typeArg === undefined ? undefined : this.readTypeFunction(typeArg);
      fields.set(member.name.text, declared ?? this.readDeclaredType(member));
    }
    return { name: declaration.name?.text ?? '', fields };
  }

  private readBaseClass(declaration: ts.ClassDeclaration): ts.ClassDeclaration | undefined {
    const clause = declaration.heritageClauses?.find((heritage) => heritage.token === ts.SyntaxKind.ExtendsKeyword);
    const expression = clause?.types[0]?.expression;
    return expression === undefined ? undefined : this.resolveClass(expression);
  }

  /** `() => AuthorType`, `() => [AuthorType]`, `(type) => Boolean`: the named class or scalar. */
  private readTypeFunction(arg: ts.Expression): ts.ClassDeclaration | string | undefined {
    const fn = skipOuter(arg);
    if (!isFunctionNode(fn) || fn.body === undefined) return undefined;
    let body: ts.Expression | undefined;
    if (ts.isBlock(fn.body)) {
      const returned = fn.body.statements.find(ts.isReturnStatement);
      body = returned?.expression;
    } else body = fn.body as ts.Expression;
    if (body === undefined) return undefined;
    let inner = skipOuter(body);
    while (ts.isArrayLiteralExpression(inner) && inner.elements.length === 1) inner = skipOuter(inner.elements[0] as ts.Expression);
    if (ts.isIdentifier(inner) && SCALARS.has(inner.text) && this.isScalarReference(inner)) return inner.text;
    return this.resolveClass(inner);
  }

  /** The method's declared (or inferred) return type, without `Promise`, arrays and `null`. */
  private readReturnType(method: ts.MethodDeclaration): ts.ClassDeclaration | string | undefined {
    const signature = this.checker.getSignatureFromDeclaration(method);
    if (signature === undefined) return undefined;
    return this.readTsType(signature.getReturnType(), 0);
  }

  private readDeclaredType(member: ts.ClassElement): ts.ClassDeclaration | string | undefined {
    return this.readTsType(this.checker.getTypeAtLocation(member), 0);
  }

  private readTsType(typeIn: ts.Type, depth: number): ts.ClassDeclaration | string | undefined {
    if (depth > 4) return undefined;
    const type = this.checker.getAwaitedType(typeIn) ?? typeIn;
    if (type.isUnion()) {
      const present = type.types.filter((member) => (member.flags & (ts.TypeFlags.Null | ts.TypeFlags.Undefined | ts.TypeFlags.Void)) === 0);
      const first = present[0];
      return present.length === 1 && first !== undefined ? this.readTsType(first, depth + 1) : present.every((member) => (member.flags & ts.TypeFlags.BooleanLiteral) !== 0) && present.length > 0 ? 'Boolean' : undefined;
    }
    if (this.checker.isArrayType(type)) {
      const element = this.checker.getTypeArguments(type as ts.TypeReference)[0];
      return element === undefined ? undefined : this.readTsType(element, depth + 1);
    }
    if ((type.flags & ts.TypeFlags.StringLike) !== 0) return 'String';
    if ((type.flags & ts.TypeFlags.NumberLike) !== 0) return 'Float';
    if ((type.flags & ts.TypeFlags.BooleanLike) !== 0) return 'Boolean';
    const declaration = type.getSymbol()?.declarations?.find(ts.isClassDeclaration);
    return declaration !== undefined && !declaration.getSourceFile().isDeclarationFile ? declaration : undefined;
  }

  /** A scalar name that is the library's export or the global (`String`), not a project class of that name. */
  private isScalarReference(identifier: ts.Identifier): boolean {
    const declaration = this.checker.getSymbolAtLocation(identifier)?.declarations?.[0];
    return declaration === undefined || declaration.getSourceFile().isDeclarationFile || ts.isImportSpecifier(declaration);
  }

  private resolveClass(expression: ts.Expression): ts.ClassDeclaration | undefined {
    const inner = skipOuter(expression);
    if (!ts.isIdentifier(inner) && !ts.isPropertyAccessExpression(inner)) return undefined;
    let symbol = this.checker.getSymbolAtLocation(inner);
    if (symbol !== undefined && (symbol.flags & ts.SymbolFlags.Alias) !== 0) symbol = this.checker.getAliasedSymbol(symbol);
    const declaration = symbol?.declarations?.find(ts.isClassDeclaration);
    return declaration !== undefined && !declaration.getSourceFile().isDeclarationFile ? declaration : undefined;
  }

  private hasDecorator(node: ts.Node, names: readonly string[]): boolean {
    return this.findDecorator(node, names) !== undefined;
  }

  /** The decorator expression of one of `names` imported from the schema's modules (or not imported at all). */
  private findDecorator(node: ts.Node, names: readonly string[]): ts.Expression | undefined {
    if (!ts.canHaveDecorators(node)) return undefined;
    for (const decorator of ts.getDecorators(node) ?? []) {
      const expression = skipOuter(decorator.expression);
      const callee = ts.isCallExpression(expression) ? skipOuter(expression.expression) : expression;
      const name = getMemberChain(callee)?.at(-1);
      if (name === undefined || !names.includes(name)) continue;
      const origin = ts.isIdentifier(callee) ? findImportOrigin(callee, this.checker) : undefined;
      if (origin !== undefined && !this.routing.modules.some((module) => isSameModule(origin.module, module))) continue;
      return expression;
    }
    return undefined;
  }
}
