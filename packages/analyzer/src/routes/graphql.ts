import { ts } from 'ts-morph';
import { isCallerExpressionText } from '@leakwatch/core';
import type { Knowledge } from '../engine/knowledge.js';
import { findImportOrigin, isSameModule, resolveOrigin } from '../engine/receivers.js';
import type { FunctionNode, Locator } from '../engine/syntax.js';
import { getStaticName, isFunctionNode, skipOuter } from '../engine/syntax.js';
import type { AuthHelper } from './find-routes.js';
import { createRecord, exits } from './find-routes.js';
import type { GraphqlSchema, HandlerContext } from './types.js';

/**
 * GraphQL resolver maps handed to a server (`new ApolloServer({ typeDefs, resolvers })`,
 * `createSchema`, `makeExecutableSchema`): every function below a type key is a resolver whose
 * return value is the response, projected by the SDL (only the fields the schema declares go out).
 */
export function findResolverRoutes(
  files: readonly ts.SourceFile[],
  checker: ts.TypeChecker,
  knowledge: Knowledge,
  helper: AuthHelper,
  locator: Locator,
  imported: ReadonlySet<string>,
): HandlerContext[] {
  const found: HandlerContext[] = [];
  for (const model of knowledge.responses) {
    const maps = model.resolverMaps;
    if (maps === undefined || !model.modules.some((module) => imported.has(module))) continue;
    const pairs: { resolvers: ts.ObjectLiteralExpression; typeDefs: ts.Expression | undefined }[] = [];
    const seen = new Set<ts.Node>();
    const sdlByName: ts.Expression[] = [];
    // The options a consumer is given: the resolver map under its key, the SDL under `typeDefs` (Apollo, yoga) or `schema` (mercurius).
    const take = (arg: ts.Expression, key: string | undefined): void => {
      const options = resolveOrigin(arg, checker);
      const resolvers = key === undefined ? options : readKey(options, key, checker);
      const typeDefs = ts.isObjectLiteralExpression(options) ? (readKey(options, 'typeDefs', checker) ?? readKey(options, 'schema', checker)) : undefined;
      if (resolvers !== undefined && ts.isObjectLiteralExpression(resolvers) && !seen.has(resolvers)) {
        seen.add(resolvers);
        pairs.push({ resolvers, typeDefs });
      }
    };
    for (const sourceFile of files) {
      const visit = (node: ts.Node): void => {
        if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(skipOuter(node.expression))) {
          const callee = skipOuter(node.expression) as ts.Identifier;
          const origin = findImportOrigin(callee, checker);
          const consumer = maps.consumers.find(
            (candidate) =>
              origin !== undefined &&
              isSameModule(origin.module, candidate.module) &&
              (origin.export === candidate.callee || (origin.export === 'default' && candidate.callee === 'default')) &&
              (candidate.construct === true) === ts.isNewExpression(node),
          );
          const arg = consumer === undefined ? undefined : node.arguments?.[consumer.arg];
          if (consumer !== undefined && arg !== undefined) take(arg, consumer.key);
        }
        // A plugin registered on a server (`app.register(mercurius, { schema, resolvers })`): the
        // consumer's callee is the method, its module the plugin's.
        if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(skipOuter(node.expression)) && node.arguments[0] !== undefined && ts.isIdentifier(skipOuter(node.arguments[0]))) {
          const method = (skipOuter(node.expression) as ts.PropertyAccessExpression).name.text;
          const plugin = findImportOrigin(skipOuter(node.arguments[0]) as ts.Identifier, checker);
          const consumer = plugin === undefined ? undefined : maps.consumers.find((candidate) => candidate.callee === method && isSameModule(plugin.module, candidate.module) && (plugin.export === 'default' || plugin.export === '*'));
          const arg = consumer === undefined ? undefined : node.arguments[consumer.arg];
          if (consumer !== undefined && arg !== undefined) take(arg, consumer.key);
        }
        // A map wired by hand (`buildSchema(typeDefs)` plus a loop): found by its shape.
        if (ts.isVariableDeclaration(node) && node.initializer !== undefined && ts.isIdentifier(node.name)) {
          const value = skipOuter(node.initializer);
          if (/^typeDefs$|Sdl$|^schemaSource$/i.test(node.name.text)) sdlByName.push(value);
          if (ts.isObjectLiteralExpression(value) && !seen.has(value) && isResolverMapShape(value, maps.rootTypes)) {
            seen.add(value);
            pairs.push({ resolvers: value, typeDefs: undefined });
          }
        }
        ts.forEachChild(node, visit);
      };
      visit(sourceFile);
    }
    for (const { resolvers, typeDefs } of pairs) {
      const sdlText = typeDefs !== undefined ? readSdlText(typeDefs, checker) : sdlByName.map((expr) => readSdlText(expr, checker)).join('\n');
      const schema = sdlText.trim() === '' ? undefined : parseSdl(sdlText);
      for (const typeProperty of resolvers.properties) {
        const typeName = typeProperty.name === undefined ? undefined : getStaticName(typeProperty.name);
        if (typeName === undefined || !/^[A-Z]/.test(typeName)) continue;
        const fields = ts.isPropertyAssignment(typeProperty) ? resolveOrigin(typeProperty.initializer, checker) : undefined;
        if (fields === undefined || !ts.isObjectLiteralExpression(fields)) continue;
        for (const field of fields.properties) {
          const fieldName = field.name === undefined ? undefined : getStaticName(field.name);
          const fn = resolverFunction(field);
          if (fieldName === undefined || fn === undefined) continue;
          const isRoot = maps.rootTypes.includes(typeName);
          const params = { context: maps.params.context, request: maps.params.args };
          const authenticated = helper.hasSessionCheck(fn, params) || checksContextCaller(fn, maps.params.context);
          const record = createRecord(isRoot ? typeName.toUpperCase() : 'FIELD', isRoot ? fieldName : `${typeName}.${fieldName}`, model.id, field, fn, authenticated, locator);
          record.ownerScoped = authenticated && helper.isOwnerScoped('', fn, params);
          record.ownsEverything = authenticated && helper.isOwnerScoped('', fn, params, true);
          const returnType = schema?.fieldTypes.get(`${typeName}.${fieldName}`);
          found.push({
            route: record,
            node: fn,
            model,
            params: { context: maps.params.context },
            returnIsBody: true,
            serializer: false,
            schemaProjects: schema !== undefined && returnType !== undefined,
            ...(schema !== undefined && returnType !== undefined ? { schema: { ...schema, returnType } } : {}),
          });
        }
      }
    }
  }
  return found;
}

