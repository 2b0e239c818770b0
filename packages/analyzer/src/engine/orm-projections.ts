import { ts } from 'ts-morph';
import { QUERY_CHAIN_METHODS, QUERY_CONDITION_METHODS, SANITIZERS } from '@leakwatch/core';
import type { CategoryLabel, Label, Value } from './labels.js';
import type { FunctionNode } from './syntax.js';
import { getReturnedExpressions, getStaticName, isFunctionNode, skipOuter } from './syntax.js';

/**
 * What an ORM leaves of a record it reads (core's `typeorm-select`, `typeorm-select-false`,
 * `mongoose-select`, `mongoose-select-false` and `mongoose-to-json` models): the declared entity
 * type says which fields a row could have; the query, the entity's column options and the schema
 * say which ones the result actually holds, and which ones its JSON form drops.
 */

/** The fields a query keeps at one level of the result, and what it asks of the records it joins. */
interface Projection {
  /** Only these fields (an allowlist); undefined: every field. */
  readonly allow: ReadonlySet<string> | undefined;
  /** Fields removed by name (a denylist). */
  readonly deny: ReadonlySet<string>;
  /** Deselected fields the query asks back (`+password`, `addSelect('staff.password')`). */
  readonly askBack: ReadonlySet<string>;
  /** Relations the query loads, with their own projection. */
  readonly children: ReadonlyMap<string, Projection>;
}

interface MutableProjection {
  allow: Set<string> | undefined;
  deny: Set<string>;
  askBack: Set<string>;
  children: Map<string, MutableProjection>;
}

/** A Mongoose schema's options that shape results: paths with `select: false`, paths its `toJSON` deletes. */
interface SchemaShape {
  readonly selectFalse: Set<string>;
  readonly jsonDeletes: Set<string>;
}

type OrmKind = 'typeorm' | 'mongoose';

/** How a read's result is judged: which ORM, whether documents are hydrated, the projection tree. */
interface ReadPlan {
  readonly orm: OrmKind;
  /** Mongoose documents (not `.lean()`): their `toJSON` transform runs when they are serialised. */
  readonly hydrated: boolean;
  readonly projection: Projection;
  /** TypeORM: relations are loaded only when a query names them; undefined for Mongoose. */
  readonly loadsRelations: boolean;
}

// The repository reads are core's `typeorm-select` calls (the methods that take a `select` option).
const TYPEORM_REPOSITORY_READS = new Set((SANITIZERS.find((model) => model.id === 'typeorm-select')?.calls ?? []).map((call) => call.callee));
const TYPEORM_BUILDER_READS = new Set(['getOne', 'getMany', 'getOneOrFail', 'getManyAndCount']);
const TYPEORM_RECEIVERS = new Set(['Repository', 'TreeRepository', 'MongoRepository', 'EntityManager', 'SelectQueryBuilder']);
const TYPEORM_RELATIONS = new Set(['ManyToOne', 'OneToMany', 'OneToOne', 'ManyToMany']);
const TYPEORM_JOIN_SELECTS = new Set(['leftJoinAndSelect', 'innerJoinAndSelect']);
const MONGOOSE_READS = new Set([
  'find',
  'findOne',
  'findById',
  'findOneAndUpdate',
  'findByIdAndUpdate',
  'findOneAndDelete',
  'findByIdAndDelete',
  'findOneAndReplace',
]);
const MONGOOSE_PROJECTING_READS = new Set(['find', 'findOne', 'findById']);
const MONGOOSE_CREATES = new Set(['create', 'insertMany']);
const TYPEORM_CREATES = new Set(['create']);
/** Query methods that pass the documents through unchanged. */
// Core's query-builder steps and condition helpers return the same query; `lean` is judged on its own (no `toJSON`).
const MONGOOSE_PASS_THROUGH = new Set([...QUERY_CHAIN_METHODS.filter((method) => method !== 'lean'), ...QUERY_CONDITION_METHODS]);
const MAX_CHAIN = 16;
const ORM_METHODS = new Set([
  ...TYPEORM_REPOSITORY_READS,
  ...TYPEORM_BUILDER_READS,
  ...MONGOOSE_READS,
  ...MONGOOSE_CREATES,
  ...TYPEORM_CREATES,
  ...MONGOOSE_PASS_THROUGH,
  'select',
  'projection',
  'lean',
  'populate',
]);

/** Reads and creations through TypeORM repositories and Mongoose models (see the module comment). */
export class OrmProjections {
  private readonly reads = new WeakSet<ts.Node>();
  private schemaIndex: Map<ts.Node, SchemaShape> | undefined;

  constructor(
    private readonly program: ts.Program,
    private readonly checker: ts.TypeChecker,
    private readonly isProjectFile: (fileName: string) => boolean,
  ) {}

