import { ts } from 'ts-morph';
import type { CategoryId, RuleId, Severity, SinkId } from '@leakwatch/core';
import { CATEGORIES, SINKS, findRuleFor, formatExpression } from '@leakwatch/core';
import type { SinkHit } from '../engine/engine.js';
import { isInSchema } from '../routes/graphql.js';

/** A check's decision about one hit: the rule and severity of the finding, or no finding. */
export interface Verdict {
  readonly ruleId: RuleId;
  readonly severity: Severity;
}

/** The rule that owns a (category, sink) pair. */
export function ruleFor(category: CategoryId, sink: SinkId): RuleId {
  return findRuleFor(category, sink);
}

/** The category's default severity at a sink (core's taxonomy). */
export function defaultSeverity(category: CategoryId, sink: SinkId): Severity {
  return CATEGORIES[category].defaultSeverity[sink];
}

/** Whether the hit sits in a handler that does not authenticate its caller (unknown handlers do not count). */
export function isUnauthenticatedHandler(hit: SinkHit): boolean {
  return hit.handler !== undefined && !hit.handler.route.authenticated;
}

/** The message of a finding: category, sink, the source expression and the sink expression; never a value. */
export function describeHit(category: CategoryId, sink: SinkId, source: string, sinkExpression: string): string {
  const title = CATEGORIES[category].title.toLowerCase();
  return `${title} (${category}) from \`${formatExpression(source)}\` reaches ${SINKS[sink].title.toLowerCase()} (${sink}) at \`${formatExpression(sinkExpression)}\``;
}

/**
 * Policy point 7, projections the framework applies on the way out: `@Exclude()` on a class
 * instance answered through ClassSerializerInterceptor, and a GraphQL SDL that lacks the field.
 */
export function isProjectedOut(hit: SinkHit): boolean {
  if (hit.sink !== 'response') return false;
  if (hit.serialized && hit.label.excluded === true) return true;
  const schema = hit.handler?.schema;
  // A thrown error's body is its message and extensions, which the schema does not shape.
  return schema !== undefined && hit.part === 'body' && !ts.isNewExpression(hit.node) && !isInSchema(schema, hit.label.path);
}