/** `{ Query: { user: (…) => … } }`: a root type key holding an object of functions. */
/**
 * `if (!ctx.caller) throw unauthenticated()`: a resolver that leaves early when its context holds no
 * caller (core's caller expressions: `ctx.caller`, `context.user`, `ctx.session`) runs below only
 * for a signed-in caller, whatever error it throws.
 */
function checksContextCaller(fn: FunctionNode, contextIndex: number | undefined): boolean {
  const parameter = contextIndex === undefined ? undefined : fn.parameters[contextIndex];
  if (parameter === undefined || !ts.isIdentifier(parameter.name) || fn.body === undefined || !ts.isBlock(fn.body)) return false;
  const contextName = parameter.name.text;
  return fn.body.statements.some((statement) => {
    if (!ts.isIfStatement(statement) || !exits(statement.thenStatement)) return false;
    return absentSubjects(statement.expression).some((subject) => {
      const text = subject.getText().replace(/\s+/g, '').replace(/\?\./g, '.');
      return text.startsWith(`${contextName}.`) && isCallerExpressionText(`ctx${text.slice(contextName.length)}`);
    });
  });
}

/** What a condition tests for absence: `!a`, `a == null`, `a === undefined`, either side of `||`. */
function absentSubjects(condition: ts.Expression): ts.Expression[] {
  const inner = skipOuter(condition);
  if (ts.isBinaryExpression(inner) && inner.operatorToken.kind === ts.SyntaxKind.BarBarToken) return [...absentSubjects(inner.left), ...absentSubjects(inner.right)];
  if (ts.isPrefixUnaryExpression(inner) && inner.operator === ts.SyntaxKind.ExclamationToken) return [skipOuter(inner.operand)];
  if (ts.isBinaryExpression(inner) && /^(null|undefined)$/.test(inner.right.getText()) && /^={2,3}$/.test(inner.operatorToken.getText())) return [skipOuter(inner.left)];
  return [];
}

