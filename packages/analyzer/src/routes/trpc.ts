import { ts } from 'ts-morph';
import type { Knowledge } from '../engine/knowledge.js';
import type { Locator } from '../engine/syntax.js';
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
            while (ts.isCallExpression(current) && ts.isPropertyAccessExpression(skipOuter(current.expression))) {
              const step = skipOuter(current.expression) as ts.PropertyAccessExpression;
              if (procedures.middlewareMethods.includes(step.name.text) && current.arguments.some((arg) => helper.isAuthMiddleware(arg))) authenticatedByMiddleware = true;
              current = skipOuter(step.expression);
            }
            const rootName = getMemberChain(current)?.join('.');
            if (rootName !== undefined && builderPattern.test(rootName)) {
              const authenticated = authenticatedByMiddleware || (protectedPattern?.test(rootName) ?? false);
              const parent = node.parent;
              const name = ts.isPropertyAssignment(parent) ? (getStaticName(parent.name) ?? '') : '';
              const record = createRecord(callee.name.text.toUpperCase(), name, model.id, node, resolver, authenticated, locator);
              record.ownerScoped = authenticated && helper.isOwnerScoped('', resolver, {});
              record.ownsEverything = authenticated && helper.isOwnerScoped('', resolver, {}, true);
              found.push({
                route: record,
                node: resolver,
                model,
                params: {},
                returnIsBody: true,
                serializer: false,
                schemaProjects: false,
                resolverKeys: procedures.resolverKeys,
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