  /**
   * The value of an ORM call: a read's declared result type (`typed`) less what the query and the
   * entity leave out; a creation's record with what the caller sent marked as theirs. Undefined
   * when the call is no ORM read or creation, or its result is no record.
   */
  readValue(call: ts.CallExpression, typed: (type: ts.Type) => Value, fromRequest: (expr: ts.Expression) => boolean): Value | undefined {
    // Names first: the type checker is asked only about calls that could be ORM calls.
    if (!ORM_METHODS.has(methodOf(call)) || !this.isLibraryMethod(call)) return undefined;
    const type = this.resultType(call);
    if (type === undefined) return undefined;
    const created = this.createdFrom(call);
    if (created !== undefined) {
      const value = typed(type);
      if (value.length === 0) return undefined;
      this.reads.add(call);
      const hydrated = created.orm === 'mongoose';
      const marked = hydrated ? this.markJsonOmitted(value, type) : value;
      return created.input !== undefined && fromRequest(created.input) ? markCreatedByCaller(marked) : marked;
    }
    const plan = this.planRead(call);
    if (plan === undefined) return undefined;
    this.reads.add(call);
    const value = typed(type);
    const out: Label[] = [];
    for (const label of value) {
      if (label.kind !== 'cat') {
        out.push(label);
        continue;
      }
      const judged = this.judge(label, type, plan);
      if (judged !== undefined) out.push(judged);
    }
    return out;
  }

  /**
   * `doc.toObject()` and `doc.toJSON()` on a Mongoose document: the document's own fields (not
   * what the declared return type would add back), with the transform applied only by `toJSON`.
   */
  documentValue(call: ts.CallExpression, receiver: Value): Value | undefined {
    const callee = skipOuter(call.expression);
    if (!ts.isPropertyAccessExpression(callee) || (callee.name.text !== 'toObject' && callee.name.text !== 'toJSON')) return undefined;
    const type = this.checker.getNonNullableType(this.checker.getTypeAtLocation(callee.expression));
    const method = type.getProperty(callee.name.text);
    if (!(method?.declarations ?? []).some((declaration) => declaration.getSourceFile().fileName.includes('/node_modules/mongoose/'))) return undefined;
    const kept = callee.name.text === 'toJSON' ? this.serializeJson(receiver) : receiver;
    return kept.map((label) => (label.kind === 'cat' && label.jsonOmitted === true ? { ...label, jsonOmitted: false } : label));
  }

  /** Whether every value a function returns is an ORM read or creation this module judged (its declared type adds nothing back). */
  /** Records a database read whose result another rule judged (a column list), as this module's own reads are. */
  markJudged(call: ts.CallExpression): void {
    this.reads.add(call);
  }

  returnsOnlyJudged(fn: FunctionNode): boolean {
    const returned = getReturnedExpressions(fn);
    return returned.length > 0 && returned.every((expr) => this.reads.has(unwrapAwait(expr)));
  }

  /**
   * What leaves through `JSON.stringify` (and so `res.json`, a handler's serialised return): a
   * hydrated document's `toJSON` transform drops the paths it deletes. A path read out of the
   * document (`user.password`) is a plain value again and is never dropped.
   */
  serializeJson(value: Value): Value {
    if (!value.some((label) => label.kind === 'cat' && label.jsonOmitted === true)) return value;
    return value.filter((label) => label.kind !== 'cat' || label.jsonOmitted !== true || label.path.length === 0);
  }

  // -------------------------------------------------------------------------------------------
  // Reads

  /** A method the ORM declares, not one a project subclass overrides (its body is summarised instead). */
  private isLibraryMethod(call: ts.CallExpression): boolean {
    const callee = skipOuter(call.expression);
    if (!ts.isPropertyAccessExpression(callee)) return false;
    const declarations = this.checker.getSymbolAtLocation(callee.name)?.declarations ?? [];
    return declarations.length > 0 && declarations.every((declaration) => declaration.getSourceFile().isDeclarationFile);
  }

  /** The record type a call resolves to, unless it is a primitive (a count, a distinct list of strings). */
  private resultType(call: ts.CallExpression): ts.Type | undefined {
    const type = this.checker.getTypeAtLocation(call);
    const awaited = this.checker.getAwaitedType(type) ?? type;
    const record = this.checker.getNonNullableType(awaited);
    if ((record.flags & ts.TypeFlags.Object) === 0 && !record.isUnionOrIntersection()) return undefined;
    return awaited;
  }

  private planRead(call: ts.CallExpression): ReadPlan | undefined {
    const callee = skipOuter(call.expression);
    if (!ts.isPropertyAccessExpression(callee)) return undefined;
    const method = callee.name.text;
    const receiver = skipOuter(callee.expression);
    if (TYPEORM_REPOSITORY_READS.has(method) && this.isLibraryType(receiver, 'typeorm', TYPEORM_RECEIVERS)) {
      const manager = this.typeName(receiver) === 'EntityManager';
      const options = call.arguments[manager ? 1 : 0];
      const byWhere = method.endsWith('By') || method === 'findOneByOrFail';
      return { orm: 'typeorm', hydrated: false, projection: byWhere || options === undefined ? emptyProjection() : readTypeormOptions(options), loadsRelations: true };
    }
    if (TYPEORM_BUILDER_READS.has(method) && this.isLibraryType(receiver, 'typeorm', TYPEORM_RECEIVERS)) {
      return { orm: 'typeorm', hydrated: false, projection: this.readBuilderChain(receiver), loadsRelations: true };
    }
    return this.planMongoose(call);
  }

