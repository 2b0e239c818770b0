import type { SanitizerModel } from '../types.js';

/** Lengths and counts: `password.length`, `emails.size`, `prisma.user.count()`. */
export const lengthCount: SanitizerModel = {
  id: 'length-count',
  title: 'Lengths and counts',
  kind: 'conversion',
  properties: ['length', 'size', 'byteLength'],
  calls: [{ callee: 'count' }, { callee: 'countDocuments' }, { callee: 'estimatedDocumentCount' }],
  removes: 'all',
  notes: 'A length reveals at most how long the value is. `Number(x)`/`parseInt(x)` are not conversions: they keep a phone\'s digits.',
};
