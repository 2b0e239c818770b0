import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

/** A function-like node: declarations, expressions, arrows. */
export type FunctionNode = TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression;

/** True for function declarations, function expressions and arrows. */
export function isFunctionNode(node: TSESTree.Node | null | undefined): node is FunctionNode {
  return (
    node?.type === AST_NODE_TYPES.FunctionDeclaration ||
    node?.type === AST_NODE_TYPES.FunctionExpression ||
    node?.type === AST_NODE_TYPES.ArrowFunctionExpression
  );
}

/** Strips wrappers that do not change the value: `x!`, `x as T`, `x satisfies T`, `<T>x`, `(a?.b)`. */
export function unwrapExpression(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  for (;;) {
    switch (current.type) {
      case AST_NODE_TYPES.TSNonNullExpression:
      case AST_NODE_TYPES.TSAsExpression:
      case AST_NODE_TYPES.TSSatisfiesExpression:
      case AST_NODE_TYPES.TSTypeAssertion:
      case AST_NODE_TYPES.ChainExpression:
        current = current.expression;
        break;
      case AST_NODE_TYPES.AwaitExpression:
        current = current.argument;
        break;
      default:
        return current;
    }
  }
}

/** The static name of a member's property (`a.b`, `a['b']`), or null when it is computed. */
export function getPropertyName(node: TSESTree.MemberExpression): string | null {
  if (!node.computed && node.property.type === AST_NODE_TYPES.Identifier) return node.property.name;
  if (node.property.type === AST_NODE_TYPES.Literal && typeof node.property.value === 'string') return node.property.value;
  if (node.property.type === AST_NODE_TYPES.TemplateLiteral && node.property.expressions.length === 0) {
    return node.property.quasis[0]?.value.cooked ?? null;
  }
  return null;
}

/** The static name of an object key (`{ a: 1 }`, `{ 'a': 1 }`), or null when it is computed. */
export function getKeyName(property: TSESTree.Property | TSESTree.PropertyDefinition | TSESTree.MethodDefinition): string | null {
  const key = property.key;
  if (!property.computed && key.type === AST_NODE_TYPES.Identifier) return key.name;
  if (key.type === AST_NODE_TYPES.Literal && (typeof key.value === 'string' || typeof key.value === 'number')) return String(key.value);
  if (key.type === AST_NODE_TYPES.PrivateIdentifier) return key.name;
  return null;
}

/**
 * A member chain as a dotted path when every step is static: `console.log`, `this.logger.info`,
 * `process.env.API_KEY`. Calls in the middle stop the path (null).
 */
export function getDottedPath(node: TSESTree.Node): string | null {
  const current = node.type === AST_NODE_TYPES.ChainExpression ? node.expression : node;
  if (current.type === AST_NODE_TYPES.Identifier) return current.name;
  if (current.type === AST_NODE_TYPES.ThisExpression) return 'this';
  if (current.type === AST_NODE_TYPES.MemberExpression) {
    const name = getPropertyName(current);
    if (name === null) return null;
    const object = getDottedPath(current.object);
    return object === null ? null : `${object}.${name}`;
  }
  return null;
}

/** The last name of a callee: `f` for `f()`, `info` for `a.b.info()`. */
export function getCalleeName(callee: TSESTree.Node): string | null {
  const current = callee.type === AST_NODE_TYPES.ChainExpression ? callee.expression : callee;
  if (current.type === AST_NODE_TYPES.Identifier) return current.name;
  if (current.type === AST_NODE_TYPES.MemberExpression) return getPropertyName(current);
  return null;
}

/**
 * The identifier (or `this`) a chain of members and calls starts from:
 * `res` for `res.status(404).json`, `this` for `this.logger.info`.
 */
export function getChainRoot(node: TSESTree.Node): TSESTree.Identifier | TSESTree.ThisExpression | null {
  let current: TSESTree.Node = node;
  for (;;) {
    switch (current.type) {
      case AST_NODE_TYPES.Identifier:
      case AST_NODE_TYPES.ThisExpression:
        return current;
      case AST_NODE_TYPES.MemberExpression:
        current = current.object;
        break;
      case AST_NODE_TYPES.CallExpression:
        current = current.callee;
        break;
      case AST_NODE_TYPES.ChainExpression:
      case AST_NODE_TYPES.TSNonNullExpression:
      case AST_NODE_TYPES.TSAsExpression:
        current = current.expression;
        break;
      default:
        return null;
    }
  }
}

/**
 * The outermost call of a fluent chain a call belongs to: `res.status(404).json(x)` for the
 * inner `res.status(404)`. Findings are reported there, once per (category, sink).
 */
export function getChainTop(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  for (;;) {
    const parent = current.parent;
    if (parent?.type === AST_NODE_TYPES.MemberExpression && parent.object === current) {
      const grand = parent.parent;
      if (grand?.type === AST_NODE_TYPES.CallExpression && grand.callee === parent) {
        current = grand;
        continue;
      }
    }
    if (parent?.type === AST_NODE_TYPES.ChainExpression || parent?.type === AST_NODE_TYPES.AwaitExpression) {
      current = parent;
      continue;
    }
    return current;
  }
}

/** The string value of a literal or an expression-free template, or null. */
export function getStaticString(node: TSESTree.Node | undefined): string | null {
  if (!node) return null;
  if (node.type === AST_NODE_TYPES.Literal && typeof node.value === 'string') return node.value;
  if (node.type === AST_NODE_TYPES.TemplateLiteral && node.expressions.length === 0) return node.quasis[0]?.value.cooked ?? null;
  return null;
}

/** The nearest enclosing function of a node (not the node itself). */
export function getEnclosingFunction(node: TSESTree.Node): FunctionNode | null {
  let current = node.parent;
  while (current) {
    if (isFunctionNode(current)) return current;
    current = current.parent;
  }
  return null;
}

/** The name of a decorator (`Get` for `@Get('/x')`, `UseGuards` for `@UseGuards(A)`). */
export function getDecoratorName(decorator: TSESTree.Decorator): string | null {
  const expression = decorator.expression;
  if (expression.type === AST_NODE_TYPES.CallExpression) return getCalleeName(expression.callee);
  return getCalleeName(expression);
}

/** The arguments of a decorator call, or none for a bare decorator. */
export function getDecoratorArguments(decorator: TSESTree.Decorator): readonly TSESTree.CallExpressionArgument[] {
  return decorator.expression.type === AST_NODE_TYPES.CallExpression ? decorator.expression.arguments : [];
}

/** Calls `visit` on each child node under the parser's visitor keys, without an array per child (these walks run per response). */
export function forEachChildNode(node: TSESTree.Node, visitorKeys: TSESLint.SourceCode.VisitorKeys, visit: (child: TSESTree.Node) => void): void {
  for (const key of visitorKeys[node.type] ?? []) {
    const child = (node as unknown as Record<string, unknown>)[key];
    if (Array.isArray(child)) {
      for (const item of child) if (item && typeof (item as TSESTree.Node).type === 'string') visit(item as TSESTree.Node);
    } else if (child && typeof (child as TSESTree.Node).type === 'string') visit(child as TSESTree.Node);
  }
}
