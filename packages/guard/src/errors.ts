import { LeakwatchError } from '@leakwatch/core';
import type { Violation } from './types.js';

/**
 * Thrown by `guard.stringify` when a value cannot be guarded, and by `createGuard` when a schema
 * cannot be compiled. Carries the violations (paths and kinds, never values).
 */
export class GuardError extends LeakwatchError {
  readonly violations: readonly Violation[];

  constructor(message: string, violations: readonly Violation[] = [], options?: { cause?: unknown }) {
    super('GUARD_FAILED', message, options);
    this.name = 'GuardError';
    this.violations = violations;
  }
}

/** Type guard for GuardError that survives two copies of the package in one process. */
export function isGuardError(error: unknown): error is GuardError {
  return error instanceof GuardError || (error instanceof Error && error.name === 'GuardError' && (error as { code?: unknown }).code === 'GUARD_FAILED');
}
