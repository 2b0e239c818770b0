import { ts } from 'ts-morph';
import type { Knowledge } from '../engine/knowledge.js';
import type { Locator } from '../engine/syntax.js';
import { resolveOrigin } from '../engine/receivers.js';
import { getMemberChain, getStaticName, isFunctionNode, skipOuter } from '../engine/syntax.js';
import type { AuthHelper } from './find-routes.js';
import { createRecord } from './find-routes.js';
import type { HandlerContext } from './types.js';

/**
 * tRPC procedures: `protectedProcedure.input(schema).query(({ ctx, input }) => …)`. The builder
 * chain's root name says whether the procedure authenticates (core's procedure patterns), and so
 * does an authenticating `.use(middleware)`; the resolver's return value is the response. The
 * route path is the procedure's key in its router object.
 */
export function findProcedureRoutes(files: readonly ts.SourceFile[], knowledge: Knowledge, helper: AuthHelper, locator: Locator, imported: ReadonlySet<string>): HandlerContext[] {
  const found: HandlerContext[] = [];
  const protectedPattern = helper.auth.protectedProcedurePattern === undefined ? undefined : new RegExp(helper.auth.protectedProcedurePattern);
  for (const model of knowledge.responses) {
    const procedures = model.procedures;
    if (procedures === undefined || !imported.has(procedures.module)) continue;
    const builderPattern = new RegExp(procedures.builderPattern);
    for (const sourceFile of files) {
      const visit = (node: ts.Node): void => {
        if (ts.isCallExpression(node)) {
          const callee = skipOuter(node.expression);
          const resolver = node.arguments[0] === undefined ? undefined : skipOuter(node.arguments[0]);
          if (ts.isPropertyAccessExpression(callee) && procedures.terminals.includes(callee.name.text) && resolver !== undefined && isFunctionNode(resolver)) {
            // Walk the builder chain down to its root: `t.procedure`, `protectedProcedure`.
            let current: ts.Expression = skipOuter(callee.expression);
            let authenticatedByMiddleware = false;
            let rootName: string | undefined;
            const callerKeys: string[] = [];
            // `const protectedProcedure = publicProcedure.use(isAuthed)`: the chain goes on in the builder's definition.
            for (let hops = 0; hops < 4; hops++) {
              while (ts.isCallExpression(current) && ts.isPropertyAccessExpression(skipOuter(current.expression))) {
                const step = skipOuter(current.expression) as ts.PropertyAccessExpression;
                if (procedures.middlewareMethods.includes(step.name.text)) {
                  for (const arg of current.arguments) {
                    if (!helper.isAuthMiddleware(arg)) continue;
                    authenticatedByMiddleware = true;
                    callerKeys.push(...findContextKeys(arg, helper.checker));
                  }
                }
                current = skipOuter(step.expression);
              }
              rootName ??= getMemberChain(current)?.join('.');
              if (!ts.isIdentifier(current)) break;
              const origin = resolveOrigin(current, helper.checker);
              if (origin === current) break;
              current = origin;
            }
            if (rootName !== undefined && builderPattern.test(rootName)) {
              const authenticated = authenticatedByMiddleware || (protectedPattern?.test(rootName) ?? false);
              const parent = node.parent;
              const name = ts.isPropertyAssignment(parent) ? (getStaticName(parent.name) ?? '') : '';
              const record = createRecord(callee.name.text.toUpperCase(), name, model.id, node, resolver, authenticated, locator);
              // A procedure named like an owner path (`me`, `profile`) answers the caller's own record, as `/me` does.
              const ownerPath = name === '' ? '' : `/${name}`;
              record.ownerScoped = authenticated && helper.isOwnerScoped(ownerPath, resolver, {});
              record.ownsEverything = authenticated && helper.isOwnerScoped(ownerPath, resolver, {}, true);
              found.push({
                route: record,
                node: resolver,
                model,
                params: {},
                returnIsBody: true,
                serializer: false,
                schemaProjects: false,
                resolverKeys: procedures.resolverKeys,
                ...(callerKeys.length === 0 ? {} : { callerKeys }),
              });
            }
          }
        }
        ts.forEachChild(node, visit);
      };
      visit(sourceFile);
    }
  }
  return found;
}

/**
 * What an authenticating middleware puts on the context for the caller (`next({ ctx: { memberId } })`):
 * `ctx.memberId`, and `ctx.user.id` for an object, identify the caller in the procedures it guards.
 */
function findContextKeys(middleware: ts.Expression, checker: ts.TypeChecker): string[] {
  let made = resolveOrigin(middleware, checker);
  // `t.middleware(async ({ ctx, next }) => …)`: the function the factory was given.
  if (ts.isCallExpression(made)) made = made.arguments.map((arg) => skipOuter(arg)).find(isFunctionNode) ?? made;
  if (!isFunctionNode(made)) return [];
  const keys: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && getMemberChain(node.expression)?.at(-1) === 'next') {
      const options = node.arguments[0] === undefined ? undefined : skipOuter(node.arguments[0]);
      const context = options !== undefined && ts.isObjectLiteralExpression(options) ? options.properties.find((property) => property.name !== undefined && getStaticName(property.name) === 'ctx') : undefined;
      const object = context !== undefined && ts.isPropertyAssignment(context) ? skipOuter(context.initializer) : undefined;
      for (const property of object !== undefined && ts.isObjectLiteralExpression(object) ? object.properties : []) {
        const key = property.name === undefined ? undefined : getStaticName(property.name);
        if (key === undefined) continue;
        keys.push(/id$/i.test(key) ? `ctx.${key}` : `ctx.${key}.id`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(made);
  return keys;
}