  /** A Mongoose query chain from a model (`User.findById(id).select('-password').lean()`). */
  private planMongoose(call: ts.CallExpression): ReadPlan | undefined {
    const chain: ts.CallExpression[] = [];
    let current: ts.Expression = call;
    for (let depth = 0; depth < MAX_CHAIN; depth++) {
      const inner = skipOuter(current);
      if (!ts.isCallExpression(inner)) break;
      const callee = skipOuter(inner.expression);
      if (!ts.isPropertyAccessExpression(callee)) return undefined;
      chain.unshift(inner);
      current = callee.expression;
    }
    const first = chain[0];
    if (first === undefined || !this.isLibraryType(skipOuter(current), 'mongoose', new Set(['Model']))) return undefined;
    const firstMethod = methodOf(first);
    if (!MONGOOSE_READS.has(firstMethod)) return undefined;
    const root = emptyProjection();
    let hydrated = true;
    // The projection argument of `find(filter, projection)`, `findById(id, projection)`.
    // The `findOneAnd…` family takes an update or options there, not a projection.
    const projectionArg = MONGOOSE_PROJECTING_READS.has(firstMethod) ? first.arguments[1] : undefined;
    if (projectionArg !== undefined) applyMongooseProjection(root, projectionArg);
    for (const link of chain.slice(1)) {
      const method = methodOf(link);
      if (method === 'select' || method === 'projection') {
        if (link.arguments[0] !== undefined) applyMongooseProjection(root, link.arguments[0]);
      } else if (method === 'lean') {
        const flag = link.arguments[0] === undefined ? undefined : skipOuter(link.arguments[0]);
        hydrated = flag !== undefined && flag.kind === ts.SyntaxKind.FalseKeyword;
      } else if (method === 'populate') {
        applyPopulate(root, link);
      } else if (!MONGOOSE_PASS_THROUGH.has(method)) {
        // A method the engine does not model (`countDocuments`, `distinct`, `cursor`): no judgement.
        return undefined;
      }
    }
    return { orm: 'mongoose', hydrated, projection: root, loadsRelations: false };
  }

  /** `createQueryBuilder('staff').addSelect('staff.password').leftJoinAndSelect('staff.team', 'team')`. */
  private readBuilderChain(receiver: ts.Expression): Projection {
    const root = emptyProjection();
    let current: ts.Expression = receiver;
    for (let depth = 0; depth < MAX_CHAIN; depth++) {
      const inner = skipOuter(current);
      if (!ts.isCallExpression(inner)) break;
      const callee = skipOuter(inner.expression);
      if (!ts.isPropertyAccessExpression(callee)) break;
      const method = callee.name.text;
      const columns = inner.arguments.flatMap((arg) => readStrings(arg) ?? []);
      if (method === 'addSelect') for (const column of columns) root.askBack.add(lastSegment(column));
      else if (method === 'select') {
        // `select('staff')` selects the whole entity; `select(['staff.id', 'staff.name'])` only those.
        const named = columns.filter((column) => column.includes('.')).map(lastSegment);
        if (named.length > 0) {
          root.allow ??= new Set();
          for (const name of named) {
            root.allow.add(name);
            root.askBack.add(name);
          }
        }
      } else if (TYPEORM_JOIN_SELECTS.has(method) && columns[0] !== undefined) {
        const relation = lastSegment(columns[0]);
        if (!root.children.has(relation)) root.children.set(relation, emptyProjection());
      }
      current = callee.expression;
    }
    return root;
  }

  /** The label as the read returns it, or undefined when the read leaves its field out. */
  private judge(label: CategoryLabel, type: ts.Type, plan: ReadPlan): CategoryLabel | undefined {
    let projection: Projection | undefined = plan.projection;
    let current: ts.Type | undefined = type;
    let jsonOmitted = false;
    for (const [index, name] of label.path.entries()) {
      if (current === undefined) break;
      const property = this.propertyOf(current, name);
      const declaration = property?.valueDeclaration ?? property?.declarations?.[0];
      if (projection !== undefined) {
        if (projection.allow !== undefined && !projection.allow.has(name)) return undefined;
        if (projection.deny.has(name)) return undefined;
      }
      if (declaration !== undefined) {
        const askedBack = projection?.askBack.has(name) === true || projection?.allow?.has(name) === true;
        if (!askedBack && this.isDeselected(declaration, plan.orm)) return undefined;
        if (plan.loadsRelations && this.isLazyRelation(declaration) && projection?.children.has(name) !== true) return undefined;
        if (plan.hydrated && this.jsonDeletes(declaration)) jsonOmitted = true;
      }
      projection = projection?.children.get(name) ?? (index === 0 || projection !== undefined ? emptyProjection() : undefined);
      current = property === undefined ? undefined : this.checker.getTypeOfSymbol(property);
    }
    return jsonOmitted ? { ...label, jsonOmitted: true } : label;
  }

