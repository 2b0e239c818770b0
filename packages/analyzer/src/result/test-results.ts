// Hand-made ScanResults for reporter, merge and CLI tests: realistic shapes (several files,
// cross-file traces, routes, diagnostics) built the way the engine builds them.
import { createFingerprint, findRuleFor, getCategory } from '@leakwatch/core';
import type { CategoryId, Severity, SinkId, TraceStep } from '@leakwatch/core';
import { SCAN_RESULT_SCHEMA_VERSION } from './scan-result.js';
import type { Diagnostic, Finding, RouteInfo, ScanResult } from './scan-result.js';
import { sortScanResult } from './sort.js';
import { recountStats } from './stats.js';

/** Fake sensitive values that appear in the sample sources; no output may ever contain one. */
export const SENSITIVE_LITERALS = [
  'Hunter2-example!',
  'jane.doe@example.com',
  '+1 202-555-0147',
  '4111 1111 1111 1111',
  'AKIAEXAMPLEEXAMPLE00',
] as const;

/** The sample project's files, by root-relative path. Line numbers below point into these. */
export const SAMPLE_SOURCES: Readonly<Record<string, string>> = {
  'src/users/users.repository.ts': [
    "import type { User } from './user.entity.js';",
    '',
    "const SEED_USER = { email: 'jane.doe@example.com', phone: '+1 202-555-0147' };",
    '',
    'export class UsersRepository {',
    '  async findById(id: string): Promise<User | null> {',
    '    return this.db.user.findUnique({ where: { id } });',
    '  }',
    '}',
  ].join('\n'),
  'src/users/users.service.ts': [
    "import { UsersRepository } from './users.repository.js';",
    '',
    'export class UsersService {',
    '  constructor(private readonly users: UsersRepository) {}',
    '',
    '  findOne(id: string) {',
    '    return this.users.findById(id);',
    '  }',
    '}',
  ].join('\n'),
  'src/users/users.controller.ts': [
    "import { Controller, Get, Param, UseGuards } from '@nestjs/common';",
    "import { AuthGuard } from '../auth/auth.guard.js';",
    "import { UsersService } from './users.service.js';",
    '',
    "@Controller('users')",
    '@UseGuards(AuthGuard)',
    'export class UsersController {',
    '  constructor(private readonly usersService: UsersService) {}',
    '',
    "  @Get(':id')",
    "  async findOne(@Param('id') id: string) {",
    '    const user = await this.usersService.findOne(id);',
    '    return user;',
    '  }',
    '}',
  ].join('\n'),
  'src/auth/login.ts': [
    "import { logger } from '../lib/logger.js';",
    "import { audit } from '../lib/audit.js';",
    '',
    "const DEMO_PASSWORD = 'Hunter2-example!'; const DEMO_KEY = `AKIAEXAMPLEEXAMPLE00`;",
    '',
    'export async function login(req: Request, res: Response) {',
    "  logger.info({ body: req.body }, 'login attempt');",
    '  const account = await accounts.findByEmail(req.body.email);',
    "  if (!account) return res.status(401).json({ error: 'invalid credentials' });",
    "  if (account.locked) return res.status(423).json({ error: 'account locked' });",
    "  audit('login', { email: req.body.email, password: req.body.password });",
    '  return res.json({ token: issueToken(account) });',
    '}',
  ].join('\n'),
  'src/lib/audit.ts': [
    "import { logger } from './logger.js';",
    '',
    'export function audit(event: string, fields: Record<string, unknown>) {',
    "  logger.info({ event, ...fields }, 'audit');",
    '}',
  ].join('\n'),
  'src/billing/checkout.ts': [
    "import { track } from '../analytics/track.js';",
    '',
    'export async function checkout(req: AuthedRequest, res: Response) {',
    '  const user = req.user;',
    "  const testCard = '4111 1111 1111 1111';",
    "  track('checkout', { email: user.email, amount: req.body.amount });",
    '  res.json({ ok: true });',
    '}',
  ].join('\n'),
  'src/dev/seed.ts': [
    "import { createUser } from '../users/create.js';",
    "const user = await createUser({ phone: '+1 202-555-0147' });",
    "console.log('seeded', user.phone);",
  ].join('\n'),
};

function step(kind: TraceStep['kind'], file: string, line: number, column: number, expression: string, note?: string): TraceStep {
  return { kind, location: { file, line, column }, expression, ...(note === undefined ? {} : { note }) };
}

interface FindingSpec {
  readonly category: CategoryId;
  readonly sink: SinkId;
  readonly severity: Severity;
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly scope: string;
  readonly sinkExpression: string;
  readonly sourceExpression: string;
  readonly trace: readonly TraceStep[];
}

