import { ts } from 'ts-morph';
import type { CategoryId } from '@leakwatch/core';
import { IDENTIFYING_CATEGORIES, isAccountStateValue, isBareStateName } from '@leakwatch/core';

/** A category found at a property path of a declared type. */
export interface TypeCategory {
  readonly category: CategoryId;
  readonly path: readonly string[];
  /** A class property on the way is marked by a serializer exclusion (`@Exclude()`). */
  readonly excluded: boolean;
  /** The entity's own serialisation leaves it out (MikroORM `@Property({ hidden: true })`, or `lazy: true`, never loaded by default). */
  readonly serializedOut?: boolean;
}

const MAX_DEPTH = 4;
const MAX_ENTRIES = 40;

/**
 * Reads the categories a declared type carries from its property names: `User { email; phone:
 * { countryCode } }` carries contact at `email`, phone at `phone` and phone-fragment at
 * `phone.countryCode`. Only types declared in the project (or a generated Prisma client) are
 * walked: a framework's `Request` type has an `ip`, but it is not the user's record.
 * `includeLiteralKeys`: whether properties declared by object literals count; the engine follows
 * literals by value, so only results of calls it cannot look into use them (a zod `parse`).
 */
export class TypeCategories {
  private readonly cache = new Map<string, readonly TypeCategory[]>();

  constructor(
    private readonly checker: ts.TypeChecker,
    private readonly classify: (name: string) => readonly CategoryId[],
    private readonly isProjectFile: (fileName: string) => boolean,
    private readonly excludeDecorators: ReadonlySet<string> = new Set(),
  ) {}

  /** The categories of a type, cached per type and mode. */
  read(type: ts.Type, includeLiteralKeys: boolean): readonly TypeCategory[] {
    const key = `${(type as { id?: number }).id ?? -1}:${includeLiteralKeys ? 1 : 0}`;
    const cached = this.cache.get(key);
    if (cached !== undefined) return cached;
    this.cache.set(key, []);
    const out: TypeCategory[] = [];
    this.walk(type, [], 0, new Set(), out, includeLiteralKeys, false);
    this.cache.set(key, out);
    return out;
  }

  private hasExcludeDecorator(declaration: ts.Declaration): boolean {
    if (this.excludeDecorators.size === 0 || !ts.isPropertyDeclaration(declaration)) return false;
    return (ts.getDecorators(declaration) ?? []).some((decorator) => {
      const expression = ts.isCallExpression(decorator.expression) ? decorator.expression.expression : decorator.expression;
      return ts.isIdentifier(expression) && this.excludeDecorators.has(expression.text);
    });
  }

  /** Whether a record has a field that identifies or reaches a person (contact, phone, credential, government id). */
  private isPersonRecord(type: ts.Type): boolean {
    return this.checker.getPropertiesOfType(type).some((property) => this.classify(property.getName()).some((category) => IDENTIFYING_CATEGORIES.has(category)));
  }

  /** Whether a type (or a member of a union) is an object type declared in a project file. */
  private isProjectType(type: ts.Type): boolean {
    if (type.isUnion()) return type.types.some((member) => this.isProjectType(member));
    // `QueryResult<TravellerRow>['rows']`: a driver's array of the project's rows.
    const element = this.unwrapContainer(type);
    if (element !== undefined) return this.isProjectType(element);
    const symbol = type.aliasSymbol ?? type.getSymbol();
    const declaration = symbol?.declarations?.[0];
    return declaration !== undefined && (type.flags & ts.TypeFlags.Object) !== 0 && this.isProjectFile(declaration.getSourceFile().fileName);
  }

  /** Whether an object type has properties declared in project files (a DTO, a zod-inferred shape). */
  hasProjectProperties(type: ts.Type): boolean {
    if (type.isUnion()) return type.types.some((member) => this.hasProjectProperties(member));
    if (!(type.flags & ts.TypeFlags.Object)) return false;
    return this.checker.getPropertiesOfType(type).some((property) => {
      const declaration = property.valueDeclaration ?? property.declarations?.[0];
      return declaration !== undefined && this.isProjectFile(declaration.getSourceFile().fileName);
    });
  }

  /** Whether a type is a primitive-like value (string, number, boolean, literal, enum). */
  isPrimitive(type: ts.Type): boolean {
    return (type.flags & (ts.TypeFlags.StringLike | ts.TypeFlags.NumberLike | ts.TypeFlags.BooleanLike | ts.TypeFlags.BigIntLike | ts.TypeFlags.EnumLike)) !== 0;
  }

