// Public API of @leakwatch/core. Every export is named here on purpose (no `export *`):
// what is not listed is internal and may change.

// Taxonomy
export type { CategoryId, SinkId, Severity } from './taxonomy/ids.js';
export {
  CATEGORY_IDS,
  SINK_IDS,
  SEVERITIES,
  isCategoryId,
  isSinkId,
  isSeverity,
  compareSeverity,
} from './taxonomy/ids.js';
export type { CategoryDefinition, CategoryExamples, NameVocabulary } from './taxonomy/category.js';
export { CATEGORIES, getCategory } from './taxonomy/categories/index.js';
export { ACCOUNT_STATE_VALUES, IDENTIFYING_CATEGORIES, isAccountStateValue, isBareStateName } from './taxonomy/categories/account-status.js';
export type { SinkDefinition } from './taxonomy/sinks.js';
export { SINKS } from './taxonomy/sinks.js';

// Rules
export type { RuleId, RuleMeta, EngineId } from './rules/catalog.js';
export { RULES, RULE_IDS, DOCS_BASE_URL, getRuleDocsUrl, isRuleId, findRuleFor } from './rules/catalog.js';

// Findings
export type { Finding, SourceLocation, TraceStep, TraceStepKind } from './finding/finding.js';
export { formatExpression, MAX_EXPRESSION_LENGTH } from './finding/finding.js';
export type { FingerprintInput } from './finding/fingerprint.js';
export { createFingerprint } from './finding/fingerprint.js';

// Value detectors (values/): sensitive values in free text, as offsets, never as values
export type { SensitiveValueMatch, ValueScanner, ValueScannerOptions } from './values/find-sensitive-values.js';
export { findSensitiveValues, containsSensitiveValue, createValueScanner } from './values/find-sensitive-values.js';
export type { ValueDetectorInfo } from './values/detector.js';
export { VALUE_DETECTORS } from './values/registry.js';

// Name classifier (names/): which category an identifier's name most likely holds
export type { NameClassifier, NameClassifierOptions } from './names/classify-name.js';
export { classifyName, classifyNames, createNameClassifier } from './names/classify-name.js';
export { splitName } from './names/split-name.js';
export type { NameModifiers } from './names/modifiers.js';
export { NAME_MODIFIERS } from './names/modifiers.js';

// Errors
export type { LeakwatchErrorCode, ErrorLocation } from './errors.js';
export { LeakwatchError, ConfigError, formatLocation, isLeakwatchError } from './errors.js';

// Sink models (types)
export type {
  ReceiverPattern,
  CallSinkModel,
  ResponseModel,
  ResponsePart,
  ResponseWrite,
  ResponseAssignment,
  ResponseConstruct,
  RouteRegistration,
  DecoratorRouting,
  HttpClientModel,
  SinkModel,
  SanitizerModel,
  DerivationModel,
  AuthModel,
  RouteOptionsRegistration,
  ExportedHandlers,
  ServerActionModel,
  ResolverMapModel,
  ProcedureBuilderModel,
  DestinationModel,
} from './models/types.js';

// Sink models, sanitizers, derivations, auth markers and destinations (data read by every engine)
export { LOGGER_MODELS } from './models/loggers/index.js';
export { THIRD_PARTY_MODELS } from './models/third-party/index.js';
export { HTTP_CLIENT_MODELS } from './models/http-clients/index.js';
export { RESPONSE_MODELS } from './models/responses/index.js';
export { SANITIZERS } from './models/sanitizers/index.js';
export { QUERY_CHAIN_METHODS, QUERY_CONDITION_METHODS } from './models/sanitizers/mongoose-select.js';
export { ZOD_PARSE_METHODS } from './models/sanitizers/zod-parse.js';
export { isRedactedByPino, parsePinoRedactPath } from './models/sanitizers/pino-redact.js';
export { DERIVATIONS, findDerivation } from './models/derivations.js';
// Digit-free masks and count-named calls (blind round 8): read by both engines
export { isDigitFreeMask } from './models/derivations.js';
export { isCountCallName } from './models/sanitizers/length-count.js';
export { isPredicateCallName } from './models/sanitizers/boolean-conversion.js';
export { DEFAULT_AUTH_MODEL, REQUEST_BODY_READERS, REQUEST_SECRET_HEADERS, isCallerExpressionText, isCredentialBodyRoute, isIssuanceCall, isIssuedCredentialName, isOwnerKey, isOwnerPath, isSessionLikeName, isSignUpRoute, normalizeOwnerKey } from './models/auth.js';
export { DESTINATION_MODEL, isInternalHost, findThirdPartyService, isExternalUrlName, findMessageRecipientKeys } from './models/destinations.js';
// Database clients: a query's result is its row type, never its filter arguments
export { DATABASE_CLIENT_MODULES, isDatabaseClientFile, isDatabaseClientModule } from './models/database-clients.js';
export {
  findCallSinkModelProblems,
  findHttpClientModelProblems,
  findResponseModelProblems,
  findSanitizerProblems,
  findDerivationProblems,
} from './models/check-model.js';

// Config: the schema of leakwatch.config.* and ESLint settings.leakwatch, and how it applies to the models
export type { LeakwatchConfig, LeakwatchConfigInput, CustomSinkConfig, CustomSanitizerConfig, AuthConfig } from './config/schema.js';
export {
  leakwatchConfigSchema,
  parseConfig,
  createConfigJsonSchema,
  defineConfig,
  DEFAULT_CONFIG,
  CONFIG_FILE_NAMES,
  DEFAULT_TEST_FILES,
  DEFAULT_INCLUDE,
  DEFAULT_EXCLUDE,
} from './config/schema.js';
export type { ResolvedModels } from './config/resolve-models.js';
export { resolveModels, isRuleEnabled, findSeverityOverride } from './config/resolve-models.js';
export { matchesGlob, isTestFile, isScannedFile } from './config/glob.js';

// Next.js Server Actions: the route path engines give an action, from its name
export { createServerActionPath } from './models/responses/nextjs.js';
