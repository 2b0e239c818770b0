// Precision audit of @leakwatch/core's name classifier and value detectors on real text nobody
// tuned them for: the packages installed in this repo's node_modules/.pnpm.
//
//   pnpm exec tsc -b packages/core && node scripts/audit-core-precision.mjs [--max-mb 150] [--top 150]
//        [--judged bench-out/judgements.json] [--misses 'passw|email|phone|ssn|iban|secret|token']
//
// Writes bench-out/names-<category>.txt (distinct identifiers by frequency, with a sample location)
// and bench-out/values-<detector>.txt (every match with ±30 characters of context, in a stable
// pseudo-random order, so the first hundred lines are a fair sample). With --judged it reads a
// reviewer's verdicts ({ names: { <category>: { <name>: true|false } }, values: { <detector>:
// { <key>: true|false } } }) and prints the share judged correct in each top-N, plus what is left
// to judge. With --misses it also writes bench-out/misses.txt: identifiers matching a pattern
// (case-insensitive) that classify as nothing, to look for false negatives. A tool for people, not a
// test: the verdicts are a human's, not a labelled benchmark.
import { lstatSync, mkdirSync, readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CATEGORY_IDS, VALUE_DETECTORS, createNameClassifier, findSensitiveValues } from '../packages/core/dist/index.js';

const root = resolve(import.meta.dirname, '..');
const { values: args } = parseArgs({
  options: {
    'max-mb': { type: 'string', default: '150' },
    'max-file-kb': { type: 'string', default: '1024' },
    top: { type: 'string', default: '150' },
    'value-sample': { type: 'string', default: '100' },
    judged: { type: 'string' },
    misses: { type: 'string' },
    out: { type: 'string', default: 'bench-out' },
  },
});
const maxBytes = Number(args['max-mb']) * 1024 * 1024;
const maxFileBytes = Number(args['max-file-kb']) * 1024;
const topN = Number(args.top);
const valueSample = Number(args['value-sample']);
const outDir = resolve(root, args.out);

// FNV-1a: a stable order that does not follow the alphabet, so a capped corpus spans all packages.
function hashString(text) {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

function listPackageDirs() {
  const store = join(root, 'node_modules/.pnpm');
  const dirs = [];
  for (const entry of readdirSync(store)) {
    const modules = join(store, entry, 'node_modules');
    if (!existsSync(modules)) continue;
    for (const name of readdirSync(modules)) {
      const names = name.startsWith('@') ? readdirSync(join(modules, name)).map((n) => `${name}/${n}`) : [name];
      for (const pkg of names) {
        const dir = join(modules, pkg);
        // pnpm links a package's dependencies beside it; only the real directory is that package.
        if (!lstatSync(dir).isSymbolicLink() && lstatSync(dir).isDirectory()) dirs.push(dir);
      }
    }
  }
  return dirs.sort((a, b) => hashString(a) - hashString(b) || (a < b ? -1 : 1));
}

function classifyFile(name) {
  if (name.endsWith('.d.ts') || name.endsWith('.d.mts') || name.endsWith('.d.cts')) return 'dts';
  if (/\.(?:c|m)?js$/.test(name)) return 'js';
  if (/\.md$/i.test(name)) return 'md';
  return undefined;
}

function* walkFiles(dir) {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const entry of entries) {
    if (entry.isSymbolicLink()) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules') yield* walkFiles(path);
    } else if (entry.isFile()) {
      const kind = classifyFile(entry.name);
      if (kind !== undefined) yield { path, kind };
    }
  }
}

const KEYWORDS = new Set(
  `break case catch class const continue debugger default delete do else export extends false finally for function
  if import in instanceof new null return super switch this throw true try typeof var void while with yield let static
  enum await implements package protected interface private public async of get set as from type declare readonly
  keyof infer is any unknown never string number boolean symbol object undefined abstract namespace module require`
    .split(/\s+/)
    .filter(Boolean),
);

function isIdentStart(c) {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 36;
}
function isIdentPart(c) {
  return isIdentStart(c) || (c >= 48 && c <= 57);
}

// Characters after which a `/` starts a regex literal rather than a division.
const REGEX_PRECEDERS = new Set('(,=:[!&|?{};+-*%<>~^'.split('').map((c) => c.charCodeAt(0)));

/**
 * A small JavaScript/TypeScript lexer: good enough to tell identifiers from comments and string
 * literals. Calls onIdent(name, line) and onString(text, line).
 */
