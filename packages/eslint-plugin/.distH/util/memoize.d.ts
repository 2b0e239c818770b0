/**
 * Wraps a function of one object (a model list, a settings object) so that its result is computed
 * once per object and kept as long as the object lives: the indexes the engine builds from core's
 * models are asked for on every file.
 */
export declare function memoizeByObject<K extends object, V>(compute: (key: K) => V): (key: K) => V;
//# sourceMappingURL=memoize.d.ts.map