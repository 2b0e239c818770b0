import { SEVERITIES } from '@leakwatch/core';
import type { Finding, ScanResult, Severity } from '../result/scan-result.js';

/** Options of the text reporter. */
export interface TextReportOptions {
  /** ANSI colour; the CLI turns it on only for a TTY without `NO_COLOR`. */
  readonly color?: boolean;
  /** Print each finding's trace (default true). */
  readonly traces?: boolean;
}

type Paint = (code: string, text: string) => string;

const SEVERITY_COLOUR: Readonly<Record<Severity, string>> = { high: '31', medium: '33', low: '36' };

function pluralize(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function formatDuration(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}

/**
 * Renders findings grouped by file, each with its trace (source → steps → sink), then
 * diagnostics and a summary line. Plain text unless `color` is set.
 */
export function renderText(result: ScanResult, options: TextReportOptions = {}): string {
  const paint: Paint = options.color ? (code, text) => `\u001b[${code}m${text}\u001b[0m` : (_code, text) => text;
  const showTraces = options.traces ?? true;
  const lines: string[] = [];

  const byFile = new Map<string, Finding[]>();
  for (const finding of result.findings) {
    const list = byFile.get(finding.location.file) ?? [];
    list.push(finding);
    byFile.set(finding.location.file, list);
  }
  for (const [file, findings] of byFile) {
    lines.push(paint('1;4', file));
    for (const finding of findings) {
      const position = `${finding.location.line}:${finding.location.column}`.padEnd(8);
      const severity = paint(SEVERITY_COLOUR[finding.severity], finding.severity.padEnd(6));
      lines.push(`  ${position}${severity}  ${finding.message}  ${paint('2', `${finding.ruleId} [${finding.category} → ${finding.sink}]`)}`);
      if (showTraces) {
        for (const step of finding.trace) {
          const where = `${step.location.file}:${step.location.line}:${step.location.column}`;
          const note = step.note === undefined ? '' : `  (${step.note})`;
          lines.push(paint('2', `      ${step.kind.padEnd(10)} ${where}  `) + step.expression + paint('2', note));
        }
      }
    }
    lines.push('');
  }

  if (result.diagnostics.length > 0) {
    lines.push(paint('1', 'Diagnostics'));
    for (const diagnostic of result.diagnostics) {
      const where = diagnostic.file === undefined ? '' : `${diagnostic.file}${diagnostic.line === undefined ? '' : `:${diagnostic.line}`}  `;
      const level = paint(diagnostic.severity === 'error' ? '31' : '33', diagnostic.severity.padEnd(7));
      lines.push(`  ${level} ${where}${diagnostic.message}  ${paint('2', diagnostic.code)}`);
    }
    lines.push('');
  }

  const { stats } = result;
  const bySeverity = [...SEVERITIES]
    .reverse()
    .filter((severity) => stats.bySeverity[severity] > 0)
    .map((severity) => `${stats.bySeverity[severity]} ${severity}`);
  const headline =
    result.findings.length === 0
      ? paint('32', 'No findings.')
      : paint('1', `${pluralize(result.findings.length, 'finding')} (${bySeverity.join(', ')}) in ${pluralize(byFile.size, 'file')}.`);
  const held = [
    stats.suppressed > 0 ? `${stats.suppressed} suppressed` : '',
    stats.baselined > 0 ? `${stats.baselined} in the baseline` : '',
  ].filter(Boolean);
  lines.push(held.length > 0 ? `${headline} ${held.join(', ')}.` : headline);
  const shard = result.shard === undefined ? '' : `, shard ${result.shard.index}/${result.shard.count}`;
  lines.push(
    paint(
      '2',
      `Scanned ${pluralize(stats.projects, 'project')}, ${pluralize(stats.files, 'file')}, ${pluralize(stats.routes, 'route')}, ` +
        `${pluralize(result.diagnostics.length, 'diagnostic')} in ${formatDuration(stats.durationMs)} (TypeScript ${result.typescriptVersion}${shard}).`,
    ),
  );
  return `${lines.join('\n')}\n`;
}
