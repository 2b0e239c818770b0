import { createServerActionPath } from '@leakwatch/core';
import { ts } from 'ts-morph';
import type { ServerActionModel } from '@leakwatch/core';
import type { Knowledge } from '../engine/knowledge.js';
import { findImportOrigin, isSameModule } from '../engine/receivers.js';
import type { FunctionNode, Locator } from '../engine/syntax.js';
import { getChainRoot, getMemberChain, isFunctionNode, skipOuter } from '../engine/syntax.js';
import type { AuthHelper } from './find-routes.js';
import { createRecord } from './find-routes.js';
import type { HandlerContext } from './types.js';

/**
 * Next.js Server Actions (core's `serverActions` model): every exported async function of a module
 * that starts with `'use server'`, and every function whose body starts with it. An action answers
 * with its return value and with the message of what it throws; it has no request object, so it
 * is authenticated only by a session read checked with an early exit, and owner-scoped by a lookup
 * keyed by that session. Its path is made from its name (`signIn` is `/sign-in`).
 */
export function findServerActionRoutes(files: readonly ts.SourceFile[], checker: ts.TypeChecker, knowledge: Knowledge, helper: AuthHelper, locator: Locator): HandlerContext[] {
  const found: HandlerContext[] = [];
  for (const model of knowledge.responses) {
    const actions = model.serverActions;
    if (actions === undefined) continue;
    for (const sourceFile of files) {
      // Most files never mention the directive: one text search keeps them free.
      if (!sourceFile.text.includes(actions.directive)) continue;
      for (const [name, fn] of findActions(sourceFile, actions.directive)) {
        const session = findSessionCheck(fn, actions, checker);
        const path = createServerActionPath(name);
        const record = createRecord('ACTION', path, model.id, fn, fn, session.authenticated, locator);
        // No owner path for an action: only a lookup keyed by its session (or a comparison with it) scopes it.
        record.ownerScoped = session.authenticated && helper.isOwnerScoped('', fn, {});
        record.ownsEverything = session.authenticated && helper.isOwnerScoped('', fn, {}, true);
        found.push({
          route: record,
          node: fn,
          model,
          params: {},
          returnIsBody: true,
          serializer: false,
          schemaProjects: false,
          callerKeys: session.callerKeys,
          thrownErrors: actions.thrownErrors,
          formParams: findFormParams(fn, actions, checker),
        });
      }
    }
  }
  return found;
}

/** Whether a block's directive prologue holds the directive. */
function hasDirective(statements: ts.NodeArray<ts.Statement>, directive: string): boolean {
  for (const statement of statements) {
    if (!ts.isExpressionStatement(statement) || !ts.isStringLiteral(statement.expression)) return false;
    if (statement.expression.text === directive) return true;
  }
  return false;
}

