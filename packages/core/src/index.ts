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
} from './models/types.js';
