import { createObjectNode } from './nodes.js';
import type { GuardNode, ObjectNodeFactory, ObjectNodeSpec } from './nodes.js';
import { FAIL, quoteString } from './state.js';

type Generated = (input: unknown, st: unknown) => unknown;
type Builder = (
  nodes: readonly GuardNode[],
  categories: readonly unknown[],
  FAIL_: symbol,
  hasOwn: (this: object, key: PropertyKey) => boolean,
  isArray: (value: unknown) => boolean,
  quote: (text: string) => string,
) => Generated;

/**
 * The opt-in code-generating backend: an object node's `json` becomes one straight-line function
 * with each declared key and its JSON prefix as literals and bare string/number/boolean fields
 * inlined. Only schema keys (written by the developer, quoted with JSON.stringify) reach the
 * source text; values never do. Returns undefined where `new Function` is blocked (strict CSP).
 */
export function createCodegenObjectFactory(): ObjectNodeFactory | undefined {
  try {
    // Probing once tells a CSP that forbids eval from one that allows it.
    new Function('return 1')();
  } catch {
    return undefined;
  }
  return (spec) => generateObjectNode(spec);
}

function generateObjectNode(spec: ObjectNodeSpec): GuardNode | undefined {
  // Refinements and catchall keys stay on the closures path: they are rare and not worth the code.
  if (spec.checks !== undefined || spec.rest !== undefined) return undefined;
  const fallback = createObjectNode(spec);
  const lines: string[] = [
    'return function json(input, st) {',
    "if (typeof input !== 'object' || input === null || isArray(input)) return st.fail();",
    'if (!st.enter(input)) return st.fail();',
    "var text = '{', sep = '', found = 0, v, r;",
  ];
  spec.fields.forEach((field, i) => {
    const key = JSON.stringify(field.key);
    const prefix = JSON.stringify(field.jsonKey);
    if (field.dropped !== undefined) {
      lines.push(`if (hasOwn.call(input, ${key})) { found++; st.report('sensitive-field', categories[${i}], ${key}); }`);
      return;
    }
    lines.push(`if (hasOwn.call(input, ${key})) { found++; st.at = ${key}; v = input[${key}]; st.at = undefined; } else { v = undefined; }`);
    switch (field.leaf) {
      case 'string':
        lines.push(
          `if (typeof v !== 'string') { st.leave(); return st.fail(${key}); }`,
          field.scan ? `if (!st.isClean(v)) { st.path.push(${key}); v = st.scanText(v); st.path.pop(); }` : '',
          `st.size += v.length + 2; text += sep + ${prefix} + quote(v); sep = ',';`,
        );
        break;
      case 'number':
        lines.push(
          `if (typeof v !== 'number' || !isFinite(v)) { st.leave(); return st.fail(${key}); }`,
          `text += sep + ${prefix} + v; sep = ',';`,
        );
        break;
      case 'boolean':
        lines.push(
          `if (typeof v !== 'boolean') { st.leave(); return st.fail(${key}); }`,
          `text += sep + ${prefix} + (v ? 'true' : 'false'); sep = ',';`,
        );
        break;
      default:
        lines.push(
          `st.path.push(${key}); r = nodes[${i}].json(v, st); st.path.pop();`,
          'if (r === FAIL_) { st.leave(); return FAIL_; }',
          `if (r !== undefined) { text += sep + ${prefix} + r; sep = ','; }`,
        );
    }
  });
  lines.push(
    'if (!st.grow(text.length)) { st.leave(); return st.fail(); }',
    'if (st.reportUnknown) {',
    '  var keys = Object.keys(input);',
    '  if (keys.length > st.limits.maxArrayLength) { st.leave(); return st.fail(); }',
    '  if (keys.length !== found) for (var k of keys) if (!declared.has(k)) st.reportUndeclared(declared, k);',
    '}',
    "st.leave(); return text + '}';",
    '};',
  );
  const body = lines.filter((line) => line !== '').join('\n');
  const build = new Function('declared', 'nodes', 'categories', 'FAIL_', 'hasOwn', 'isArray', 'quote', body) as (
    declared: ReadonlySet<string>,
    ...rest: Parameters<Builder>
  ) => Generated;
  const json = build(
    spec.declared,
    spec.fields.map((field) => field.node),
    spec.fields.map((field) => field.dropped),
    FAIL,
    Object.prototype.hasOwnProperty,
    Array.isArray,
    quoteString,
  );
  return { value: fallback.value, json: json as GuardNode['json'] };
}
