import { ts } from 'ts-morph';
import type { Knowledge } from '../engine/knowledge.js';
import type { FunctionNode, Locator } from '../engine/syntax.js';
import { isFunctionNode, skipOuter } from '../engine/syntax.js';
import type { AuthHelper } from './find-routes.js';
import { createRecord } from './find-routes.js';
import type { HandlerContext } from './types.js';

/**
 * File-convention handlers (Next.js): `app/**\/route.ts` exporting `GET`/`POST`/…, and default
 * exports under `pages/api/`. The path comes from the file's place below `app/` or `pages/`.
 */
export function findExportedHandlerRoutes(files: readonly ts.SourceFile[], checker: ts.TypeChecker, knowledge: Knowledge, helper: AuthHelper, locator: Locator): HandlerContext[] {
  void checker;
  const found: HandlerContext[] = [];
  for (const model of knowledge.responses) {
    for (const convention of model.exportedHandlers ?? []) {
      const pattern = new RegExp(convention.filePattern);
      for (const sourceFile of files) {
        const relative = locator.fileOf(sourceFile);
        if (!pattern.test(relative)) continue;
        for (const [name, fn] of findExports(sourceFile)) {
          if (!convention.exports.includes(name)) continue;
          const path = routePathOf(relative);
          const authenticated = helper.hasSessionCheck(fn, convention.handlerParams);
          const record = createRecord(name === 'default' ? 'ANY' : name, path, model.id, fn, fn, authenticated, locator);
          record.ownerScoped = authenticated && helper.isOwnerScoped(path, fn, convention.handlerParams);
          record.ownsEverything = authenticated && helper.isOwnerScoped(path, fn, convention.handlerParams, true);
          found.push({
            route: record,
            node: fn,
            model,
            params: convention.handlerParams,
            returnIsBody: false,
            serializer: false,
            schemaProjects: false,
          });
        }
      }
    }
  }
  return found;
}

function findExports(sourceFile: ts.SourceFile): Map<string, FunctionNode> {
  const out = new Map<string, FunctionNode>();
  for (const statement of sourceFile.statements) {
    const exported = ts.canHaveModifiers(statement) && (ts.getModifiers(statement) ?? []).some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword);
    const isDefault = ts.canHaveModifiers(statement) && (ts.getModifiers(statement) ?? []).some((modifier) => modifier.kind === ts.SyntaxKind.DefaultKeyword);
    if (ts.isFunctionDeclaration(statement) && exported && statement.body !== undefined) {
      out.set(isDefault ? 'default' : (statement.name?.text ?? 'default'), statement);
    } else if (ts.isVariableStatement(statement) && exported) {
      for (const declaration of statement.declarationList.declarations) {
        if (ts.isIdentifier(declaration.name) && declaration.initializer !== undefined) {
          const inner = skipOuter(declaration.initializer);
          if (isFunctionNode(inner)) out.set(declaration.name.text, inner);
        }
      }
    } else if (ts.isExportAssignment(statement)) {
      const inner = skipOuter(statement.expression);
      if (isFunctionNode(inner)) out.set('default', inner);
    }
  }
  return out;
}

function routePathOf(relative: string): string {
  const app = /(?:^|\/)app\/(.*?)\/?route\.[cm]?[jt]sx?$/.exec(relative);
  if (app !== null) {
    const segments = (app[1] ?? '').split('/').filter((segment) => segment !== '' && !/^\(.*\)$/.test(segment));
    return `/${segments.join('/')}`;
  }
  const pages = /(?:^|\/)pages\/(api\/.*?)(?:\/index)?\.[cm]?[jt]sx?$/.exec(relative);
  if (pages !== null) return `/${pages[1] ?? ''}`;
  return `/${relative}`;
}