  /** Marks the paths a hydrated document's `toJSON` transform deletes (a created document). */
  private markJsonOmitted(value: Value, type: ts.Type): Value {
    return value.map((label) => {
      if (label.kind !== 'cat') return label;
      let current: ts.Type | undefined = type;
      for (const name of label.path) {
        if (current === undefined) break;
        const property = this.propertyOf(current, name);
        const declaration = property?.valueDeclaration ?? property?.declarations?.[0];
        if (declaration !== undefined && this.jsonDeletes(declaration)) return { ...label, jsonOmitted: true };
        current = property === undefined ? undefined : this.checker.getTypeOfSymbol(property);
      }
      return label;
    });
  }

  /** A property of a record type, through `null`, arrays, promises and `findAndCount`'s tuple. */
  private propertyOf(type: ts.Type, name: string): ts.Symbol | undefined {
    let current = this.checker.getNonNullableType(type);
    for (let depth = 0; depth < 4; depth++) {
      if (this.checker.isTupleType(current) || this.checker.isArrayType(current)) {
        const element = this.checker.getTypeArguments(current as ts.TypeReference)[0];
        if (element === undefined) return undefined;
        current = this.checker.getNonNullableType(element);
        continue;
      }
      break;
    }
    const direct = current.getProperty(name);
    if (direct !== undefined) return direct;
    if (current.isUnion()) {
      for (const member of current.types) {
        const found = this.propertyOf(member, name);
        if (found !== undefined) return found;
      }
    }
    return undefined;
  }

  /** `@Column({ select: false })` on an entity class, or a Mongoose schema path with `select: false`. */
  private isDeselected(declaration: ts.Declaration, orm: OrmKind): boolean {
    if (orm === 'typeorm') return ts.isPropertyDeclaration(declaration) && this.decoratorOptions(declaration, new Set(['Column'])).some((options) => isFalseOption(options, 'select'));
    return this.schemaFor(declaration)?.selectFalse.has(propertyName(declaration) ?? '') === true;
  }

  /** A TypeORM relation that is not `eager`: loaded only when the query names it. */
  private isLazyRelation(declaration: ts.Declaration): boolean {
    if (!ts.isPropertyDeclaration(declaration)) return false;
    const decorators = (ts.getDecorators(declaration) ?? []).filter((decorator) => TYPEORM_RELATIONS.has(decoratorName(decorator) ?? ''));
    if (decorators.length === 0) return false;
    return !this.decoratorOptions(declaration, TYPEORM_RELATIONS).some((options) => isTrueOption(options, 'eager'));
  }

  private jsonDeletes(declaration: ts.Declaration): boolean {
    return this.schemaFor(declaration)?.jsonDeletes.has(propertyName(declaration) ?? '') === true;
  }

  private decoratorOptions(declaration: ts.PropertyDeclaration, names: ReadonlySet<string>): ts.ObjectLiteralExpression[] {
    const out: ts.ObjectLiteralExpression[] = [];
    for (const decorator of ts.getDecorators(declaration) ?? []) {
      if (!names.has(decoratorName(decorator) ?? '') || !ts.isCallExpression(decorator.expression)) continue;
      for (const arg of decorator.expression.arguments) {
        const inner = skipOuter(arg);
        if (ts.isObjectLiteralExpression(inner)) out.push(inner);
      }
    }
    return out;
  }

  /** Whether an expression's type is one of a library's named types (`Repository` from typeorm). */
  private isLibraryType(expr: ts.Expression, module: string, names: ReadonlySet<string>): boolean {
    return this.isLibraryTypeOf(this.checker.getNonNullableType(this.checker.getTypeAtLocation(expr)), module, names, 0);
  }

  /** The type itself or a base of it (`class StaffRepository extends Repository<Staff>`, `interface UserModel extends Model<IUser>`). */
  private isLibraryTypeOf(type: ts.Type, module: string, names: ReadonlySet<string>, depth: number): boolean {
    const symbol = type.aliasSymbol ?? type.getSymbol();
    if (symbol !== undefined && names.has(symbol.getName()) && (symbol.declarations ?? []).some((declaration) => declaration.getSourceFile().fileName.includes(`/node_modules/${module}/`))) {
      return true;
    }
    if (depth > 3 || (type.flags & ts.TypeFlags.Object) === 0) return false;
    const target = (type as ts.TypeReference).target ?? type;
    const bases = target.isClassOrInterface() ? (this.checker.getBaseTypes(target) ?? []) : [];
    return bases.some((base) => this.isLibraryTypeOf(base, module, names, depth + 1));
  }

  private typeName(expr: ts.Expression): string | undefined {
    return this.checker.getTypeAtLocation(expr).getSymbol()?.getName();
  }

  // -------------------------------------------------------------------------------------------
  // Creations