function isResolverMapShape(object: ts.ObjectLiteralExpression, rootTypes: readonly string[]): boolean {
  return object.properties.some((property) => {
    if (!ts.isPropertyAssignment(property) || !rootTypes.includes(getStaticName(property.name) ?? '')) return false;
    const value = skipOuter(property.initializer);
    return ts.isObjectLiteralExpression(value) && value.properties.some((field) => resolverFunction(field) !== undefined);
  });
}

function readKey(object: ts.Expression, key: string, checker: ts.TypeChecker): ts.Expression | undefined {
  if (!ts.isObjectLiteralExpression(object)) return undefined;
  for (const property of object.properties) {
    if (ts.isPropertyAssignment(property) && getStaticName(property.name) === key) return resolveOrigin(property.initializer, checker);
    if (ts.isShorthandPropertyAssignment(property) && property.name.text === key) {
      let symbol = checker.getShorthandAssignmentValueSymbol(property);
      // `{ schema, resolvers }` of imported bindings: the declaration in the module that exports it.
      if (symbol !== undefined && (symbol.flags & ts.SymbolFlags.Alias) !== 0) symbol = checker.getAliasedSymbol(symbol);
      const declaration = symbol?.valueDeclaration;
      if (declaration !== undefined && ts.isVariableDeclaration(declaration) && declaration.initializer !== undefined) return resolveOrigin(declaration.initializer, checker);
      return undefined;
    }
  }
  return undefined;
}

function resolverFunction(field: ts.ObjectLiteralElementLike): FunctionNode | undefined {
  if (ts.isMethodDeclaration(field) && field.body !== undefined) return field;
  if (ts.isPropertyAssignment(field)) {
    const value = skipOuter(field.initializer);
    if (isFunctionNode(value)) return value;
  }
  return undefined;
}

function readSdlText(node: ts.Expression, checker: ts.TypeChecker): string {
  const inner = skipOuter(node);
  if (ts.isStringLiteralLike(inner)) return inner.text;
  if (ts.isTaggedTemplateExpression(inner)) {
    const template = inner.template;
    return ts.isNoSubstitutionTemplateLiteral(template) ? template.text : template.head.text + template.templateSpans.map((span) => span.literal.text).join('');
  }
  if (ts.isTemplateExpression(inner)) return inner.head.text + inner.templateSpans.map((span) => span.literal.text).join('');
  if (ts.isArrayLiteralExpression(inner)) return inner.elements.map((element) => readSdlText(resolveOrigin(element, checker), checker)).join('\n');
  return '';
}

/** Reads `type`, `interface` and `extend type` blocks of an SDL: each field's named return type. */
export function parseSdl(sdl: string): Omit<GraphqlSchema, 'returnType'> {
  const fields = new Map<string, Set<string>>();
  const fieldTypes = new Map<string, string>();
  const text = sdl.replace(/#[^\n]*/g, '').replace(/"""[\s\S]*?"""/g, '').replace(/"[^"\n]*"/g, '');
  const block = /(?:extend\s+)?(?:type|interface)\s+(\w+)[^{]*\{([^}]*)\}/g;
  for (let match = block.exec(text); match !== null; match = block.exec(text)) {
    const typeName = match[1] as string;
    const set = fields.get(typeName) ?? new Set<string>();
    const body = (match[2] as string).replace(/\([^)]*\)/g, '');
    for (const line of body.split(/[\n,]/)) {
      const field = /^\s*(\w+)\s*:\s*\[?\s*(\w+)/.exec(line);
      if (field === null) continue;
      set.add(field[1] as string);
      fieldTypes.set(`${typeName}.${field[1] as string}`, field[2] as string);
    }
    fields.set(typeName, set);
  }
  return { fields, fieldTypes };
}

/**
 * Whether a label's path survives the schema: every step must be a declared field of the type
 * reached so far. A whole-value label (a scalar resolver returning an e-mail) always does.
 */
export function isInSchema(schema: GraphqlSchema, path: readonly string[]): boolean {
  let type = schema.returnType;
  for (const key of path) {
    const declared = schema.fields.get(type);
    if (declared === undefined) return true;
    if (!declared.has(key)) return false;
    type = schema.fieldTypes.get(`${type}.${key}`) ?? '';
  }
  return true;
}
