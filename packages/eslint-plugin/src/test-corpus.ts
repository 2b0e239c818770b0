// A deterministic corpus of valid, varied TypeScript, JavaScript and TSX for the robustness test:
// decorators, JSX, generators, loops, computed keys, odd call shapes, recursion, very long files.

/** One generated source file. */
export interface CorpusFile {
  readonly filename: string;
  readonly code: string;
}

// mulberry32: a tiny seeded generator, so every run lints the same corpus.
function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIELDS = ['email', 'password', 'phone', 'ssn', 'iban', 'dateOfBirth', 'id', 'name', 'status', 'locked', 'token', 'ip', 'hasPassword', 'orderStatus'];

type Snippet = (i: number, field: string) => string;

// Valid in both TypeScript and JavaScript.
const SHARED: Snippet[] = [
  (i, f) => `app.post('/r${i}', async (req, res) => {\n  const { ${f}, ...rest${i} } = req.body;\n  logger.info({ ${f} }, 'seen');\n  if (rest${i}.locked) return res.status(423).json({ error: 'locked' });\n  res.json(rest${i});\n});`,
  (i, f) => `function* gen${i}(items) {\n  for (const item of items) yield item.${f};\n  yield* items;\n}\nfor (const value of gen${i}(rows)) console.log(value);`,
  (i, f) => `async function stream${i}(source) {\n  for await (const chunk of source) { process.stdout.write(chunk.${f}); }\n  for (const key in source) { console.log(key); }\n}`,
  (i, f) => `const computed${i} = { [key${i}]: user.${f}, [\`k\${${i}}\`]: 1, ['${f}']: row.${f}, ...spread${i} };\nlogger.warn(computed${i}[key${i}], computed${i}['${f}']);`,
  (i, f) => `(0, logger.info)(user.${f});\nlogger?.info?.(user.${f});\nconsole['log'](user.${f});\nfn${i}()()(user.${f});\nnew (getClass${i}())(user.${f});`,
  (i, f) => `const tagged${i} = sql\`select * from users where ${f} = \${user.${f}}\`;\nawait import('./mod${i}.js');\n(() => { console.log(user.${f}); })();\n(function named() { return named; })();`,
  (i, f) => `function rec${i}(x) { return x ? rec${i}(x.next) : x.${f}; }\nfunction a${i}(x) { return b${i}(x); }\nfunction b${i}(x) { return a${i}(x); }\nlet p${i} = q${i}; let q${i} = p${i}; p${i} = q${i};\nconsole.log(rec${i}(user), a${i}(user), p${i});`,
  (i, f) => `const self${i} = { get me() { return self${i}; }, value: user.${f} };\nself${i}.me.me.value;\nres.json(self${i});`,
  (i, f) => `label${i}: for (let j = 0; j < 3; j++) { if (j) continue label${i}; else break label${i}; }\nswitch (user.${f}) { case 'a': console.log(1); break; default: console.log(user.${f}); }\ntry { throw new Error(user.${f}); } catch { /* ignored */ } finally { logger.debug('done'); }`,
  (i, f) => `router.get('/u${i}', requireAuth, (req, res) => res.status(200).send({ ...req.user, ${f}: req.user.${f} }));\nrouter.route('/v${i}').get((req, res) => res['json'](req.query.${f}));`,
  (i, f) => `const mapped${i} = rows.map(({ ${f}: value = 'x', ...others }) => ({ value, others })).filter(Boolean).find((r) => r.value);\nconsole.table(mapped${i});\nrows.forEach(function (row, index, all) { debug(row.${f}, index, all.length); });`,
  (i, f) => `class Service${i} extends Base {\n  #secret = user.${f};\n  static { console.log(Service${i}.name); }\n  get value() { return this.#secret; }\n  set value(v) { this.#secret = v; }\n  run() { super.run(this.#secret); this.logger.log(this.value); return this.#secret; }\n}`,
  (i, f) => `export async function handler${i}(req, res) {\n  const data = await fetch(\`https://api.example.com/\${req.query.${f}}\`, { method: 'POST', body: JSON.stringify({ ${f}: req.body.${f} }) });\n  return res.status(data.status).json(await data.json());\n}`,
  (i, f) => `const x${i} = cond ? user.${f} : other?.${f} ?? 'n/a';\nconst y${i} = [x${i}, ...list, , user.${f}];\nconst [first${i}, , third${i} = x${i}, ...tail${i}] = y${i};\nanalytics.track({ event: 'e', properties: { first${i}, third${i}, tail${i} } });`,
  (i, f) => `Sentry.withScope((scope) => { scope.setUser({ ${f}: user.${f} }); Sentry.captureException(err${i}); });\nposthog.capture({ distinctId: user.id, properties: { ${f}: user.${f} } });\nawait axios.post(webhookUrl${i}, { ${f}: user.${f} });`,
  (i, f) => `let counter${i} = 0;\ncounter${i} += user.${f};\ncounter${i}++;\nvoid counter${i};\ndelete cache${i}[user.${f}];\ntypeof user.${f} === 'string' && console.log(!user.${f}, user.${f} instanceof Object, '${f}' in user);`,
];

