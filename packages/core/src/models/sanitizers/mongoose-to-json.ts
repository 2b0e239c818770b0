import type { SanitizerModel } from '../types.js';

/** A Mongoose `toJSON` transform that deletes paths: `res.json(doc)` and `JSON.stringify(doc)` send the document without them. */
export const mongooseToJson: SanitizerModel = {
  id: 'mongoose-to-json',
  title: 'Mongoose toJSON transform',
  kind: 'serializer-exclude',
  mode: 'denylist',
  calls: [{ module: 'mongoose', callee: 'Schema' }],
  optionKeys: ['toJSON'],
  removes: 'all',
  notes:
    "Declared as the schema option `toJSON: { transform(doc, ret) { delete ret.password; return ret; } }`, with `schema.set('toJSON', …)` or as a `toJSON` method: it runs only when a hydrated document is serialised. `.lean()` results and `toObject()` are plain objects and keep every path; logging a document with `util.inspect` does not call it either.",
};
