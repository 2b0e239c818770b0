import type { SanitizerModel } from '../types.js';

/** `JSON.stringify(value, ['id', 'name'])`: an array replacer keeps only the listed keys. */
export const jsonStringifyReplacer: SanitizerModel = {
  id: 'json-stringify-replacer',
  title: 'JSON.stringify with a replacer array',
  kind: 'projection',
  mode: 'allowlist',
  calls: [{ callee: 'JSON.stringify' }],
  removes: 'all',
  notes: 'Only when argument 1 is an array of key names (at every depth); a function replacer or `null` keeps everything.',
};