  private walk(type: ts.Type, path: string[], depth: number, visiting: Set<ts.Type>, out: TypeCategory[], literals: boolean, excluded: boolean): void {
    if (depth > MAX_DEPTH || out.length >= MAX_ENTRIES || visiting.has(type)) return;
    if (type.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown | ts.TypeFlags.Never | ts.TypeFlags.Undefined | ts.TypeFlags.Null | ts.TypeFlags.Void)) return;
    if (this.isPrimitive(type)) return;
    visiting.add(type);
    try {
      if (type.isUnionOrIntersection()) {
        for (const member of type.types) this.walk(member, path, depth, visiting, out, literals, excluded);
        return;
      }
      const element = this.unwrapContainer(type);
      if (element !== undefined) {
        this.walk(element, path, depth, visiting, out, literals, excluded);
        return;
      }
      if (!this.isWalkable(type)) return;
      let generic: boolean | undefined;
      let person: boolean | undefined;
      for (const property of this.checker.getPropertiesOfType(type)) {
        // A member a mapped type made from a key union (Kysely's `Selectable<PatientsTable>`, a query
        // builder's selection of listed columns) has no declaration: its name is the column's own.
        const declaration = property.valueDeclaration ?? property.declarations?.[0];
        // Inside a generic function (`Selected<T, S>` with `S` still a parameter) the keys are the
        // constraint's, not what a call selects: only an instantiated selection names columns.
        if (declaration === undefined && (generic ??= hasTypeParameterArguments(type))) continue;
        if (declaration !== undefined && (ts.isMethodDeclaration(declaration) || ts.isMethodSignature(declaration) || ts.isGetAccessorDeclaration(declaration))) continue;
        const literal = declaration !== undefined && (ts.isPropertyAssignment(declaration) || ts.isShorthandPropertyAssignment(declaration));
        const name = property.getName();
        const propertyType = this.checker.getTypeOfSymbol(property);
        if (literal && !literals && !this.isSchemaField(declaration, propertyType)) continue;
        if (propertyType.getCallSignatures().length > 0) continue;
        if (declaration !== undefined && !this.isProjectFile(declaration.getSourceFile().fileName)) {
          // A framework type's property holding a project type (`Request<…, LoginBody>['body']`):
          // walk into it without reading the framework's own property names.
          if (this.isProjectType(propertyType)) this.walk(propertyType, [...path, name], depth + 1, visiting, out, literals, excluded);
          continue;
        }
        const carriesNothing = (propertyType.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Null | ts.TypeFlags.Never)) !== 0;
        const nextPath = [...path, name];
        const isExcluded = excluded || (declaration !== undefined && this.hasExcludeDecorator(declaration));
        if (!carriesNothing) {
          let categories = this.classify(name);
          // `GuardianAccount.disabled`: the type's name gives the flag its meaning (`account disabled`).
          const typeName = type.aliasSymbol?.getName() ?? type.getSymbol()?.getName();
          if (categories.length === 0 && typeName !== undefined && !typeName.startsWith('__')) {
            categories = this.classify(`${typeName}_${name}`).filter((category) => category === 'account-status');
          }
          // `status: 'active' | 'deactivated' | 'banned'`: the values say whose state it is (an account's).
          // Only on a person's record: a job or a parcel can be `suspended` too.
          if (categories.length === 0 && isBareStateName(name) && hasAccountStateLiteral(propertyType) && (person ??= this.isPersonRecord(type))) categories = ['account-status'];
          // A plain `number` named after a state (`{ total: number; suspended: number }`) counts
          // accounts; it is no account's state (the engine reads names the same way).
          if ((propertyType.flags & ts.TypeFlags.Number) !== 0) categories = categories.filter((category) => category !== 'account-status');
          const serializedOut = declaration !== undefined && isHiddenEntityProperty(declaration);
          for (const category of categories) {
            if (out.length < MAX_ENTRIES) out.push({ category, path: nextPath, excluded: isExcluded, ...(serializedOut ? { serializedOut } : {}) });
          }
        }
        this.walk(propertyType, nextPath, depth + 1, visiting, out, literals, isExcluded);
      }
    } finally {
      visiting.delete(type);
    }
  }

  /**
   * A property declared by a schema literal (`z.object({ ssn: z.string() })` read through
   * `z.infer`): the literal holds a validator the property's type is not, so the type is a declared
   * shape (a row type extending it), not a value the engine already follows by its literal.
   */
  private isSchemaField(declaration: ts.PropertyAssignment | ts.ShorthandPropertyAssignment, propertyType: ts.Type): boolean {
    const written = ts.isPropertyAssignment(declaration) ? this.checker.getTypeAtLocation(declaration.initializer) : this.checker.getTypeAtLocation(declaration.name);
    if ((written.flags & ts.TypeFlags.Object) === 0 || written.getCallSignatures().length > 0) return false;
    return !this.checker.isTypeAssignableTo(written, propertyType);
  }

  /** The element or resolved type of arrays, promises and other one-argument containers. */
  private unwrapContainer(type: ts.Type): ts.Type | undefined {
    const symbol = type.getSymbol();
    const name = symbol?.getName();
    if (name === 'Array' || name === 'ReadonlyArray' || name === 'Promise' || name === 'PromiseLike' || name === 'Set' || name === 'ReadonlySet') {
      const args = this.checker.getTypeArguments(type as ts.TypeReference);
      return args[0];
    }
    if (this.checker.isTupleType(type)) {
      const args = this.checker.getTypeArguments(type as ts.TypeReference);
      return args[0];
    }
    return undefined;
  }

  /** Object types with properties declared in project files (or generated ORM clients). */
  private isWalkable(type: ts.Type): boolean {
    if (!(type.flags & ts.TypeFlags.Object)) return false;
    if (this.checker.getIndexInfosOfType(type).length > 0 && this.checker.getPropertiesOfType(type).length === 0) return false;
    return true;
  }
}

