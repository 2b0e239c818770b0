import { DEFAULT_AUTH_MODEL } from '../models/auth.js';
import { DERIVATIONS } from '../models/derivations.js';
import { DESTINATION_MODEL } from '../models/destinations.js';
import { HTTP_CLIENT_MODELS } from '../models/http-clients/index.js';
import { LOGGER_MODELS } from '../models/loggers/index.js';
import { RESPONSE_MODELS } from '../models/responses/index.js';
import { SANITIZERS } from '../models/sanitizers/index.js';
import { THIRD_PARTY_MODELS } from '../models/third-party/index.js';
import type {
  AuthModel,
  CallSinkModel,
  DerivationModel,
  DestinationModel,
  HttpClientModel,
  ReceiverPattern,
  ResponseModel,
  SanitizerModel,
} from '../models/types.js';
import type { RuleId } from '../rules/catalog.js';
import type { CategoryId, Severity, SinkId } from '../taxonomy/ids.js';
import type { CustomSinkConfig, LeakwatchConfig } from './schema.js';

/** The models an engine applies: the built-in data plus what the config adds. */
export interface ResolvedModels {
  readonly loggers: readonly CallSinkModel[];
  readonly thirdParty: readonly CallSinkModel[];
  readonly httpClients: readonly HttpClientModel[];
  readonly responses: readonly ResponseModel[];
  readonly sanitizers: readonly SanitizerModel[];
  readonly derivations: readonly DerivationModel[];
  readonly auth: AuthModel;
  readonly destinations: DestinationModel;
}

// Level methods a configured logger gets; `''` too, because the user named the receiver explicitly.
const CONFIG_LOGGER_METHODS = ['', 'trace', 'debug', 'info', 'notice', 'warn', 'warning', 'error', 'fatal', 'critical', 'log', 'verbose', 'write'];

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// `audit` → a name; `this.audit` / `ctx.logger` → a property path.
function createReceiverForPath(path: string): ReceiverPattern {
  return path.includes('.') ? { kind: 'property', path } : { kind: 'name', pattern: `^${escapeRegex(path)}$` };
}

// `audit.write` → receiver `audit`, method `write`; `track` → the function itself; `this.events.emit` → `this.events` + `emit`.
function splitCallee(callee: string): { receiverPath: string; method: string } {
  const segments = callee.split('.');
  const receiverLength = segments[0] === 'this' ? Math.min(2, segments.length) : 1;
  return { receiverPath: segments.slice(0, receiverLength).join('.'), method: segments.slice(receiverLength).join('.') };
}

function createCustomSinkModel(entry: CustomSinkConfig, index: number): CallSinkModel {
  const { receiverPath, method } = splitCallee(entry.callee);
  const receiver: ReceiverPattern =
    entry.module === undefined
      ? createReceiverForPath(receiverPath)
      : { kind: 'import', module: entry.module, export: entry.export ?? receiverPath };
  return {
    id: `config-sink-${index}`,
    title: entry.callee,
    sink: entry.sink,
    modules: entry.module === undefined ? [] : [entry.module],
    receivers: [receiver],
    methods: [method],
    ...(entry.args === undefined ? {} : { args: entry.args }),
  };
}

function createCustomSanitizers(config: LeakwatchConfig): SanitizerModel[] {
  return config.sanitizers.map((entry, index) => {
    const spec = typeof entry === 'string' ? { callee: entry } : entry;
    return {
      id: `config-sanitizer-${index}`,
      title: spec.callee,
      kind: 'redact',
      calls: [spec.module === undefined ? { callee: spec.callee } : { module: spec.module, callee: spec.callee }],
      removes: spec.removes ?? 'all',
      notes: 'Declared in the leakwatch config.',
    };
  });
}

function mergeList(base: readonly string[] | undefined, extra: readonly string[] | undefined): readonly string[] {
  return [...new Set([...(base ?? []), ...(extra ?? [])])];
}

/**
 * The effective models for a parsed config: every built-in model, then the config's loggers,
 * sinks and sanitizers, with its authentication markers merged into the default auth model.
 * Both engines call this, so a config means the same thing in the editor and in CI.
 */
export function resolveModels(config: LeakwatchConfig): ResolvedModels {
  const customSinks = config.sinks.map(createCustomSinkModel);
  const configLoggers: CallSinkModel[] =
    config.loggers.length === 0
      ? []
      : [
          {
            id: 'config-loggers',
            title: config.loggers.join(', '),
            sink: 'log',
            modules: [],
            receivers: config.loggers.map(createReceiverForPath),
            methods: CONFIG_LOGGER_METHODS,
            derive: ['child'],
            notes: 'Declared in the leakwatch config.',
          },
        ];
  const auth = config.auth;
  return {
    // Config loggers go before the conventional fallback so that an engine stopping at the first match prefers them.
    loggers: [...LOGGER_MODELS.filter((m) => m.id !== 'conventional'), ...configLoggers, ...customSinks.filter((m) => m.sink === 'log'), ...LOGGER_MODELS.filter((m) => m.id === 'conventional')],
    thirdParty: [...THIRD_PARTY_MODELS, ...customSinks.filter((m) => m.sink === 'third-party')],
    httpClients: HTTP_CLIENT_MODELS,
    responses: RESPONSE_MODELS,
    sanitizers: [...SANITIZERS, ...createCustomSanitizers(config)],
    derivations: DERIVATIONS,
    auth: {
      ...DEFAULT_AUTH_MODEL,
      middleware: mergeList(DEFAULT_AUTH_MODEL.middleware, auth.middleware),
      decorators: mergeList(DEFAULT_AUTH_MODEL.decorators, auth.decorators),
      publicDecorators: mergeList(DEFAULT_AUTH_MODEL.publicDecorators, auth.publicDecorators),
      guards: mergeList(DEFAULT_AUTH_MODEL.guards, auth.guards),
      sessionPaths: mergeList(DEFAULT_AUTH_MODEL.sessionPaths, auth.sessionPaths),
      ownerPaths: mergeList(DEFAULT_AUTH_MODEL.ownerPaths, auth.ownerPaths),
      ownerKeyPaths: mergeList(DEFAULT_AUTH_MODEL.ownerKeyPaths, auth.ownerKeyPaths),
    },
    destinations: DESTINATION_MODEL,
  };
}

/** Whether a rule runs under this config (every rule does unless set to `off`). */
export function isRuleEnabled(config: LeakwatchConfig, ruleId: RuleId): boolean {
  return config.rules[ruleId] !== 'off';
}

/**
 * The severity the config imposes on a finding, or undefined to keep the engine's policy default.
 * A category×sink entry wins over a rule entry; `off` drops the finding.
 */
export function findSeverityOverride(config: LeakwatchConfig, ruleId: RuleId, category: CategoryId, sink: SinkId): Severity | 'off' | undefined {
  return config.severity[category]?.[sink] ?? config.rules[ruleId];
}
