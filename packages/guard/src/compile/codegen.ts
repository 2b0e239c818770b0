import { createObjectNode } from './nodes.js';
import type { ArrayNodeFactory, CompiledField, GuardNode, ObjectNodeFactory, ObjectNodeSpec } from './nodes.js';
import { FAIL, createUndeclaredReporter, quoteString, writeNumber } from './state.js';
import type { RunState } from './state.js';

type Generated = (input: unknown, st: unknown) => unknown;
type Builder = (
  nodes: readonly GuardNode[],
  categories: readonly unknown[],
  FAIL_: symbol,
  hasOwn: (this: object, key: PropertyKey) => boolean,
  isArray: (value: unknown) => boolean,
  quote: (text: string) => string,
) => Generated;

/** The code-generating backend's factories. */
export interface CodegenFactories {
  readonly object: ObjectNodeFactory;
  readonly array: ArrayNodeFactory;
}

/**
 * The opt-in code-generating backend: an object node's `json` becomes one straight-line function
 * with each declared key and its JSON prefix as literals and bare string/number/boolean fields
 * inlined, and each array node gets its own loop, so every property read and call site in the
 * walk sees one schema's shapes (closures shared by all schemas of a process go megamorphic).
 * Only schema keys (written by the developer, quoted with JSON.stringify) reach the source text;
 * values never do. Returns undefined where `new Function` is blocked (strict CSP).
 */
export function createCodegenFactories(): CodegenFactories | undefined {
  try {
    // Probing once tells a CSP that forbids eval from one that allows it.
    new Function('return 1')();
  } catch {
    return undefined;
  }
  return { object: (spec) => generateObjectNode(spec), array: generateArrayNode };
}

const ARRAY_JSON = [
  'return function json(input, st) {',
  'if (!isArray(input)) return st.fail();',
  'if (!st.enter(input)) return st.fail();',
  'var length = input.length;',
  'if (length > st.limits.maxArrayLength) { st.leave(); return st.fail(); }',
  "var text = '[', first = true, at, value, result;",
  'try {',
  '  for (var i = 0; i < length; i++) {',
  '    at = i; value = hasOwn.call(input, i) ? input[i] : undefined; at = undefined;',
  '    st.path.push(i); result = element.json(value, st); st.path.pop();',
  '    if (result === FAIL_) { st.leave(); return FAIL_; }',
  "    if (result !== undefined) text += first ? result : ',' + result;",
  "    else if (value === undefined) text += first ? 'null' : ',null';",
  '    else continue;',
  '    first = false;',
  '  }',
  '} catch (error) { if (at !== undefined) st.at = at; throw error; }',
  "st.leave(); return st.grow(length + 2) ? text + ']' : st.fail();",
  '};',
].join('\n');

/** The array loop of createArrayNode, compiled once per array node (the text is fixed; only the closure differs). */
function generateArrayNode(element: GuardNode, fallback: GuardNode): GuardNode {
  const build = new Function('element', 'FAIL_', 'hasOwn', 'isArray', ARRAY_JSON) as (
    element: GuardNode,
    FAIL_: symbol,
    hasOwn: (this: object, key: PropertyKey) => boolean,
    isArray: (value: unknown) => boolean,
  ) => GuardNode['json'];
  return { value: fallback.value, json: build(element, FAIL, Object.prototype.hasOwnProperty, Array.isArray) };
}

/** What the generated code knows about the separator before the next field. */
type SepState = 'none' | 'comma' | 'dynamic';