  /** `User.create(data)`, `repo.create(dto)`: the created record and the input it was built from. */
  private createdFrom(call: ts.CallExpression): { orm: OrmKind; input: ts.Expression | undefined } | undefined {
    const callee = skipOuter(call.expression);
    if (!ts.isPropertyAccessExpression(callee)) return undefined;
    const method = callee.name.text;
    const receiver = skipOuter(callee.expression);
    if (MONGOOSE_CREATES.has(method) && this.isLibraryType(receiver, 'mongoose', new Set(['Model']))) return { orm: 'mongoose', input: call.arguments[0] };
    if (TYPEORM_CREATES.has(method) && this.isLibraryType(receiver, 'typeorm', TYPEORM_RECEIVERS)) {
      const manager = this.typeName(receiver) === 'EntityManager';
      return { orm: 'typeorm', input: call.arguments[manager ? 1 : 0] };
    }
    return undefined;
  }

  // -------------------------------------------------------------------------------------------
  // Mongoose schemas

  /** The schema of the interface or class that declares a property (`new Schema<IUser>`, `model<IUser>(…, schema)`). */
  private schemaFor(declaration: ts.Declaration): SchemaShape | undefined {
    const owner = declaration.parent;
    if (owner === undefined) return undefined;
    this.schemaIndex ??= this.indexSchemas();
    return this.schemaIndex.get(owner);
  }

  private indexSchemas(): Map<ts.Node, SchemaShape> {
    const index = new Map<ts.Node, SchemaShape>();
    for (const sourceFile of this.program.getSourceFiles()) {
      if (sourceFile.isDeclarationFile || !this.isProjectFile(sourceFile.fileName)) continue;
      if (!sourceFile.text.includes('Schema')) continue;
      const schemas = new Map<ts.Node, { shape: SchemaShape; owner: ts.Node | undefined }>();
      const visit = (node: ts.Node): void => {
        if (ts.isNewExpression(node) && this.isSchemaConstructor(node)) {
          const shape = readSchema(node);
          const owner = this.typeArgumentOwner(node.typeArguments?.[0]);
          schemas.set(node, { shape, owner });
          if (owner !== undefined) index.set(owner, shape);
          // Without a type argument the document type is inferred from the definition object itself.
          const definition = node.arguments?.[0] === undefined ? undefined : skipOuter(node.arguments[0]);
          if (definition !== undefined && ts.isObjectLiteralExpression(definition)) index.set(definition, shape);
        }
        // `@nestjs/mongoose`: `@Schema()` on a class, `@Prop({ select: false })` on its fields, and
        // `SchemaFactory.createForClass(Guest)` making the schema that `GuestSchema.set(…)` configures.
        if (ts.isClassDeclaration(node) && findNestDecorator(node, 'Schema') !== undefined) {
          const shape = readClassSchema(node);
          index.set(node, shape);
          schemas.set(node, { shape, owner: node });
        }
        if (ts.isCallExpression(node) && isCreateForClass(node)) {
          const target = node.arguments[0] === undefined ? undefined : skipOuter(node.arguments[0]);
          const declaration = target !== undefined && ts.isIdentifier(target) ? this.checker.getSymbolAtLocation(target)?.valueDeclaration : undefined;
          const shape = declaration !== undefined ? index.get(declaration) : undefined;
          if (declaration !== undefined && shape !== undefined) schemas.set(node, { shape, owner: declaration });
        }
        ts.forEachChild(node, visit);
      };
      visit(sourceFile);
      if (schemas.size === 0) continue;
      // `userSchema.set('toJSON', { transform })` and `model<IUser>('User', userSchema)`.
      const link = (node: ts.Node): void => {
        if (ts.isCallExpression(node)) {
          const callee = skipOuter(node.expression);
          const name = ts.isPropertyAccessExpression(callee) ? callee.name.text : ts.isIdentifier(callee) ? callee.text : '';
          const schema = this.schemaOf(name === 'set' && ts.isPropertyAccessExpression(callee) ? callee.expression : node.arguments[1], schemas);
          if (schema !== undefined && name === 'set') {
            const key = node.arguments[0] === undefined ? undefined : skipOuter(node.arguments[0]);
            if (key !== undefined && ts.isStringLiteralLike(key) && key.text === 'toJSON' && node.arguments[1] !== undefined) readToJson(node.arguments[1], schema.shape.jsonDeletes);
          } else if (schema !== undefined && name === 'model') {
            const owner = this.typeArgumentOwner(node.typeArguments?.[0]);
            if (owner !== undefined && !index.has(owner)) index.set(owner, schema.shape);
          }
        }
        // `userSchema.methods.toJSON = function () { … delete obj.password … }`.
        if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isPropertyAccessExpression(node.left) && node.left.name.text === 'toJSON') {
          const target = skipOuter(node.left.expression);
          const base = ts.isPropertyAccessExpression(target) && target.name.text === 'methods' ? target.expression : undefined;
          const schema = base === undefined ? undefined : this.schemaOf(base, schemas);
          const fn = skipOuter(node.right);
          if (schema !== undefined && isFunctionNode(fn)) collectDeletes(fn, schema.shape.jsonDeletes);
        }
        ts.forEachChild(node, link);
      };
      link(sourceFile);
    }
    return index;
  }

  private schemaOf(expr: ts.Expression | undefined, schemas: ReadonlyMap<ts.Node, { shape: SchemaShape; owner: ts.Node | undefined }>): { shape: SchemaShape } | undefined {
    if (expr === undefined) return undefined;
    const inner = skipOuter(expr);
    if (ts.isNewExpression(inner)) return schemas.get(inner);
    if (!ts.isIdentifier(inner)) return undefined;
    const declaration = this.checker.getSymbolAtLocation(inner)?.valueDeclaration;
    if (declaration === undefined || !ts.isVariableDeclaration(declaration) || declaration.initializer === undefined) return undefined;
    const initializer = skipOuter(declaration.initializer);
    return ts.isNewExpression(initializer) || ts.isCallExpression(initializer) ? schemas.get(initializer) : undefined;
  }

  private isSchemaConstructor(node: ts.NewExpression): boolean {
    const callee = skipOuter(node.expression);
    const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : '';
    if (name !== 'Schema') return false;
    const symbol = this.checker.getTypeAtLocation(node).getSymbol();
    return (symbol?.declarations ?? []).some((declaration) => declaration.getSourceFile().fileName.includes('/node_modules/mongoose/'));
  }

  /** The interface or class a type argument names (`IUser` in `Schema<IUser>`). */
  private typeArgumentOwner(node: ts.TypeNode | undefined): ts.Node | undefined {
    if (node === undefined || !ts.isTypeReferenceNode(node)) return undefined;
    let symbol = this.checker.getSymbolAtLocation(node.typeName);
    if (symbol !== undefined && (symbol.flags & ts.SymbolFlags.Alias) !== 0) symbol = this.checker.getAliasedSymbol(symbol);
    const declaration = symbol?.declarations?.find((candidate) => ts.isInterfaceDeclaration(candidate) || ts.isClassDeclaration(candidate) || ts.isTypeAliasDeclaration(candidate));
    if (declaration === undefined) return undefined;
    // A type alias of an object literal type: its members' parent is the literal.
    return ts.isTypeAliasDeclaration(declaration) ? declaration.type : declaration;
  }
}

