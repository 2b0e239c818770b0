import type { SanitizerModel } from '../types.js';

/**
 * Mongoose projections: `.select('name email')` or `{ name: 1 }` keep only the named paths,
 * `.select('-password')` or `{ password: 0 }` remove only those; the same as a query's projection
 * argument (`User.findById(id, 'name email')`).
 */
export const mongooseSelect: SanitizerModel = {
  id: 'mongoose-select',
  title: 'Mongoose select and projection',
  kind: 'projection',
  mode: 'allowlist',
  calls: [{ callee: 'select' }],
  removes: 'all',
  notes:
    'A string of names is an allowlist, a string of `-name`s a denylist (policy point 7: a blacklist removes only what it names); `+name` asks back a path the schema deselects (`select: false`) and adds it to either. Object projections read `1`/`true` as keep and `0`/`false` as remove. Also the second argument of `find`, `findOne`, `findById`.',
};

/**
 * Query-builder methods that return the same documents (`.select('-password').lean()`): a
 * projection made earlier in the chain still holds after them. `populate` is not one: it adds
 * related documents. Safe on any receiver: none of them turns a value into another.
 */
export const QUERY_CHAIN_METHODS: readonly string[] = Object.freeze(['lean', 'exec', 'sort', 'limit', 'skip', 'where', 'orFail', 'session', 'hint', 'collation', 'comment', 'maxTimeMS', 'setOptions', 'allowDiskUse']);

/**
 * Mongoose's query-condition helpers (`User.find().where('age').gte(18)`): on a known query they
 * return it, but the same names elsewhere compare values (`id.equals(other)` is a boolean), so only
 * an engine that knows the receiver is a query passes documents through them.
 */
export const QUERY_CONDITION_METHODS: readonly string[] = Object.freeze(['equals', 'in', 'nin', 'gt', 'gte', 'lt', 'lte', 'ne', 'or', 'and']);
