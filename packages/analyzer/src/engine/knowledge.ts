import type {
  AuthModel,
  CallSinkModel,
  CategoryId,
  DerivationModel,
  DestinationModel,
  HttpClientModel,
  ResponseModel,
  LeakwatchConfig,
  SanitizerModel,
} from '@leakwatch/core';
import {
  resolveModels,
  DEFAULT_AUTH_MODEL,
  DERIVATIONS,
  DESTINATION_MODEL,
  HTTP_CLIENT_MODELS,
  LOGGER_MODELS,
  RESPONSE_MODELS,
  SANITIZERS,
  THIRD_PARTY_MODELS,
  createNameClassifier,
} from '@leakwatch/core';

/** The parts of the user's config the engine reads (names to add or ignore, and its models). */
export interface KnowledgeOptions {
  readonly extraNames?: Partial<Record<CategoryId, readonly string[]>>;
  readonly ignoreNames?: readonly string[];
  /** The whole parsed config: its custom sinks, loggers, sanitizers and auth markers join core's. */
  readonly config?: LeakwatchConfig;
}

/**
 * Everything the engine knows about the world, all of it from core and the user's config
 * (STYLE.md convention 1): the engine keeps no list of names, loggers or frameworks of its own.
 */
export interface Knowledge {
  /** The categories a name denotes (at most one today; a list keeps the engine open to more). */
  readonly classify: (name: string) => readonly CategoryId[];
  readonly callSinks: readonly CallSinkModel[];
  readonly httpClients: readonly HttpClientModel[];
  readonly responses: readonly ResponseModel[];
  readonly sanitizers: readonly SanitizerModel[];
  readonly derivations: readonly DerivationModel[];
  readonly auth: AuthModel;
  readonly destination: DestinationModel | undefined;
}

const NONE: readonly CategoryId[] = Object.freeze([]);

/** Builds the engine's knowledge from core's models, resolved against the config. */
export function createKnowledge(options: KnowledgeOptions = {}): Knowledge {
  const classifier = createNameClassifier({
    ...(options.extraNames === undefined ? {} : { extraNames: options.extraNames }),
    ...(options.ignoreNames === undefined ? {} : { ignoreNames: options.ignoreNames }),
  });
  const cache = new Map<string, readonly CategoryId[]>();
  return {
    classify: (name) => {
      let cached = cache.get(name);
      if (cached === undefined) {
        const category = classifier(name);
        cached = category === null ? NONE : [category];
        cache.set(name, cached);
      }
      return cached;
    },
    ...(options.config === undefined
      ? {
          callSinks: [...LOGGER_MODELS, ...THIRD_PARTY_MODELS],
          httpClients: HTTP_CLIENT_MODELS,
          responses: RESPONSE_MODELS,
          sanitizers: SANITIZERS,
          derivations: DERIVATIONS,
          auth: DEFAULT_AUTH_MODEL,
          destination: DESTINATION_MODEL,
        }
      : fromResolved(resolveModels(options.config))),
  };
}

function fromResolved(models: ReturnType<typeof resolveModels>): Omit<Knowledge, 'classify'> {
  return {
    callSinks: [...models.loggers, ...models.thirdParty],
    httpClients: models.httpClients,
    responses: models.responses,
    sanitizers: models.sanitizers,
    derivations: models.derivations,
    auth: models.auth,
    destination: models.destinations,
  };
}
