import { ts } from 'ts-morph';
import type { SourceLocation, TraceStep, TraceStepKind } from '@leakwatch/core';
import { formatExpression } from '@leakwatch/core';

/** A function-like node whose body the engine evaluates. */
export type FunctionNode =
  | ts.FunctionDeclaration
  | ts.FunctionExpression
  | ts.ArrowFunction
  | ts.MethodDeclaration
  | ts.ConstructorDeclaration
  | ts.GetAccessorDeclaration
  | ts.SetAccessorDeclaration;

/** Whether a node is a function the engine can evaluate (it has a body). */
export function isFunctionNode(node: ts.Node): node is FunctionNode {
  // One switch on the kind: asked of nearly every node the engine climbs through.
  switch (node.kind) {
    case ts.SyntaxKind.FunctionDeclaration:
    case ts.SyntaxKind.FunctionExpression:
    case ts.SyntaxKind.ArrowFunction:
    case ts.SyntaxKind.MethodDeclaration:
    case ts.SyntaxKind.Constructor:
    case ts.SyntaxKind.GetAccessor:
    case ts.SyntaxKind.SetAccessor:
      return (node as ts.FunctionLikeDeclaration).body !== undefined;
    default:
      return false;
  }
}

/** The expressions a function returns: its expression body, or its `return`s outside nested functions. */
export function getReturnedExpressions(fn: FunctionNode): ts.Expression[] {
  const body = fn.body;
  if (body === undefined) return [];
  if (!ts.isBlock(body)) return [body];
  const returned: ts.Expression[] = [];
  const visit = (node: ts.Node): void => {
    if (isFunctionNode(node)) return;
    if (ts.isReturnStatement(node) && node.expression !== undefined) returned.push(node.expression);
    ts.forEachChild(node, visit);
  };
  ts.forEachChild(body, visit);
  return returned;
}

/** The nearest enclosing function or the source file. */
export function findContainer(node: ts.Node): FunctionNode | ts.SourceFile {
  let current: ts.Node | undefined = node.parent;
  while (current !== undefined) {
    if (isFunctionNode(current) || ts.isSourceFile(current)) return current;
    current = current.parent;
  }
  return node.getSourceFile();
}

/** Strips parentheses, type assertions, `!` and `satisfies` around an expression. */
export function skipOuter(expr: ts.Expression): ts.Expression {
  let current = expr;
  for (;;) {
    switch (current.kind) {
      case ts.SyntaxKind.ParenthesizedExpression:
      case ts.SyntaxKind.AsExpression:
      case ts.SyntaxKind.NonNullExpression:
      case ts.SyntaxKind.SatisfiesExpression:
      case ts.SyntaxKind.TypeAssertionExpression:
        current = (current as ts.ParenthesizedExpression | ts.AsExpression | ts.NonNullExpression | ts.SatisfiesExpression | ts.TypeAssertion).expression;
        break;
      default:
        return current;
    }
  }
}

/** The name of a property, binding or member when it is static. */
export function getStaticName(name: ts.PropertyName | ts.BindingName | ts.MemberName | undefined): string | undefined {
  if (name === undefined) return undefined;
  if (ts.isIdentifier(name) || ts.isPrivateIdentifier(name)) return name.text;
  if (ts.isStringLiteral(name) || ts.isNumericLiteral(name) || ts.isNoSubstitutionTemplateLiteral(name)) return name.text;
  if (ts.isComputedPropertyName(name)) {
    const inner = skipOuter(name.expression);
    if (ts.isStringLiteralLike(inner)) return inner.text;
  }
  return undefined;
}