/** A record made from what the caller sent: its fields are theirs, and a new account's defaults are no oracle. */
/**
 * A record the caller's own submission just created: what they sent is theirs to see again (an
 * echo); the credential the server derived (a password hash) is not, and its state is no oracle.
 */
export function markCreatedByCaller(value: Value): Value {
  const out: Label[] = [];
  for (const label of value) {
    if (label.kind !== 'cat' || label.category === 'credential') out.push(label);
    else if (label.category !== 'account-status') out.push({ ...label, fromRequest: true });
  }
  return out;
}

function emptyProjection(): MutableProjection {
  return { allow: undefined, deny: new Set(), askBack: new Set(), children: new Map() };
}

function methodOf(call: ts.CallExpression): string {
  const callee = skipOuter(call.expression);
  return ts.isPropertyAccessExpression(callee) ? callee.name.text : '';
}

function unwrapAwait(expr: ts.Expression): ts.Expression {
  let current = skipOuter(expr);
  while (ts.isAwaitExpression(current)) current = skipOuter(current.expression);
  return current;
}

function lastSegment(column: string): string {
  return column.split('.').at(-1) ?? column;
}

function readStrings(node: ts.Expression): string[] | undefined {
  const inner = skipOuter(node);
  if (ts.isStringLiteralLike(inner)) return [inner.text];
  if (!ts.isArrayLiteralExpression(inner)) return undefined;
  const out: string[] = [];
  for (const element of inner.elements) {
    const value = skipOuter(element);
    if (ts.isStringLiteralLike(value)) out.push(value.text);
  }
  return out;
}

function findOption(object: ts.ObjectLiteralExpression, key: string): ts.Expression | undefined {
  for (const property of object.properties) {
    if (ts.isPropertyAssignment(property) && getStaticName(property.name) === key) return skipOuter(property.initializer);
    if (ts.isShorthandPropertyAssignment(property) && property.name.text === key) return property.name;
    if (ts.isMethodDeclaration(property) && getStaticName(property.name) === key) return undefined;
  }
  return undefined;
}

function isFalseOption(object: ts.ObjectLiteralExpression, key: string): boolean {
  return findOption(object, key)?.kind === ts.SyntaxKind.FalseKeyword;
}

function isTrueOption(object: ts.ObjectLiteralExpression, key: string): boolean {
  return findOption(object, key)?.kind === ts.SyntaxKind.TrueKeyword;
}

function decoratorName(decorator: ts.Decorator): string | undefined {
  const expression = ts.isCallExpression(decorator.expression) ? decorator.expression.expression : decorator.expression;
  return ts.isIdentifier(expression) ? expression.text : ts.isPropertyAccessExpression(expression) ? expression.name.text : undefined;
}

function propertyName(declaration: ts.Declaration): string | undefined {
  const name = (declaration as { name?: ts.PropertyName }).name;
  return name === undefined ? undefined : getStaticName(name);
}

