import type { Knowledge } from './knowledge.js';
/**
 * The knowledge for a lint run, from core's models and the shared `settings.leakwatch` (core's
 * config shape, validated by core's `parseConfig`: an invalid setting is a `ConfigError` naming
 * the key). Cached per settings object, so every file of a run shares one classifier and its cache.
 */
export declare function getKnowledge(settings: Readonly<Record<string, unknown>>): Knowledge;
//# sourceMappingURL=settings.d.ts.map