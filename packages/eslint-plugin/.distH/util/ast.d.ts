import { type TSESTree } from '@typescript-eslint/utils';
/** A function-like node: declarations, expressions, arrows. */
export type FunctionNode = TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression;
/** True for function declarations, function expressions and arrows. */
export declare function isFunctionNode(node: TSESTree.Node | null | undefined): node is FunctionNode;
/** Strips wrappers that do not change the value: `x!`, `x as T`, `x satisfies T`, `<T>x`, `(a?.b)`. */
export declare function unwrapExpression(node: TSESTree.Node): TSESTree.Node;
/** The static name of a member's property (`a.b`, `a['b']`), or null when it is computed. */
export declare function getPropertyName(node: TSESTree.MemberExpression): string | null;
/** The static name of an object key (`{ a: 1 }`, `{ 'a': 1 }`), or null when it is computed. */
export declare function getKeyName(property: TSESTree.Property | TSESTree.PropertyDefinition | TSESTree.MethodDefinition): string | null;
/**
 * A member chain as a dotted path when every step is static: `console.log`, `this.logger.info`,
 * `process.env.API_KEY`. Calls in the middle stop the path (null).
 */
export declare function getDottedPath(node: TSESTree.Node): string | null;
/** The last name of a callee: `f` for `f()`, `info` for `a.b.info()`. */
export declare function getCalleeName(callee: TSESTree.Node): string | null;
/**
 * The identifier (or `this`) a chain of members and calls starts from:
 * `res` for `res.status(404).json`, `this` for `this.logger.info`.
 */
export declare function getChainRoot(node: TSESTree.Node): TSESTree.Identifier | TSESTree.ThisExpression | null;
/**
 * The outermost call of a fluent chain a call belongs to: `res.status(404).json(x)` for the
 * inner `res.status(404)`. Findings are reported there, once per (category, sink).
 */
export declare function getChainTop(node: TSESTree.Node): TSESTree.Node;
/** The string value of a literal or an expression-free template, or null. */
export declare function getStaticString(node: TSESTree.Node | undefined): string | null;
/** The nearest enclosing function of a node (not the node itself). */
export declare function getEnclosingFunction(node: TSESTree.Node): FunctionNode | null;
/** The name of a decorator (`Get` for `@Get('/x')`, `UseGuards` for `@UseGuards(A)`). */
export declare function getDecoratorName(decorator: TSESTree.Decorator): string | null;
/** The arguments of a decorator call, or none for a bare decorator. */
export declare function getDecoratorArguments(decorator: TSESTree.Decorator): readonly TSESTree.CallExpressionArgument[];
//# sourceMappingURL=ast.d.ts.map