/** Builds a finding the way the engine does: rule from the catalog, message without values. */
export function createTestFinding(spec: FindingSpec): Finding {
  const ruleId = findRuleFor(spec.category, spec.sink);
  return {
    ruleId,
    category: spec.category,
    sink: spec.sink,
    severity: spec.severity,
    message: `${getCategory(spec.category).title} (${spec.sourceExpression}) reaches the ${spec.sink} sink in ${spec.sinkExpression}`,
    location: { file: spec.file, line: spec.line, column: spec.column },
    trace: spec.trace,
    fingerprint: createFingerprint({
      ruleId,
      category: spec.category,
      sink: spec.sink,
      file: spec.file,
      scope: spec.scope,
      sinkExpression: spec.sinkExpression,
    }),
  };
}

const repo = 'src/users/users.repository.ts';
const service = 'src/users/users.service.ts';
const controller = 'src/users/users.controller.ts';
const userTrace: TraceStep[] = [
  step('source', repo, 7, 12, 'this.db.user.findUnique({ where: { id } })', 'User entity'),
  step('return', service, 7, 5, 'this.users.findById(id)', 'returned by UsersService.findOne'),
  step('assignment', controller, 12, 11, 'user', 'awaited from this.usersService.findOne(id)'),
  step('sink', controller, 13, 5, 'return user', 'returned by the handler of GET /users/:id'),
];

const userFindings = (['credential', 'phone', 'contact'] as const).map((category) =>
  createTestFinding({
    category,
    sink: 'response',
    severity: category === 'credential' ? 'high' : 'medium',
    file: controller,
    line: 13,
    column: 5,
    scope: 'UsersController.findOne',
    sinkExpression: 'return user',
    sourceExpression: category === 'credential' ? 'user.passwordHash' : category === 'phone' ? 'user.phone' : 'user.email',
    trace: userTrace,
  }),
);

const login = 'src/auth/login.ts';
const loginFindings: Finding[] = [
  createTestFinding({
    category: 'credential',
    sink: 'log',
    severity: 'high',
    file: login,
    line: 7,
    column: 3,
    scope: 'login',
    sinkExpression: "logger.info({ body: req.body }, '…')",
    sourceExpression: 'req.body.password',
    trace: [step('source', login, 7, 24, 'req.body', 'login request body'), step('sink', login, 7, 3, "logger.info({ body: req.body }, '…')")],
  }),
  createTestFinding({
    category: 'contact',
    sink: 'log',
    severity: 'medium',
    file: login,
    line: 7,
    column: 3,
    scope: 'login',
    sinkExpression: "logger.info({ body: req.body }, '…')",
    sourceExpression: 'req.body.email',
    trace: [step('source', login, 7, 24, 'req.body', 'login request body'), step('sink', login, 7, 3, "logger.info({ body: req.body }, '…')")],
  }),
  createTestFinding({
    category: 'account-status',
    sink: 'response',
    severity: 'high',
    file: login,
    line: 10,
    column: 22,
    scope: 'login',
    sinkExpression: 'res.status(423)',
    sourceExpression: 'account.locked',
    trace: [
      step('source', login, 10, 7, 'account.locked', 'branch on account state'),
      step('sink', login, 10, 22, 'res.status(423)', 'status differs from the unknown-account branch (401)'),
    ],
  }),
  createTestFinding({
    category: 'credential',
    sink: 'log',
    severity: 'high',
    file: login,
    line: 11,
    column: 3,
    scope: 'login',
    sinkExpression: "audit('…', { email: req.body.email, password: req.body.password })",
    sourceExpression: 'req.body.password',
    trace: [
      step('source', login, 11, 61, 'req.body.password'),
      step('argument', login, 11, 19, '{ email: req.body.email, password: req.body.password }', 'passed to audit() as fields'),
      step('wrapper', 'src/lib/audit.ts', 3, 38, 'fields', 'audit() forwards fields to the logger'),
      step('sink', 'src/lib/audit.ts', 4, 3, "logger.info({ event, ...fields }, '…')"),
    ],
  }),
];

const checkoutFinding = createTestFinding({
  category: 'contact',
  sink: 'third-party',
  severity: 'high',
  file: 'src/billing/checkout.ts',
  line: 6,
  column: 3,
  scope: 'checkout',
  sinkExpression: "track('…', { email: user.email, amount: req.body.amount })",
  sourceExpression: 'user.email',
  trace: [
    step('source', 'src/billing/checkout.ts', 6, 30, 'user.email'),
    step('sink', 'src/billing/checkout.ts', 6, 3, "track('…', { email: user.email, amount: req.body.amount })", 'analytics'),
  ],
});

const seedFinding = createTestFinding({
  category: 'phone',
  sink: 'log',
  severity: 'low',
  file: 'src/dev/seed.ts',
  line: 3,
  column: 1,
  scope: '',
  sinkExpression: "console.log('…', user.phone)",
  sourceExpression: 'user.phone',
  trace: [step('source', 'src/dev/seed.ts', 3, 23, 'user.phone'), step('sink', 'src/dev/seed.ts', 3, 1, "console.log('…', user.phone)")],
});