function lexSource(text, onIdent, onString) {
  let line = 1;
  let lastSignificant = 59; // `;`: a regex may start a file
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      line++;
      i++;
      continue;
    }
    if (c === 32 || c === 9 || c === 13) {
      i++;
      continue;
    }
    if (c === 47 && text.charCodeAt(i + 1) === 47) {
      while (i < n && text.charCodeAt(i) !== 10) i++;
      continue;
    }
    if (c === 47 && text.charCodeAt(i + 1) === 42) {
      const end = text.indexOf('*/', i + 2);
      const stop = end === -1 ? n : end + 2;
      for (let k = i; k < stop; k++) if (text.charCodeAt(k) === 10) line++;
      i = stop;
      continue;
    }
    if (c === 39 || c === 34 || c === 96) {
      const startLine = line;
      let j = i + 1;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (d === 92) {
          j += 2;
          continue;
        }
        if (d === c) break;
        if (d === 10) {
          if (c !== 96) break;
          line++;
        }
        j++;
      }
      onString(text.slice(i + 1, Math.min(j, n)), startLine);
      i = j + 1;
      lastSignificant = c;
      continue;
    }
    if (c === 47 && REGEX_PRECEDERS.has(lastSignificant)) {
      let j = i + 1;
      let inClass = false;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (d === 10) break;
        if (d === 92) j++;
        else if (d === 91) inClass = true;
        else if (d === 93) inClass = false;
        else if (d === 47 && !inClass) break;
        j++;
      }
      i = j + 1;
      lastSignificant = 41;
      continue;
    }
    if (isIdentStart(c)) {
      let j = i + 1;
      while (j < n && isIdentPart(text.charCodeAt(j))) j++;
      const word = text.slice(i, j);
      if (!KEYWORDS.has(word)) onIdent(word, line);
      i = j;
      // After a keyword like `return`, a `/` starts a regex; after a name it divides.
      lastSignificant = KEYWORDS.has(word) && word !== 'this' ? 59 : 41;
      continue;
    }
    if (c >= 48 && c <= 57) {
      while (i < n && (isIdentPart(text.charCodeAt(i)) || text.charCodeAt(i) === 46)) i++;
      lastSignificant = 41;
      continue;
    }
    lastSignificant = c;
    i++;
  }
}