// TypeScript only: decorators, types, enums, namespaces, overloads.
const TYPESCRIPT: Snippet[] = [
  (i, f) => `@Controller('c${i}')\nexport class C${i}Controller {\n  constructor(private readonly service: Service, @Inject(TOKEN) public readonly logger: Logger) {}\n  @Get(':id')\n  @UseGuards(AuthGuard('jwt'))\n  async find(@Param('id') id: string, @Body() body: Dto): Promise<unknown> {\n    this.logger.log(body.${f});\n    if (body.locked) throw new ForbiddenException(\`locked \${body.${f}}\`);\n    return { ${f}: body.${f} } satisfies object;\n  }\n  @Post() @HttpCode(204) create(@Res() res: Response) { res.json(this.service.get()!.${f} as string); }\n}`,
  (i, f) => `enum E${i} { A = 1, B = A << 1, C = '${f}'.length }\nnamespace N${i} { export const v = E${i}.B; }\ndeclare module 'mod${i}' { export const z: number; }\ntype T${i}<X> = X extends { ${f}: infer V } ? V : never;\ninterface I${i} { ${f}: string; nested: { inner: T${i}<{ ${f}: number }> } }`,
  (i, f) => `function over${i}(a: string): string;\nfunction over${i}(a: number): number;\nfunction over${i}(a: unknown): unknown { return a; }\nconst typed${i} = <T,>(v: T): T => v;\nconsole.log(over${i}(user.${f} as string), typed${i}<string>(user.${f}!));`,
  (i, f) => `abstract class A${i}<T extends { ${f}?: string }> {\n  protected abstract load(): Promise<T>;\n  declare readonly kind: 'a';\n  async log(): Promise<void> { const v = await this.load(); logger.info(v?.${f}); }\n}\nexport const accessor${i} = { accessor: 1 } as const;`,
];

// TSX only.
const TSX: Snippet[] = [
  (i, f) => `export function Card${i}({ user }: { user: { ${f}: string } }) {\n  console.log(user.${f});\n  return <div className="card" data-x={user.${f}}>{user.${f}}<span>{[1, 2].map((n) => <b key={n}>{n}</b>)}</span><>{null}</></div>;\n}`,
  (i, f) => `export const List${i} = () => <ul>{rows.map((row) => <li key={row.id} onClick={() => logger.info(row.${f})}>{row.name}</li>)}</ul>;`,
];

function assemble(snippets: readonly Snippet[], count: number, random: () => number, offset: number): string {
  const parts: string[] = ["import express from 'express';", "import pino from 'pino';", 'const app = express();', 'const router = express.Router();', 'const logger = pino();'];
  for (let index = 0; index < count; index++) {
    const snippet = snippets[Math.floor(random() * snippets.length)]!;
    const field = FIELDS[Math.floor(random() * FIELDS.length)]!;
    parts.push(snippet(offset + index, field));
  }
  return `${parts.join('\n\n')}\n`;
}

/** The robustness corpus: many small files of each language and one very long TypeScript file. */
export function createRobustnessCorpus(seed = 20261127): CorpusFile[] {
  const random = createRandom(seed);
  const files: CorpusFile[] = [];
  for (let n = 0; n < 12; n++) {
    files.push({ filename: `src/ts/file-${n}.ts`, code: assemble([...SHARED, ...TYPESCRIPT], 60, random, n * 1000) });
    files.push({ filename: `src/js/file-${n}.js`, code: assemble(SHARED, 60, random, n * 1000 + 500) });
    files.push({ filename: `src/tsx/file-${n}.tsx`, code: assemble([...SHARED, ...TYPESCRIPT, ...TSX], 20, random, n * 1000 + 800) });
  }
  files.push({ filename: 'src/long/very-long.ts', code: assemble([...SHARED, ...TYPESCRIPT], 2500, random, 100_000) });
  return files;
}