/** Whether a type's alias or reference arguments still hold a type parameter (`Selected<User, S>`). */
function hasTypeParameterArguments(type: ts.Type): boolean {
  const args = [...(type.aliasTypeArguments ?? []), ...((type as ts.TypeReference).typeArguments ?? [])];
  return args.some((arg) => isGenericArgument(arg, 0));
}

function isGenericArgument(type: ts.Type, depth: number): boolean {
  if (depth > 3) return false;
  if (type.flags & (ts.TypeFlags.TypeParameter | ts.TypeFlags.Index | ts.TypeFlags.IndexedAccess | ts.TypeFlags.Conditional | ts.TypeFlags.Substitution)) return true;
  if (type.isUnionOrIntersection()) return type.types.some((member) => isGenericArgument(member, depth + 1));
  return (type.aliasTypeArguments ?? []).some((arg) => isGenericArgument(arg, depth + 1));
}

/** Whether a type is `any`, `unknown`, a type parameter, or an object with a string index signature. */
export function isOpenType(type: ts.Type, checker: ts.TypeChecker): boolean {
  if (type.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown | ts.TypeFlags.TypeParameter)) return true;
  if (type.isUnion()) return type.types.some((member) => isOpenType(member, checker));
  if (type.flags & ts.TypeFlags.Object) {
    return checker.getIndexInfosOfType(type).some((info) => (info.keyType.flags & ts.TypeFlags.String) !== 0);
  }
  return false;
}

/** Whether a type is, or is a union holding, a string literal only an account's state takes. */
function hasAccountStateLiteral(type: ts.Type): boolean {
  const members = type.isUnion() ? type.types : [type];
  return members.some((member) => member.isStringLiteral() && isAccountStateValue(member.value));
}

/**
 * MikroORM's `@Property({ hidden: true })` (never serialised) and `@Property({ lazy: true })`
 * (not loaded unless a query populates it): a whole entity answered leaves it out.
 */
function isHiddenEntityProperty(declaration: ts.Declaration): boolean {
  if (!ts.isPropertyDeclaration(declaration)) return false;
  return (ts.getDecorators(declaration) ?? []).some((decorator) => {
    const call = decorator.expression;
    if (!ts.isCallExpression(call) || !ts.isIdentifier(call.expression) || call.expression.text !== 'Property') return false;
    const options = call.arguments[0];
    return (
      options !== undefined &&
      ts.isObjectLiteralExpression(options) &&
      options.properties.some((property) => ts.isPropertyAssignment(property) && ts.isIdentifier(property.name) && (property.name.text === 'hidden' || property.name.text === 'lazy') && property.initializer.kind === ts.SyntaxKind.TrueKeyword)
    );
  });
}
