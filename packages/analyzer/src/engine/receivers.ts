import { ts } from 'ts-morph';
import type { ReceiverPattern } from '@leakwatch/core';
import { getMemberChain, skipOuter } from './syntax.js';

/** Where an imported binding comes from: `import { track } from 'x'` is `{ module: 'x', export: 'track' }`. */
export interface ImportOrigin {
  readonly module: string;
  /** `*` for a namespace import or `require()`, `default` for a default import. */
  readonly export: string;
}

/** Compares module specifiers, treating `node:fs` and `fs` alike. */
export function isSameModule(actual: string, expected: string): boolean {
  return actual === expected || normaliseModule(actual) === normaliseModule(expected);
}

/** `node:fs` → `fs`; `next/server.js` → `next/server` (ESM specifiers of package subpaths). */
function normaliseModule(specifier: string): string {
  return specifier.replace(/^node:/, '').replace(/\/index\.[cm]?js$/, '').replace(/\.[cm]?js$/, '');
}

/** The import an identifier is bound to, following `const x = require('m')` too. */
/** The symbol a node names, through an import alias to its declaration (`import { X } from './x.js'`). */
export function findDeclaredSymbol(node: ts.Node, checker: ts.TypeChecker): ts.Symbol | undefined {
  const symbol = checker.getSymbolAtLocation(node);
  return symbol !== undefined && symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
}

export function findImportOrigin(identifier: ts.Identifier, checker: ts.TypeChecker): ImportOrigin | undefined {
  const symbol = checker.getSymbolAtLocation(identifier);
  const declaration = symbol?.declarations?.[0];
  if (declaration === undefined) return undefined;
  if (ts.isImportSpecifier(declaration)) {
    const module = declaration.parent.parent.parent.moduleSpecifier;
    if (!ts.isStringLiteral(module)) return undefined;
    return { module: module.text, export: (declaration.propertyName ?? declaration.name).text };
  }
  if (ts.isImportClause(declaration)) {
    const module = declaration.parent.moduleSpecifier;
    return ts.isStringLiteral(module) ? { module: module.text, export: 'default' } : undefined;
  }
  if (ts.isNamespaceImport(declaration)) {
    const module = declaration.parent.parent.moduleSpecifier;
    return ts.isStringLiteral(module) ? { module: module.text, export: '*' } : undefined;
  }
  if (ts.isImportEqualsDeclaration(declaration)) {
    const reference = declaration.moduleReference;
    if (ts.isExternalModuleReference(reference) && ts.isStringLiteral(reference.expression)) return { module: reference.expression.text, export: '*' };
    return undefined;
  }
  if (ts.isVariableDeclaration(declaration) && declaration.initializer !== undefined) {
    const required = findRequiredModule(declaration.initializer);
    if (required !== undefined && ts.isIdentifier(declaration.name)) return { module: required, export: '*' };
  }
  if (ts.isBindingElement(declaration)) {
    const variable = declaration.parent.parent;
    if (ts.isVariableDeclaration(variable) && variable.initializer !== undefined) {
      const required = findRequiredModule(variable.initializer);
      const name = declaration.propertyName ?? declaration.name;
      if (required !== undefined && ts.isIdentifier(name)) return { module: required, export: name.text };
    }
  }
  return undefined;
}

function findRequiredModule(initializer: ts.Expression): string | undefined {
  const inner = skipOuter(initializer);
  if (
    ts.isCallExpression(inner) &&
    ts.isIdentifier(inner.expression) &&
    inner.expression.text === 'require' &&
    inner.arguments.length === 1 &&
    ts.isStringLiteral(inner.arguments[0] as ts.Expression)
  ) {
    return (inner.arguments[0] as ts.StringLiteral).text;
  }
  return undefined;
}

/**
 * Follows an expression to where its value was made: through `const` initializers, imports of
 * another project file's exports, `await`, and `this.x` fields with an initializer or a constructor
 * assignment. Stops at calls, `new`, imports of packages and anything it cannot follow.
 */
