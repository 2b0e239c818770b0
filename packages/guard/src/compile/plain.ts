import { quoteString } from './state.js';

/**
 * JSON text of a value the guard itself built (null-prototype objects, arrays, strings, finite
 * numbers, booleans, null). Never looks at prototypes, so a polluted `toJSON` cannot run.
 */
export function writePlain(value: unknown): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
      return quoteString(value);
    case 'number':
      return Number.isFinite(value) ? String(value) : 'null';
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object': {
      if (Array.isArray(value)) {
        let text = '[';
        for (let i = 0; i < value.length; i++) {
          const item: unknown = value[i];
          text += (i === 0 ? '' : ',') + (item === undefined ? 'null' : writePlain(item));
        }
        return `${text}]`;
      }
      let text = '{';
      let sep = '';
      const record = value as Record<string, unknown>;
      for (const key of Object.keys(record)) {
        const item = record[key];
        if (item === undefined) continue;
        text += `${sep}${quoteString(key)}:${writePlain(item)}`;
        sep = ',';
      }
      return `${text}}`;
    }
    default:
      return 'null';
  }
}