const sampleRoutes: RouteInfo[] = [
  {
    method: 'GET',
    path: '/users/:id',
    framework: 'nestjs',
    file: controller,
    line: 10,
    handler: 'UsersController.findOne',
    authenticated: true,
    ownerScoped: false,
    returns: ['credential', 'phone', 'contact'],
    logs: [],
    sendsToThirdParties: [],
  },
  {
    method: 'POST',
    path: '/login',
    framework: 'express',
    file: login,
    line: 6,
    handler: 'login',
    authenticated: false,
    ownerScoped: false,
    returns: ['account-status'],
    logs: ['credential', 'contact'],
    sendsToThirdParties: [],
  },
  {
    method: 'GET',
    path: '/me',
    framework: 'express',
    file: 'src/users/me.ts',
    line: 4,
    authenticated: true,
    ownerScoped: true,
    returns: ['contact', 'phone'],
    logs: [],
    sendsToThirdParties: [],
  },
  {
    method: 'POST',
    path: '/checkout',
    framework: 'express',
    file: 'src/billing/checkout.ts',
    line: 3,
    handler: 'checkout',
    authenticated: true,
    ownerScoped: false,
    returns: [],
    logs: [],
    sendsToThirdParties: ['contact'],
  },
];

const sampleDiagnostics: Diagnostic[] = [
  { code: 'parse-error', severity: 'error', message: "')' expected.", file: 'src/legacy/broken.ts', line: 3 },
  { code: 'binary-file', severity: 'warning', message: 'binary file skipped', file: 'src/assets/logo.png.ts' },
  { code: 'tsconfig-error', severity: 'warning', message: "tsconfig.json extends './missing.json', which does not exist" },
];

/** A realistic result: 9 findings in 5 files (NestJS DI chain, wrapper, oracle, analytics, dev log), 4 routes, 3 diagnostics. */
export function createSampleResult(overrides: Partial<ScanResult> = {}): ScanResult {
  const base: ScanResult = {
    schemaVersion: SCAN_RESULT_SCHEMA_VERSION,
    tool: { name: 'leakwatch', version: '0.0.0', informationUri: 'https://github.com/leakwatch/leakwatch' },
    typescriptVersion: '6.0.2',
    root: '/work/example-app',
    findings: [...userFindings, ...loginFindings, checkoutFinding, seedFinding],
    routes: sampleRoutes,
    diagnostics: sampleDiagnostics,
    stats: {
      projects: 1,
      files: 12,
      linesOfCode: 420,
      functions: 31,
      routes: 0,
      findings: 0,
      suppressed: 0,
      baselined: 0,
      durationMs: 812,
      bySeverity: { low: 0, medium: 0, high: 0 },
    },
  };
  return recountStats(sortScanResult({ ...base, ...overrides }));
}

/** A larger deterministic result (`files` files, 0–3 findings and maybe a route each) for shard and merge tests. */
export function createSyntheticResult(files: number): ScanResult {
  const findings: Finding[] = [];
  const routes: RouteInfo[] = [];
  const diagnostics: Diagnostic[] = [{ code: 'tsconfig-error', severity: 'warning', message: 'no tsconfig.json: default options' }];
  const categories = ['credential', 'phone', 'contact', 'financial'] as const;
  for (let f = 0; f < files; f++) {
    const file = `src/module-${f % 7}/file-${f}.ts`;
    for (let k = 0; k < f % 4; k++) {
      const category = categories[(f + k) % categories.length] ?? 'credential';
      findings.push(
        createTestFinding({
          category,
          sink: k === 2 ? 'third-party' : 'log',
          severity: category === 'credential' || k === 2 ? 'high' : 'medium',
          file,
          line: 10 + k * 5,
          column: 3,
          scope: `handler${f}`,
          sinkExpression: `logger.info(record${k})`,
          sourceExpression: `record${k}.value`,
          trace: [step('source', file, 9 + k * 5, 9, `record${k}`), step('sink', file, 10 + k * 5, 3, `logger.info(record${k})`)],
        }),
      );
    }
    if (f % 3 === 0) {
      routes.push({
        method: 'GET',
        path: `/things/${f}`,
        framework: 'express',
        file,
        line: 2,
        authenticated: f % 2 === 0,
        ownerScoped: false,
        returns: [],
        logs: f % 4 === 0 ? [] : ['contact'],
        sendsToThirdParties: [],
      });
    }
    if (f % 11 === 5) diagnostics.push({ code: 'parse-error', severity: 'error', message: "';' expected.", file, line: 40 });
  }
  return createSampleResult({
    root: '/work/synthetic',
    findings,
    routes,
    diagnostics,
    stats: { ...createSampleResult().stats, files, linesOfCode: files * 60, functions: files * 4 },
  });
}