export function resolveOrigin(expr: ts.Expression, checker: ts.TypeChecker, depth = 0): ts.Expression {
  const inner = skipOuter(expr);
  if (depth > 8) return inner;
  if (ts.isAwaitExpression(inner)) return resolveOrigin(inner.expression, checker, depth + 1);
  if (ts.isIdentifier(inner)) {
    let symbol = checker.getSymbolAtLocation(inner);
    if (symbol === undefined) return inner;
    const first = symbol.declarations?.[0];
    if (first !== undefined && (ts.isImportSpecifier(first) || ts.isImportClause(first) || ts.isNamespaceImport(first))) {
      const module = ts.isImportSpecifier(first) ? first.parent.parent.parent.moduleSpecifier : ts.isImportClause(first) ? first.parent.moduleSpecifier : first.parent.parent.moduleSpecifier;
      if (ts.isStringLiteral(module) && !module.text.startsWith('.') && !module.text.startsWith('/')) return inner;
      if (symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
    }
    const declaration = symbol.valueDeclaration ?? symbol.declarations?.[0];
    if (declaration !== undefined && ts.isVariableDeclaration(declaration) && ts.isIdentifier(declaration.name) && declaration.initializer !== undefined) {
      const list = declaration.parent;
      if (ts.isVariableDeclarationList(list) && list.flags & ts.NodeFlags.Const) return resolveOrigin(declaration.initializer, checker, depth + 1);
      if (findRequiredModule(declaration.initializer) === undefined) return resolveOrigin(declaration.initializer, checker, depth + 1);
    }
    if (declaration !== undefined && ts.isExportAssignment(declaration)) return resolveOrigin(declaration.expression, checker, depth + 1);
    return inner;
  }
  if (ts.isPropertyAccessExpression(inner) && inner.expression.kind !== ts.SyntaxKind.ThisKeyword) {
    // `settings.partnerBaseUrl` where `settings` is a const object literal.
    const object = resolveOrigin(inner.expression, checker, depth + 1);
    if (ts.isObjectLiteralExpression(object)) {
      for (const property of object.properties) {
        if (ts.isPropertyAssignment(property) && ts.isIdentifier(property.name) && property.name.text === inner.name.text) {
          return resolveOrigin(property.initializer, checker, depth + 1);
        }
      }
    }
    return inner;
  }
  if (ts.isPropertyAccessExpression(inner) && inner.expression.kind === ts.SyntaxKind.ThisKeyword) {
    const symbol = checker.getSymbolAtLocation(inner.name);
    const declaration = symbol?.valueDeclaration;
    if (declaration !== undefined && ts.isPropertyDeclaration(declaration) && declaration.initializer !== undefined) {
      return resolveOrigin(declaration.initializer, checker, depth + 1);
    }
    const assigned = findConstructorAssignment(inner.name.text, inner);
    if (assigned !== undefined) return resolveOrigin(assigned, checker, depth + 1);
  }
  return inner;
}

function findConstructorAssignment(name: string, from: ts.Node): ts.Expression | undefined {
  let current: ts.Node | undefined = from;
  while (current !== undefined && !ts.isClassLike(current)) current = current.parent;
  if (current === undefined) return undefined;
  for (const member of current.members) {
    if (!ts.isConstructorDeclaration(member) || member.body === undefined) continue;
    for (const statement of member.body.statements) {
      if (!ts.isExpressionStatement(statement)) continue;
      const expr = statement.expression;
      if (
        ts.isBinaryExpression(expr) &&
        expr.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
        ts.isPropertyAccessExpression(expr.left) &&
        expr.left.expression.kind === ts.SyntaxKind.ThisKeyword &&
        expr.left.name.text === name
      ) {
        return expr.right;
      }
    }
  }
  return undefined;
}

/** The declared type reference of a value (`logger: Logger`): the type name's import origin and name. */
export function findDeclaredTypeOrigin(expr: ts.Expression, checker: ts.TypeChecker): { origin: ImportOrigin | undefined; name: string } | undefined {
  const inner = skipOuter(expr);
  const target = ts.isPropertyAccessExpression(inner) ? inner.name : ts.isIdentifier(inner) ? inner : undefined;
  if (target === undefined) return undefined;
  const symbol = checker.getSymbolAtLocation(target);
  const declaration = symbol?.valueDeclaration;
  if (declaration === undefined) return undefined;
  const typeNode = (declaration as { type?: ts.TypeNode }).type;
  if (typeNode === undefined || !ts.isTypeReferenceNode(typeNode)) return undefined;
  const typeName = typeNode.typeName;
  const nameNode = ts.isIdentifier(typeName) ? typeName : typeName.right;
  const rootNode = ts.isIdentifier(typeName) ? typeName : (getLeftmost(typeName) as ts.Identifier);
  const origin = findImportOrigin(rootNode, checker);
  return { origin, name: nameNode.text };
}

function getLeftmost(name: ts.QualifiedName): ts.Identifier {
  let current: ts.EntityName = name;
  while (ts.isQualifiedName(current)) current = current.left;
  return current;
}

/** Whether a type (or the declared type of the value) is `name` from `module`. */
function hasTypeFrom(expr: ts.Expression, module: string, name: string, checker: ts.TypeChecker): boolean {
  const declared = findDeclaredTypeOrigin(expr, checker);
  if (declared !== undefined && declared.name === name && declared.origin !== undefined && isSameModule(declared.origin.module, module)) return true;
  const type = checker.getTypeAtLocation(expr);
  const symbol = type.aliasSymbol ?? type.getSymbol();
  if (symbol === undefined || symbol.getName() !== name) return false;
  return isModuleDeclarationFile(symbol.declarations?.[0]?.getSourceFile().fileName ?? '', module);
}

/** Whether a declaration file belongs to a package (its own typings or its DefinitelyTyped ones). */
export function isModuleDeclarationFile(fileName: string, module: string): boolean {
  const file = fileName.replace(/\\/g, '/');
  const bare = module.replace(/^node:/, '');
  return file.includes(`/node_modules/${bare}/`) || file.includes(`/node_modules/@types/${bare}/`);
}

/** The `kind: 'import'` match: the expression is the imported binding itself. */
function matchesImport(expr: ts.Expression, module: string, exportName: string, checker: ts.TypeChecker): boolean {
  const inner = skipOuter(expr);
  if (ts.isIdentifier(inner)) {
    const origin = findImportOrigin(inner, checker);
    return origin !== undefined && isSameModule(origin.module, module) && (origin.export === exportName || (exportName === 'default' && origin.export === '*'));
  }
  // `ns.track` for `import * as ns` and export `track`.
  if (ts.isPropertyAccessExpression(inner) && ts.isIdentifier(inner.expression) && exportName !== '*' && exportName !== 'default') {
    const origin = findImportOrigin(inner.expression, checker);
    return origin !== undefined && isSameModule(origin.module, module) && (origin.export === '*' || origin.export === 'default') && inner.name.text === exportName;
  }
  return false;
}

/**
 * Whether an expression is a receiver of the pattern. `derive` lists methods that return another
 * receiver of the same model (`logger.child()`), followed when resolving origins.
 */
export function matchesReceiver(expr: ts.Expression, pattern: ReceiverPattern, checker: ts.TypeChecker, derive: readonly string[] = [], depth = 0): boolean {
  const inner = skipOuter(expr);
  switch (pattern.kind) {
    case 'global': {
      const chain = getMemberChain(inner);
      if (chain !== undefined && chain.join('.') === pattern.path && chain[0] !== 'this') {
        let root: ts.Expression = inner;
        while (ts.isPropertyAccessExpression(root)) root = skipOuter(root.expression);
        const symbol = ts.isIdentifier(root) ? checker.getSymbolAtLocation(root) : undefined;
        // A global is not declared in the project (only in lib or @types declaration files).
        const declaration = symbol?.declarations?.[0];
        if (declaration === undefined || declaration.getSourceFile().isDeclarationFile) return true;
      }
      // An injected global (`fetch: typeof globalThis.fetch` as a parameter) is the same function.
      if (chain !== undefined && chain.length === 1 && !pattern.path.includes('.')) {
        const symbol = checker.getTypeAtLocation(inner).getSymbol();
        const declaration = symbol?.declarations?.[0];
        return symbol?.getName() === pattern.path && declaration !== undefined && declaration.getSourceFile().isDeclarationFile;
      }
      return false;
    }
    case 'import':
      return matchesImport(inner, pattern.module, pattern.export, checker);
    case 'property': {
      const chain = getMemberChain(inner);
      return chain !== undefined && chain.join('.') === pattern.path;
    }
    case 'type':
      return hasTypeFrom(inner, pattern.module, pattern.name, checker);
    case 'name': {
      const name = ts.isIdentifier(inner) ? inner.text : ts.isPropertyAccessExpression(inner) ? inner.name.text : undefined;
      return name !== undefined && cachedRegExp(pattern.pattern).test(name);
    }
    case 'factory': {
      if (depth > 4) return false;
      const origin = resolveOrigin(inner, checker);
      // `pinoHttp().logger`: a property read off the factory's result.
      if (pattern.path !== undefined && ts.isPropertyAccessExpression(origin) && origin.name.text === pattern.path.split('.').at(-1)) {
        const made = skipOuter(origin.expression);
        if ((ts.isCallExpression(made) || ts.isNewExpression(made)) && matchesImport(made.expression, pattern.module, pattern.export, checker)) return true;
      }
      if (!ts.isCallExpression(origin) && !ts.isNewExpression(origin)) return false;
      if (pattern.construct === true && !ts.isNewExpression(origin)) return false;
      const callee = skipOuter(origin.expression);
      if (pattern.path === undefined) {
        if (matchesImport(callee, pattern.module, pattern.export, checker)) return true;
      } else {
        const chain = getMemberChain(callee);
        const segments = pattern.path.split('.');
        if (chain !== undefined && chain.length > segments.length && chain.slice(-segments.length).join('.') === pattern.path) {
          let base: ts.Expression = callee;
          for (let i = 0; i < segments.length; i++) base = skipOuter((base as ts.PropertyAccessExpression).expression);
          if (matchesImport(base, pattern.module, pattern.export, checker)) return true;
        }
        // `import { createLogger } from 'winston'` for export `default`, path `createLogger`.
        if (segments.length === 1 && ts.isIdentifier(callee)) {
          const origin2 = findImportOrigin(callee, checker);
          if (origin2 !== undefined && isSameModule(origin2.module, pattern.module) && origin2.export === segments[0]) return true;
        }
      }
      // `logger.child({ … })` derives another receiver of the same model.
      if (ts.isCallExpression(origin) && ts.isPropertyAccessExpression(callee) && derive.includes(callee.name.text)) {
        return matchesReceiver(callee.expression, pattern, checker, derive, depth + 1);
      }
      return false;
    }
  }
}

const regexCache = new Map<string, RegExp>();

/** Regular expressions from model sources (case-insensitive unless told), compiled once. */
export function cachedRegExp(source: string, flags = 'i'): RegExp {
  const key = `${flags}/${source}`;
  let regex = regexCache.get(key);
  if (regex === undefined) {
    regex = new RegExp(source, flags);
    regexCache.set(key, regex);
  }
  return regex;
}