/** TypeORM find options: `select` (object form, nested relations; `false` dropped; 0.2's array) and `relations`. */
function readTypeormOptions(options: ts.Expression): MutableProjection {
  const root = emptyProjection();
  const inner = skipOuter(options);
  if (!ts.isObjectLiteralExpression(inner)) return root;
  const select = findOption(inner, 'select');
  if (select !== undefined) readTypeormSelect(select, root);
  const relations = findOption(inner, 'relations');
  if (relations !== undefined) readTypeormRelations(relations, root);
  return root;
}

function readTypeormSelect(select: ts.Expression, into: MutableProjection): void {
  const list = readStrings(select);
  if (list !== undefined && ts.isArrayLiteralExpression(select)) {
    into.allow = new Set(list.map((entry) => entry.split('.')[0] ?? entry));
    for (const name of into.allow) into.askBack.add(name);
    return;
  }
  if (!ts.isObjectLiteralExpression(select)) return;
  into.allow = new Set();
  for (const property of select.properties) {
    if (!ts.isPropertyAssignment(property)) continue;
    const key = getStaticName(property.name);
    if (key === undefined) continue;
    const value = skipOuter(property.initializer);
    if (value.kind === ts.SyntaxKind.FalseKeyword) continue;
    into.allow.add(key);
    into.askBack.add(key);
    if (ts.isObjectLiteralExpression(value)) {
      const child = into.children.get(key) ?? emptyProjection();
      readTypeormSelect(value, child);
      into.children.set(key, child);
    }
  }
}

function readTypeormRelations(relations: ts.Expression, into: MutableProjection): void {
  const list = ts.isArrayLiteralExpression(relations) ? readStrings(relations) : undefined;
  if (list !== undefined) {
    for (const entry of list) {
      let level = into;
      for (const segment of entry.split('.')) {
        const child = level.children.get(segment) ?? emptyProjection();
        level.children.set(segment, child);
        level = child;
      }
    }
    return;
  }
  if (!ts.isObjectLiteralExpression(relations)) return;
  for (const property of relations.properties) {
    if (!ts.isPropertyAssignment(property)) continue;
    const key = getStaticName(property.name);
    const value = skipOuter(property.initializer);
    if (key === undefined || value.kind === ts.SyntaxKind.FalseKeyword) continue;
    const child = into.children.get(key) ?? emptyProjection();
    into.children.set(key, child);
    if (ts.isObjectLiteralExpression(value)) readTypeormRelations(value, child);
  }
}

/**
 * A Mongoose projection: `'name email'` keeps only those (plus `_id`), `'-password'` removes only
 * those, `'+password'` asks a deselected path back; objects read `1`/`true` as keep, `0`/`false` as remove.
 */
function applyMongooseProjection(into: MutableProjection, node: ts.Expression): void {
  const inner = skipOuter(node);
  const keep: string[] = [];
  const drop: string[] = [];
  if (ts.isStringLiteralLike(inner)) {
    for (const token of inner.text.split(/[\s,]+/).filter((part) => part.length > 0)) {
      if (token.startsWith('-')) drop.push(token.slice(1));
      else if (token.startsWith('+')) into.askBack.add(firstSegment(token.slice(1)));
      else keep.push(token);
    }
  } else if (ts.isArrayLiteralExpression(inner)) {
    for (const entry of readStrings(inner) ?? []) (entry.startsWith('-') ? drop : keep).push(entry.replace(/^[-+]/, ''));
  } else if (ts.isObjectLiteralExpression(inner)) {
    for (const property of inner.properties) {
      if (!ts.isPropertyAssignment(property)) continue;
      const key = getStaticName(property.name);
      if (key === undefined) continue;
      const value = skipOuter(property.initializer);
      const off = value.kind === ts.SyntaxKind.FalseKeyword || (ts.isNumericLiteral(value) && Number(value.text) === 0);
      const on = value.kind === ts.SyntaxKind.TrueKeyword || (ts.isNumericLiteral(value) && Number(value.text) !== 0);
      if (off) drop.push(key);
      else if (on) keep.push(key);
    }
  } else {
    return;
  }
  for (const name of drop) into.deny.add(firstSegment(name));
  if (keep.length > 0) {
    into.allow ??= new Set(['_id']);
    for (const name of keep) {
      into.allow.add(firstSegment(name));
      // Naming a deselected path in an inclusive projection loads it.
      into.askBack.add(firstSegment(name));
    }
  }
}

function firstSegment(path: string): string {
  return path.split('.')[0] ?? path;
}

/** `populate('author')`, `populate('followers', 'email')`, `populate({ path, select })`: the joined documents and their projection. */
function applyPopulate(into: MutableProjection, call: ts.CallExpression): void {
  const first = call.arguments[0] === undefined ? undefined : skipOuter(call.arguments[0]);
  if (first === undefined) return;
  const entries: { path: string; select: ts.Expression | undefined }[] = [];
  if (ts.isStringLiteralLike(first)) {
    for (const path of first.text.split(/\s+/).filter((part) => part.length > 0)) entries.push({ path, select: call.arguments[1] });
  } else if (ts.isObjectLiteralExpression(first)) {
    const path = findOption(first, 'path');
    if (path !== undefined && ts.isStringLiteralLike(path)) entries.push({ path: path.text, select: findOption(first, 'select') });
  }
  for (const entry of entries) {
    const child = into.children.get(entry.path) ?? emptyProjection();
    if (entry.select !== undefined) applyMongooseProjection(child, entry.select);
    into.children.set(entry.path, child);
  }
}