/** `a.b.c` as `['a', 'b', 'c']` (`this` included), or undefined when a segment is not static. */
export function getMemberChain(expr: ts.Expression): string[] | undefined {
  const parts: string[] = [];
  let current = skipOuter(expr);
  for (;;) {
    if (ts.isPropertyAccessExpression(current)) {
      parts.unshift(current.name.text);
      current = skipOuter(current.expression);
    } else if (ts.isElementAccessExpression(current) && ts.isStringLiteralLike(current.argumentExpression)) {
      parts.unshift(current.argumentExpression.text);
      current = skipOuter(current.expression);
    } else if (ts.isIdentifier(current)) {
      parts.unshift(current.text);
      return parts;
    } else if (current.kind === ts.SyntaxKind.ThisKeyword) {
      parts.unshift('this');
      return parts;
    } else {
      return undefined;
    }
  }
}

/** The innermost object of a member or call chain: `res` in `res.status(404).json(x)`. */
export function getChainRoot(expr: ts.Expression): ts.Expression {
  let current = skipOuter(expr);
  for (;;) {
    if (ts.isPropertyAccessExpression(current) || ts.isElementAccessExpression(current)) current = skipOuter(current.expression);
    else if (ts.isCallExpression(current)) current = skipOuter(current.expression);
    else return current;
  }
}

/** Relative file path of a node's source file, forward slashes. */
export type RelativePath = (sourceFile: ts.SourceFile) => string;

/** Builds locations and trace steps for nodes. */
export class Locator {
  private readonly cache = new Map<ts.SourceFile, string>();

  constructor(private readonly relativePath: (fileName: string) => string) {}

  /** The file path of a source file relative to the root. */
  fileOf(sourceFile: ts.SourceFile): string {
    let file = this.cache.get(sourceFile);
    if (file === undefined) {
      file = this.relativePath(sourceFile.fileName);
      this.cache.set(sourceFile, file);
    }
    return file;
  }

  /** 1-based location of a node's start. */
  locate(node: ts.Node): SourceLocation {
    const sourceFile = node.getSourceFile();
    const start = node.getStart(sourceFile);
    const { line, character } = sourceFile.getLineAndCharacterOfPosition(start);
    return { file: this.fileOf(sourceFile), line: line + 1, column: character + 1 };
  }

  private readonly steps = new WeakMap<ts.Node, Map<TraceStepKind, TraceStep>>();

  /** A trace step at a node, made once per node and kind (traces share them). */
  step(kind: TraceStepKind, node: ts.Node, note?: string | (() => string)): TraceStep {
    let byKind = this.steps.get(node);
    if (byKind === undefined) {
      byKind = new Map();
      this.steps.set(node, byKind);
    }
    let step = byKind.get(kind);
    if (step === undefined) {
      const expression = formatExpression(node.getText(node.getSourceFile()));
      const text = typeof note === 'function' ? note() : note;
      step = text === undefined ? { kind, location: this.locate(node), expression } : { kind, location: this.locate(node), expression, note: text };
      byKind.set(kind, step);
    }
    return step;
  }
}

/** A readable name of a function for traces and fingerprints: `UsersController.findOne`. */
export function describeFunction(node: ts.Node): string {
  const parts: string[] = [];
  let current: ts.Node | undefined = node;
  while (current !== undefined && !ts.isSourceFile(current)) {
    let name: string | undefined;
    if (ts.isFunctionDeclaration(current) || ts.isMethodDeclaration(current) || ts.isClassDeclaration(current) || ts.isGetAccessorDeclaration(current) || ts.isSetAccessorDeclaration(current)) {
      name = current.name === undefined ? undefined : getStaticName(current.name);
    } else if (ts.isConstructorDeclaration(current)) {
      name = 'constructor';
    } else if ((ts.isArrowFunction(current) || ts.isFunctionExpression(current)) && current.parent !== undefined) {
      const parent = current.parent;
      if (ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name)) name = parent.name.text;
      else if (ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent)) name = getStaticName(parent.name);
    }
    if (name !== undefined) parts.unshift(name);
    current = current.parent;
  }
  return parts.join('.');
}

/** The class a node sits in (what `this` is), if any. */
export function findEnclosingClass(node: ts.Node): ts.ClassLikeDeclaration | undefined {
  for (let current = node.parent; current !== undefined; current = current.parent) if (ts.isClassLike(current)) return current;
  return undefined;
}
