import type { TSESTree } from '@typescript-eslint/utils';
import type { CategoryId } from '@leakwatch/core';
/** Where a category entered a value: the source expression, as code text. */
export interface Origin {
    /** Source code of the expression that carries the category (`account.phone.countryCode`). */
    readonly expression: string;
    readonly node: TSESTree.Node;
    /** Known only from the value's declared type (a whole record whose type has sensitive fields). */
    readonly fromType?: boolean;
    /** A credential created in this handler and handed to the caller (policy point 1). */
    readonly issued?: boolean;
}
/**
 * What the flow engine knows about one expression: the categories it carries as a whole, the
 * fields of a known object shape, and which parameters of the enclosing functions it depends
 * on (symbolic, so a local function gets one summary instead of being re-walked per call).
 */
export interface Value {
    readonly cats: ReadonlyMap<CategoryId, Origin>;
    readonly fields?: ReadonlyMap<string, Value>;
    /** Keys `<functionId>:<parameterIndex>` of the parameters this value flows from. */
    readonly params?: ReadonlySet<string>;
    /**
     * A query projection the record went through (`.select('-password')`, TypeORM `select`): its
     * declared type says more than it holds, so the type adds only what the projection keeps.
     */
    readonly projection?: {
        readonly mode: 'allowlist' | 'denylist';
        readonly keys: ReadonlySet<string>;
    };
}
/** The value that carries nothing. */
export declare const EMPTY: Value;
/** True when the value carries no category, no field and no parameter. */
export declare function isEmptyValue(value: Value): boolean;
/** A value carrying one category from one source expression. */
export declare function createSourceValue(category: CategoryId, origin: Origin): Value;
/** Unites two values: categories, fields and parameter dependencies of both. */
export declare function mergeValues(a: Value, b: Value): Value;
/** Unites many values. */
export declare function mergeAll(values: Iterable<Value>): Value;
/**
 * Forgets the object shape: a template literal, a concatenation or `JSON.stringify` carries every
 * category of every field as one opaque string.
 */
export declare function flattenValue(value: Value): Value;
/** Every category the value carries, its fields included, with the first origin of each. */
export declare function collectCategories(value: Value): Map<CategoryId, Origin>;
/**
 * `collectCategories(value).get(category)` without building the map: the value's own origin,
 * else the first field's in order, which is the origin `flattenValue` keeps.
 */
export declare function findCategory(value: Value, category: CategoryId): Origin | undefined;
/** `collectCategories(value).size > 0` without building the map. */
export declare function hasCategories(value: Value): boolean;
/** Drops categories (a sanitizer or a conversion removed them). */
export declare function removeCategories(value: Value, removes: readonly CategoryId[] | 'all'): Value;
/** Keeps only the given categories of a value (and its parameter dependencies). */
export declare function keepCategories(value: Value, keeps: ReadonlySet<CategoryId>): Value;
/** Keeps only the parameter dependencies of one function (for its summary). */
export declare function selectParams(value: Value, functionId: number): number[];
/** The same value without its parameter dependencies. */
export declare function withoutParams(value: Value): Value;
/** Collects every parameter dependency, fields included. */
export declare function collectParams(value: Value): Set<string>;
//# sourceMappingURL=value.d.ts.map