/** A `new Schema(definition, options)`: `select: false` paths and the `toJSON` option's deletes. */
function readSchema(node: ts.NewExpression): SchemaShape {
  const shape: SchemaShape = { selectFalse: new Set(), jsonDeletes: new Set() };
  const definition = node.arguments?.[0] === undefined ? undefined : skipOuter(node.arguments[0]);
  if (definition !== undefined && ts.isObjectLiteralExpression(definition)) {
    for (const property of definition.properties) {
      if (!ts.isPropertyAssignment(property)) continue;
      const key = getStaticName(property.name);
      const value = skipOuter(property.initializer);
      if (key !== undefined && ts.isObjectLiteralExpression(value) && isFalseOption(value, 'select')) shape.selectFalse.add(key);
    }
  }
  const options = node.arguments?.[1] === undefined ? undefined : skipOuter(node.arguments[1]);
  if (options !== undefined && ts.isObjectLiteralExpression(options)) {
    for (const property of options.properties) {
      if ((ts.isPropertyAssignment(property) || ts.isMethodDeclaration(property)) && getStaticName(property.name) === 'toJSON' && ts.isPropertyAssignment(property)) {
        readToJson(property.initializer, shape.jsonDeletes);
      }
    }
  }
  return shape;
}

/** A decorator of that name on a declaration (`@Schema()`, `@Prop({ … })`), as the call it makes. */
function findNestDecorator(node: ts.HasDecorators, name: string): ts.CallExpression | undefined {
  for (const decorator of ts.getDecorators(node) ?? []) {
    const call = skipOuter(decorator.expression);
    if (ts.isCallExpression(call) && ts.isIdentifier(call.expression) && call.expression.text === name) return call;
  }
  return undefined;
}

/** `@Schema({ toJSON: { transform } })` on a class and `@Prop({ select: false })` on its fields. */
function readClassSchema(node: ts.ClassDeclaration): SchemaShape {
  const shape: SchemaShape = { selectFalse: new Set(), jsonDeletes: new Set() };
  for (const member of node.members) {
    if (!ts.isPropertyDeclaration(member)) continue;
    const prop = findNestDecorator(member, 'Prop');
    const options = prop?.arguments[0] === undefined ? undefined : skipOuter(prop.arguments[0]);
    const key = getStaticName(member.name);
    if (key !== undefined && options !== undefined && ts.isObjectLiteralExpression(options) && isFalseOption(options, 'select')) shape.selectFalse.add(key);
  }
  const options = findNestDecorator(node, 'Schema')?.arguments[0];
  const inner = options === undefined ? undefined : skipOuter(options);
  if (inner !== undefined && ts.isObjectLiteralExpression(inner)) {
    for (const property of inner.properties) {
      if (ts.isPropertyAssignment(property) && getStaticName(property.name) === 'toJSON') readToJson(property.initializer, shape.jsonDeletes);
    }
  }
  return shape;
}

/** `SchemaFactory.createForClass(Guest)`. */
function isCreateForClass(node: ts.CallExpression): boolean {
  const callee = skipOuter(node.expression);
  return ts.isPropertyAccessExpression(callee) && callee.name.text === 'createForClass' && ts.isIdentifier(callee.expression) && callee.expression.text === 'SchemaFactory';
}

/** `{ transform(doc, ret) { delete ret.password; … } }` (or `transform: (doc, ret) => …`): the deleted paths. */
function readToJson(node: ts.Expression, into: Set<string>): void {
  const inner = skipOuter(node);
  if (!ts.isObjectLiteralExpression(inner)) return;
  for (const property of inner.properties) {
    if (getStaticName(property.name) !== 'transform') continue;
    if (ts.isMethodDeclaration(property)) collectDeletes(property, into);
    else if (ts.isPropertyAssignment(property)) {
      const fn = skipOuter(property.initializer);
      if (isFunctionNode(fn)) collectDeletes(fn, into);
    }
  }
}

/** `delete ret.password`, `delete ret['resetToken']` inside a transform (not in nested functions). */
function collectDeletes(fn: ts.Node, into: Set<string>): void {
  const visit = (node: ts.Node): void => {
    if (node !== fn && isFunctionNode(node)) return;
    if (ts.isDeleteExpression(node)) {
      const target = skipOuter(node.expression);
      if (ts.isPropertyAccessExpression(target)) into.add(target.name.text);
      else if (ts.isElementAccessExpression(target)) {
        const key = skipOuter(target.argumentExpression);
        if (ts.isStringLiteralLike(key)) into.add(key.text);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(fn);
}