/** The actions of a file by name: exported async functions of a `'use server'` module, and functions marked in their own body. */
function findActions(sourceFile: ts.SourceFile, directive: string): Map<string, FunctionNode> {
  const out = new Map<string, FunctionNode>();
  if (hasDirective(sourceFile.statements, directive)) {
    const local = new Map<string, FunctionNode>();
    for (const statement of sourceFile.statements) {
      const modifiers = ts.canHaveModifiers(statement) ? (ts.getModifiers(statement) ?? []) : [];
      const exported = modifiers.some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword);
      const isDefault = modifiers.some((modifier) => modifier.kind === ts.SyntaxKind.DefaultKeyword);
      if (ts.isFunctionDeclaration(statement) && statement.body !== undefined) {
        const name = isDefault ? 'default' : (statement.name?.text ?? 'default');
        if (exported) out.set(name, statement);
        else if (statement.name !== undefined) local.set(statement.name.text, statement);
      } else if (ts.isVariableStatement(statement)) {
        for (const declaration of statement.declarationList.declarations) {
          if (!ts.isIdentifier(declaration.name) || declaration.initializer === undefined) continue;
          const inner = skipOuter(declaration.initializer);
          if (!isFunctionNode(inner)) continue;
          if (exported) out.set(declaration.name.text, inner);
          else local.set(declaration.name.text, inner);
        }
      } else if (ts.isExportAssignment(statement)) {
        const inner = skipOuter(statement.expression);
        if (isFunctionNode(inner)) out.set('default', inner);
      } else if (ts.isExportDeclaration(statement) && statement.moduleSpecifier === undefined && statement.exportClause !== undefined && ts.isNamedExports(statement.exportClause)) {
        // `export { signIn }` after the declarations: resolved below, once every local is known.
        for (const element of statement.exportClause.elements) {
          const fn = local.get((element.propertyName ?? element.name).text);
          if (fn !== undefined) out.set(element.name.text, fn);
        }
      }
    }
    // Next.js accepts only async functions as actions; a synchronous export is a helper the module shares.
    for (const [name, fn] of out) if (!isAsync(fn)) out.delete(name);
    return out;
  }
  const visit = (node: ts.Node): void => {
    if (isFunctionNode(node) && node.body !== undefined && ts.isBlock(node.body) && hasDirective(node.body.statements, directive)) {
      out.set(nameOf(node), node);
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return out;
}

function isAsync(fn: FunctionNode): boolean {
  return (ts.getModifiers(fn as ts.HasModifiers) ?? []).some((modifier) => modifier.kind === ts.SyntaxKind.AsyncKeyword);
}

function nameOf(fn: FunctionNode): string {
  if ((ts.isFunctionDeclaration(fn) || ts.isFunctionExpression(fn) || ts.isMethodDeclaration(fn)) && fn.name !== undefined && ts.isIdentifier(fn.name)) return fn.name.text;
  const parent = fn.parent;
  if ((ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent)) && ts.isIdentifier(parent.name)) return parent.name.text;
  return 'action';
}

/** Positions of the parameters that carry the submitted form (`formData: FormData`). */
function findFormParams(fn: FunctionNode, actions: ServerActionModel, checker: ts.TypeChecker): number[] {
  const out: number[] = [];
  fn.parameters.forEach((parameter, index) => {
    const type = checker.getTypeAtLocation(parameter);
    const name = type.getSymbol()?.getName() ?? type.aliasSymbol?.getName();
    if (name === actions.body.paramType) out.push(index);
  });
  return out;
}

interface SessionCheck {
  readonly authenticated: boolean;
  /** Expressions naming the caller: the session variables' ids (`user.id`) and destructured ids (`userId`). */
  readonly callerKeys: string[];
}

/**
 * A session read whose absence leaves the action early: `const session = await auth(); if
 * (!session?.user) redirect('/login')`, a `throw` or a `return` alike; or a call of the project's
 * `requireUser()`-style reader on its own, which leaves by itself.
 */
