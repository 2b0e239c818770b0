import type { SanitizerModel } from '../types.js';

/** A Mongoose schema path declared with `select: false`: queries leave it out unless asked with `+path`. */
export const mongooseSelectFalse: SanitizerModel = {
  id: 'mongoose-select-false',
  title: 'Mongoose schema path with select: false',
  kind: 'column-exclude',
  mode: 'denylist',
  calls: [{ module: 'mongoose', callee: 'Schema' }],
  optionKeys: ['select'],
  keepsAll: ['+'],
  removes: 'all',
  notes:
    '`new Schema({ password: { type: String, select: false } })`: `find`, `findOne`, `findById` and `populate` omit the path; `.select(\'+password\')` brings it back. A document made by `create()` or `new Model()` still holds it.',
};