function lineAt(text, offset) {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

function oneLine(text) {
  return text.replace(/[\r\n\t]/g, ' ');
}

// --- collect -------------------------------------------------------------------------------------
const started = Date.now();
const classify = createNameClassifier({ cacheSize: 0 });
/** name → { count, packages: Set, sample } */
const identifiers = new Map();
/** detector → [{ key, line }] */
const valueMatches = new Map(VALUE_DETECTORS.map((d) => [d.id, []]));
const stats = { packages: 0, files: 0, bytes: 0, skippedLarge: 0, strings: 0, mdFiles: 0 };

function recordValues(text, relPath, baseLine) {
  for (const match of findSensitiveValues(text)) {
    const line = baseLine + lineAt(text, match.start) - 1;
    const before = oneLine(text.slice(Math.max(0, match.start - 30), match.start));
    const value = oneLine(text.slice(match.start, match.end));
    const after = oneLine(text.slice(match.end, match.end + 30));
    const key = `${relPath}:${line}:${hashString(value).toString(36)}`;
    valueMatches.get(match.detector).push({ key, text: `${before}[[${value}]]${after}`, order: hashString(key) });
  }
}

const packageDirs = listPackageDirs();
outer: for (const dir of packageDirs) {
  stats.packages++;
  const pkgRel = relative(join(root, 'node_modules/.pnpm'), dir);
  for (const { path, kind } of walkFiles(dir)) {
    let size;
    try {
      size = lstatSync(path).size;
    } catch {
      continue;
    }
    if (size > maxFileBytes) {
      stats.skippedLarge++;
      continue;
    }
    if (stats.bytes + size > maxBytes) break outer;
    stats.bytes += size;
    stats.files++;
    const text = readFileSync(path, 'utf8');
    const relPath = relative(join(root, 'node_modules/.pnpm'), path);
    if (kind === 'md') {
      stats.mdFiles++;
      recordValues(text, relPath, 1);
      continue;
    }
    lexSource(
      text,
      (name, line) => {
        let entry = identifiers.get(name);
        if (entry === undefined) {
          entry = { count: 0, packages: new Set(), sample: `${relPath}:${line}` };
          identifiers.set(name, entry);
        }
        entry.count++;
        entry.packages.add(pkgRel);
      },
      (literal, line) => {
        if (kind !== 'js' || literal.length < 6) return;
        stats.strings++;
        recordValues(literal, relPath, line);
      },
    );
  }
}

// --- classify and write --------------------------------------------------------------------------
mkdirSync(outDir, { recursive: true });
const byCategory = new Map(CATEGORY_IDS.map((id) => [id, []]));
const missPattern = args.misses ? new RegExp(args.misses, 'i') : undefined;
const misses = [];
for (const [name, entry] of identifiers) {
  const category = classify(name);
  if (category !== null) byCategory.get(category).push({ name, ...entry, packageCount: entry.packages.size });
  else if (missPattern?.test(name)) misses.push({ name, ...entry, packageCount: entry.packages.size });
}
if (missPattern) {
  misses.sort((a, b) => b.packageCount - a.packageCount || b.count - a.count || (a.name < b.name ? -1 : 1));
  writeFileSync(
    join(outDir, 'misses.txt'),
    `# identifiers matching /${args.misses}/i that classify as nothing: ${misses.length}; columns: packages, occurrences, name, first location\n` +
      misses.map((e) => `${String(e.packageCount).padStart(5)} ${String(e.count).padStart(7)}  ${e.name}  ${e.sample}`).join('\n') +
      '\n',
  );
}
const judged = args.judged ? JSON.parse(readFileSync(resolve(root, args.judged), 'utf8')) : undefined;
const summary = [];
const unjudged = [];

function describeJudgement(verdicts, keys) {
  if (!verdicts) return '';
  let right = 0;
  let total = 0;
  for (const key of keys) {
    if (verdicts[key] === undefined) unjudged.push(key);
    else {
      total++;
      if (verdicts[key]) right++;
    }
  }
  return total === 0 ? '  judged: none' : `  judged correct: ${right}/${total} (${((100 * right) / total).toFixed(1)}%)`;
}

for (const [category, list] of byCategory) {
  // Rank by how many packages use a name, then by raw count: one generated file should not dominate.
  list.sort((a, b) => b.packageCount - a.packageCount || b.count - a.count || (a.name < b.name ? -1 : 1));
  const lines = list.map((e) => `${String(e.packageCount).padStart(5)} ${String(e.count).padStart(7)}  ${e.name}  ${e.sample}`);
  writeFileSync(
    join(outDir, `names-${category}.txt`),
    `# ${category}: ${list.length} distinct identifiers; columns: packages, occurrences, name, first location\n${lines.join('\n')}\n`,
  );
  const top = list.slice(0, topN).map((e) => e.name);
  summary.push(`names ${category.padEnd(15)} ${String(list.length).padStart(6)} distinct${describeJudgement(judged?.names?.[category], top)}`);
}

for (const [detector, matches] of valueMatches) {
  matches.sort((a, b) => a.order - b.order || (a.key < b.key ? -1 : 1));
  writeFileSync(
    join(outDir, `values-${detector}.txt`),
    `# ${detector}: ${matches.length} matches, in a stable pseudo-random order; columns: key, context with [[match]]\n` +
      matches.map((m) => `${m.key}\t${m.text}`).join('\n') +
      '\n',
  );
  const sample = matches.slice(0, valueSample).map((m) => m.key);
  summary.push(`values ${detector.padEnd(16)} ${String(matches.length).padStart(6)} matches${describeJudgement(judged?.values?.[detector], sample)}`);
}

if (judged) writeFileSync(join(outDir, 'unjudged.txt'), `${unjudged.join('\n')}\n`);
console.log(
  `corpus: ${stats.packages} packages, ${stats.files} files (${stats.mdFiles} markdown), ${(stats.bytes / 1048576).toFixed(1)} MB, ` +
    `${stats.skippedLarge} files over ${args['max-file-kb']} kB skipped; ${identifiers.size} distinct identifiers, ${stats.strings} string literals`,
);
console.log(summary.join('\n'));
if (judged) console.log(`${unjudged.length} entries in the top ${topN} names / first ${valueSample} values are unjudged: ${args.out}/unjudged.txt`);
console.log(`written to ${relative(root, outDir)}/ in ${((Date.now() - started) / 1000).toFixed(1)} s`);
