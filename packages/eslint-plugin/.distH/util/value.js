/** The value that carries nothing. */
export const EMPTY = { cats: new Map() };
/** True when the value carries no category, no field and no parameter. */
export function isEmptyValue(value) {
    return value.cats.size === 0 && (value.fields === undefined || value.fields.size === 0) && (value.params === undefined || value.params.size === 0);
}
/** A value carrying one category from one source expression. */
export function createSourceValue(category, origin) {
    return { cats: new Map([[category, origin]]) };
}
/** Unites two values: categories, fields and parameter dependencies of both. */
export function mergeValues(a, b) {
    if (isEmptyValue(a))
        return b;
    if (isEmptyValue(b))
        return a;
    // Values are immutable: when `b` adds nothing to a shape-less `a`, `a` is the union (no copies).
    if (a.fields === undefined && b.fields === undefined && coversCategories(a, b) && coversParams(a, b))
        return a;
    const cats = new Map(a.cats);
    for (const [category, origin] of b.cats)
        if (!cats.has(category))
            cats.set(category, origin);
    let fields;
    if (a.fields || b.fields) {
        fields = new Map(a.fields);
        for (const [key, value] of b.fields ?? []) {
            const existing = fields.get(key);
            fields.set(key, existing ? mergeValues(existing, value) : value);
        }
    }
    let params;
    if (a.params || b.params)
        params = new Set([...(a.params ?? []), ...(b.params ?? [])]);
    return { cats, ...(fields ? { fields } : {}), ...(params ? { params } : {}) };
}
function coversCategories(a, b) {
    for (const category of b.cats.keys())
        if (!a.cats.has(category))
            return false;
    return true;
}
function coversParams(a, b) {
    if (b.params === undefined)
        return true;
    if (a.params === undefined)
        return false;
    for (const key of b.params)
        if (!a.params.has(key))
            return false;
    return true;
}
/** Unites many values. */
export function mergeAll(values) {
    let result = EMPTY;
    for (const value of values)
        result = mergeValues(result, value);
    return result;
}
/**
 * Forgets the object shape: a template literal, a concatenation or `JSON.stringify` carries every
 * category of every field as one opaque string.
 */
export function flattenValue(value) {
    if (!value.fields || value.fields.size === 0)
        return value.fields ? { cats: value.cats, ...(value.params ? { params: value.params } : {}) } : value;
    let result = { cats: value.cats, ...(value.params ? { params: value.params } : {}) };
    for (const field of value.fields.values())
        result = mergeValues(result, flattenValue(field));
    return result;
}
/** Every category the value carries, its fields included, with the first origin of each. */
export function collectCategories(value) {
    return new Map(flattenValue(value).cats);
}
/**
 * `collectCategories(value).get(category)` without building the map: the value's own origin,
 * else the first field's in order, which is the origin `flattenValue` keeps.
 */
export function findCategory(value, category) {
    const own = value.cats.get(category);
    if (own !== undefined || value.fields === undefined)
        return own;
    for (const field of value.fields.values()) {
        const found = findCategory(field, category);
        if (found !== undefined)
            return found;
    }
    return undefined;
}
/** `collectCategories(value).size > 0` without building the map. */
export function hasCategories(value) {
    if (value.cats.size > 0)
        return true;
    if (value.fields !== undefined)
        for (const field of value.fields.values())
            if (hasCategories(field))
                return true;
    return false;
}
/** Drops categories (a sanitizer or a conversion removed them). */
export function removeCategories(value, removes) {
    if (removes === 'all')
        return value.params ? { cats: new Map(), params: value.params } : EMPTY;
    const flat = flattenValue(value);
    const cats = new Map(flat.cats);
    for (const category of removes)
        cats.delete(category);
    return { cats, ...(flat.params ? { params: flat.params } : {}) };
}
/** Keeps only the given categories of a value (and its parameter dependencies). */
export function keepCategories(value, keeps) {
    const flat = flattenValue(value);
    const cats = new Map([...flat.cats].filter(([category]) => keeps.has(category)));
    return { cats, ...(flat.params ? { params: flat.params } : {}) };
}
/** Keeps only the parameter dependencies of one function (for its summary). */
export function selectParams(value, functionId) {
    const prefix = `${functionId}:`;
    const result = [];
    for (const key of value.params ?? [])
        if (key.startsWith(prefix))
            result.push(Number(key.slice(prefix.length)));
    return result;
}
/** The same value without its parameter dependencies. */
export function withoutParams(value) {
    if (!value.params)
        return value;
    const fields = value.fields ? new Map([...value.fields].map(([key, field]) => [key, withoutParams(field)])) : undefined;
    return { cats: value.cats, ...(fields ? { fields } : {}) };
}
/** Collects every parameter dependency, fields included. */
export function collectParams(value) {
    const result = new Set(value.params ?? []);
    for (const field of value.fields?.values() ?? [])
        for (const key of collectParams(field))
            result.add(key);
    return result;
}
//# sourceMappingURL=value.js.map