function findSessionCheck(fn: FunctionNode, actions: ServerActionModel, checker: ts.TypeChecker): SessionCheck {
  const reader = new RegExp(actions.sessionCallPattern, 'i');
  const variables = new Set<string>();
  const callerKeys: string[] = [];
  let authenticated = false;
  const isSessionCall = (call: ts.CallExpression): boolean => {
    const chain = getMemberChain(call.expression);
    if (chain === undefined) return false;
    const last = chain.at(-1) as string;
    const root = getChainRoot(call.expression);
    const origin = ts.isIdentifier(root) ? findImportOrigin(root, checker) : undefined;
    for (const entry of actions.sessionCalls) {
      if (entry.module === undefined ? chain.length === 1 && last === entry.callee : origin !== undefined && isSameModule(origin.module, entry.module) && (origin.export === entry.callee || last === entry.callee)) return true;
    }
    // The project's own reader, called without an id: `getSession()`, `getCurrentUser()`.
    return call.arguments.length === 0 && reader.test(last) && (origin === undefined || origin.module.startsWith('.') || origin.module.startsWith('@/') || origin.module.startsWith('~/'));
  };
  const readsSession = (expr: ts.Expression): boolean => {
    let found = false;
    const visit = (node: ts.Node): void => {
      if (found) return;
      if (ts.isCallExpression(node) && isSessionCall(node)) found = true;
      else if (!isFunctionNode(node)) ts.forEachChild(node, visit);
    };
    visit(expr);
    return found;
  };
  const leaves = (statement: ts.Statement): boolean => {
    if (ts.isReturnStatement(statement) || ts.isThrowStatement(statement)) return true;
    if (ts.isBlock(statement)) return statement.statements.some(leaves);
    if (ts.isExpressionStatement(statement)) {
      let inner = skipOuter(statement.expression);
      if (ts.isAwaitExpression(inner)) inner = skipOuter(inner.expression);
      if (!ts.isCallExpression(inner)) return false;
      const callee = skipOuter(inner.expression);
      if (!ts.isIdentifier(callee)) return false;
      const origin = findImportOrigin(callee, checker);
      return actions.exitCalls.some((exit) => origin !== undefined && isSameModule(origin.module, exit.module) && origin.export === exit.callee);
    }
    return false;
  };
  const visit = (node: ts.Node): void => {
    if (authenticated) return;
    if (ts.isVariableDeclaration(node) && node.initializer !== undefined && readsSession(node.initializer)) {
      if (ts.isIdentifier(node.name)) {
        variables.add(node.name.text);
        // `const user = await currentUser()`: its id names the caller (`session.x` is core's already).
        callerKeys.push(`${node.name.text}.id`, `${node.name.text}.userId`, `${node.name.text}.sub`);
      } else {
        for (const element of node.name.elements) {
          if (ts.isBindingElement(element) && ts.isIdentifier(element.name)) {
            variables.add(element.name.text);
            callerKeys.push(element.name.text);
          }
        }
      }
    }
    if (ts.isExpressionStatement(node)) {
      let inner = skipOuter(node.expression);
      if (ts.isAwaitExpression(inner)) inner = skipOuter(inner.expression);
      // `await requireUser()` on its own redirects or throws when nobody is signed in.
      if (ts.isCallExpression(inner) && isSessionCall(inner) && /^(require|ensure|verify|validate)/i.test(getMemberChain(inner.expression)?.at(-1) ?? '')) authenticated = true;
    }
    if (ts.isIfStatement(node) && leaves(node.thenStatement)) {
      const checked = presenceChecked(node.expression);
      if (checked !== undefined && variables.has(checked)) authenticated = true;
    }
    if (node !== fn && isFunctionNode(node)) return;
    ts.forEachChild(node, visit);
  };
  if (fn.body !== undefined) visit(fn.body);
  return { authenticated, callerKeys: authenticated ? callerKeys : [] };
}

/** The root variable of a presence check: `!session`, `!session?.userId`, `session == null`, `!a || !session`. */
function presenceChecked(condition: ts.Expression): string | undefined {
  let inner = skipOuter(condition);
  if (ts.isBinaryExpression(inner) && (inner.operatorToken.kind === ts.SyntaxKind.BarBarToken || inner.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken)) {
    return presenceChecked(inner.left) ?? presenceChecked(inner.right);
  }
  if (ts.isPrefixUnaryExpression(inner) && inner.operator === ts.SyntaxKind.ExclamationToken) inner = skipOuter(inner.operand);
  else if (ts.isBinaryExpression(inner) && /^(null|undefined)$/.test(inner.right.getText()) && (inner.operatorToken.kind === ts.SyntaxKind.EqualsEqualsToken || inner.operatorToken.kind === ts.SyntaxKind.EqualsEqualsEqualsToken)) inner = skipOuter(inner.left);
  else return undefined;
  const root = getChainRoot(inner);
  return ts.isIdentifier(root) ? root.text : undefined;
}
