/**
 * Wraps a function of one object (a model list, a settings object) so that its result is computed
 * once per object and kept as long as the object lives: the indexes the engine builds from core's
 * models are asked for on every file.
 */
export function memoizeByObject(compute) {
    const results = new WeakMap();
    return (key) => {
        let found = results.get(key);
        if (found === undefined) {
            found = { value: compute(key) };
            results.set(key, found);
        }
        return found.value;
    };
}
//# sourceMappingURL=memoize.js.map