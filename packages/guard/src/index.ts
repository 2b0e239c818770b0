// Public API of @leakwatch/guard (the core entry: no Node or DOM globals). Adapters and the browser
// entry are subpath exports.

export type { Guard } from './guard.js';
export { createGuard } from './guard.js';
export type {
  GuardOptions,
  GuardResult,
  GuardMode,
  GuardBackend,
  GuardLimits,
  Violation,
  ViolationKind,
} from './types.js';
export { GuardError, isGuardError } from './errors.js';
export { sensitive, findCategory } from './meta.js';
export { DEFAULT_LIMITS } from './policy.js';
export type { TextScanner, ValueMatch } from './scan.js';
export { formatRedaction } from './scan.js';
export type { SerializeResult } from './guard.js';

// Audit
export type { AuditEvent, AuditContext } from './audit/events.js';
export { formatViolationPath } from './audit/events.js';
export type { Auditor, AuditorOptions } from './audit/auditor.js';
export { createAuditor } from './audit/auditor.js';
export type { AuditSink, AuditLogger } from './audit/sink.js';
export { AUDIT_LOG_MESSAGE } from './audit/sink.js';