function generateObjectNode(spec: ObjectNodeSpec): GuardNode | undefined {
  // Refinements and catchall keys stay on the closures path: they are rare and not worth the code.
  if (spec.checks !== undefined || spec.rest !== undefined) return undefined;
  const fallback = createObjectNode(spec);
  const lines: string[] = [
    'return function json(input, st) {',
    "if (typeof input !== 'object' || input === null || isArray(input)) return st.fail();",
    'if (!st.enter(input)) return st.fail();',
    "var text = '{', sep = '', found = 0, v, r, at;",
    // The key being read lives in a local; only a throwing getter or Proxy trap publishes it.
    'try {',
  ];
  // Required leaves always emit, so after one the separator is known to be a comma: most fields
  // then append one literal (`,"name":`) instead of a separator and a key.
  let sepState: SepState = 'none';
  const emit = (field: CompiledField, value: string): string => {
    if (sepState === 'comma') return `text += ${JSON.stringify(field.nextJsonKey)} + ${value};`;
    // An optional leaf may emit nothing, so after it the separator is only known at run time.
    if (field.optional) return `text += sep + ${JSON.stringify(field.jsonKey)} + ${value}; sep = ',';`;
    if (sepState === 'none') return `text = ${JSON.stringify(`{${field.jsonKey}`)} + ${value};`;
    return `text += sep + ${JSON.stringify(field.jsonKey)} + ${value};`;
  };
  spec.fields.forEach((field, i) => {
    const key = JSON.stringify(field.key);
    if (field.dropped !== undefined) {
      lines.push(`if (hasOwn.call(input, ${key})) { found++; st.report('sensitive-field', categories[${i}], ${key}); }`);
      return;
    }
    lines.push(`if (hasOwn.call(input, ${key})) { found++; at = ${key}; v = input[${key}]; at = undefined; } else { v = undefined; }`);
    if (field.optional) lines.push('if (v !== undefined) {');
    switch (field.leaf) {
      case 'string':
        lines.push(
          `if (typeof v !== 'string') { st.leave(); return st.fail(${key}); }`,
          field.scan
            ? `r = st.cleanJson(v); if (r === undefined) { st.path.push(${key}); v = st.redactText(v); st.path.pop(); r = quote(v); }`
            : 'r = quote(v);',
          `st.size += v.length + 2;`,
          emit(field, 'r'),
        );
        break;
      case 'number':
        lines.push(`if (typeof v !== 'number' || !isFinite(v)) { st.leave(); return st.fail(${key}); }`, emit(field, 'num(v)'));
        break;
      case 'boolean':
        lines.push(`if (typeof v !== 'boolean') { st.leave(); return st.fail(${key}); }`, emit(field, "(v ? 'true' : 'false')"));
        break;
      default:
        lines.push(`st.path.push(${key}); r = nodes[${i}].json(v, st); st.path.pop();`, 'if (r === FAIL_) { st.leave(); return FAIL_; }');
        if (sepState === 'comma') {
          lines.push(`if (r !== undefined) text += ${JSON.stringify(field.nextJsonKey)} + r;`);
        } else {
          lines.push(`if (r !== undefined) { text += sep + ${JSON.stringify(field.jsonKey)} + r; sep = ','; }`);
          sepState = 'dynamic';
        }
        return;
    }
    if (field.optional) {
      lines.push('}');
      if (sepState !== 'comma') sepState = 'dynamic';
      return;
    }
    if (sepState === 'dynamic') lines.push("sep = ',';");
    sepState = 'comma';
  });
  lines.push(
    'if (!st.grow(text.length)) { st.leave(); return st.fail(); }',
    'if (st.reportUnknown) {',
    '  var keys = Object.keys(input);',
    '  if (keys.length > st.limits.maxArrayLength) { st.leave(); return st.fail(); }',
    '  if (keys.length !== found) reportUndeclared(keys, st);',
    '}',
    "st.leave(); return text + '}';",
    '} catch (error) { if (at !== undefined) st.at = at; throw error; }',
    '};',
  );
  const body = lines.filter((line) => line !== '').join('\n');
  const build = new Function('reportUndeclared', 'num', 'nodes', 'categories', 'FAIL_', 'hasOwn', 'isArray', 'quote', body) as (
    reportUndeclared: (keys: readonly string[], st: RunState) => void,
    num: (value: number) => string,
    ...rest: Parameters<Builder>
  ) => Generated;
  const json = build(
    createUndeclaredReporter(spec.declared),
    writeNumber,
    spec.fields.map((field) => field.node),
    spec.fields.map((field) => field.dropped),
    FAIL,
    Object.prototype.hasOwnProperty,
    Array.isArray,
    quoteString,
  );
  return { value: fallback.value, json: json as GuardNode['json'] };
}
