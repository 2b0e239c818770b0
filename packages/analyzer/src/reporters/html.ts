import { CATEGORY_IDS, RULES, SEVERITIES, SINK_IDS, getCategory, getRuleDocsUrl } from '@leakwatch/core';
import type { Finding, RouteInfo, ScanResult, Severity } from '../result/scan-result.js';

/** Options of the HTML reporter. */
export interface HtmlReportOptions {
  /**
   * Returns a file's text (path relative to the root) for code excerpts, or undefined when it
   * cannot be read. Injected so the reporter stays a pure function; the CLI passes a file reader.
   */
  readonly readSource?: (file: string) => string | undefined;
  /** Lines of context above and below a finding's line (default 2). */
  readonly contextLines?: number;
  readonly title?: string;
}

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

/**
 * Elides the contents of string and template literals, and numeric literals of six or more
 * digits, in source lines: an excerpt shows code, and a literal in code may itself be a secret
 * or a phone number. Tracks block comments and template literals across lines.
 */
export function redactSourceLines(lines: readonly string[]): string[] {
  let mode: 'code' | 'block-comment' | 'template' = 'code';
  return lines.map((line) => {
    let out = '';
    let i = 0;
    while (i < line.length) {
      const char = line[i] ?? '';
      if (mode === 'block-comment') {
        const end = line.indexOf('*/', i);
        if (end < 0) {
          out += line.slice(i);
          i = line.length;
        } else {
          out += line.slice(i, end + 2);
          i = end + 2;
          mode = 'code';
        }
      } else if (mode === 'template') {
        const end = findClosingQuote(line, i, '`');
        if (end < 0) {
          i = line.length;
        } else {
          out += '…`';
          i = end + 1;
          mode = 'code';
        }
      } else if (char === '/' && line[i + 1] === '/') {
        out += line.slice(i);
        i = line.length;
      } else if (char === '/' && line[i + 1] === '*') {
        out += '/*';
        i += 2;
        mode = 'block-comment';
      } else if (char === "'" || char === '"' || char === '`') {
        const end = findClosingQuote(line, i + 1, char);
        if (end < 0) {
          out += `${char}…`;
          i = line.length;
          if (char === '`') mode = 'template';
        } else {
          out += end === i + 1 ? `${char}${char}` : `${char}…${char}`;
          i = end + 1;
        }
      } else if (/\d/.test(char) && !/[\w$]/.test(line[i - 1] ?? '')) {
        const digits = /^[\d_.xXa-fA-FoObBn]+/.exec(line.slice(i))?.[0] ?? char;
        out += digits.replace(/[^\d]/g, '').length >= 6 ? '…' : digits;
        i += digits.length;
      } else {
        out += char;
        i += 1;
      }
    }
    return out;
  });
}

function findClosingQuote(line: string, from: number, quote: string): number {
  for (let i = from; i < line.length; i++) {
    if (line[i] === '\\') i += 1;
    else if (line[i] === quote) return i;
  }
  return -1;
}

function pluralize(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

const SEVERITY_LABEL: Readonly<Record<Severity, string>> = { high: 'High', medium: 'Medium', low: 'Low' };

function renderCategoryList(categories: readonly string[]): string {
  return categories.length === 0 ? '<span class="none">—</span>' : categories.map((id) => `<code>${escapeHtml(id)}</code>`).join(' ');
}

function renderTotals(result: ScanResult): string {
  const counts = new Map<string, number>();
  for (const finding of result.findings) {
    const key = `${finding.category}|${finding.sink}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const header = SINK_IDS.map((sink) => `<th scope="col">${escapeHtml(sink)}</th>`).join('');
  const rows = CATEGORY_IDS.map((category) => {
    const cells = SINK_IDS.map((sink) => {
      const count = counts.get(`${category}|${sink}`) ?? 0;
      return `<td class="${count > 0 ? 'hit' : 'zero'}">${count}</td>`;
    }).join('');
    const total = SINK_IDS.reduce((sum, sink) => sum + (counts.get(`${category}|${sink}`) ?? 0), 0);
    return `<tr><th scope="row" title="${escapeHtml(getCategory(category).title)}">${escapeHtml(category)}</th>${cells}<td class="total">${total}</td></tr>`;
  }).join('\n');
  const sinkTotals = SINK_IDS.map(
    (sink) => `<td class="total">${result.findings.filter((finding) => finding.sink === sink).length}</td>`,
  ).join('');
  return `<table id="totals" class="grid">
<caption>Findings by category and sink</caption>
<thead><tr><th scope="col">category</th>${header}<th scope="col">total</th></tr></thead>
<tbody>
${rows}
</tbody>
<tfoot><tr><th scope="row">total</th>${sinkTotals}<td class="total">${result.findings.length}</td></tr></tfoot>
</table>`;
}

function renderRoute(route: RouteInfo): string {
  const yesNo = (value: boolean, good: boolean): string =>
    `<td class="${value === good ? 'ok' : 'warn'}">${value ? 'yes' : 'no'}</td>`;
  return `<tr>
<td><code>${escapeHtml(route.method)}</code></td>
<td><code>${escapeHtml(route.path)}</code>${route.handler === undefined ? '' : `<div class="sub">${escapeHtml(route.handler)}</div>`}</td>
<td>${escapeHtml(route.file)}:${route.line}<div class="sub">${escapeHtml(route.framework)}</div></td>
${yesNo(route.authenticated, true)}
${yesNo(route.ownerScoped, true)}
<td>${renderCategoryList(route.returns)}</td>
<td>${renderCategoryList(route.logs)}</td>
<td>${renderCategoryList(route.sendsToThirdParties)}</td>
</tr>`;
}

function renderInventory(result: ScanResult): string {
  if (result.routes.length === 0) return '<p id="inventory" class="empty">No routes recognised.</p>';
  return `<table id="inventory" class="grid">
<caption>Endpoint inventory</caption>
<thead><tr><th scope="col">method</th><th scope="col">route</th><th scope="col">file</th><th scope="col">authenticated</th><th scope="col">owner-scoped</th><th scope="col">returns</th><th scope="col">logs</th><th scope="col">third parties</th></tr></thead>
<tbody>
${result.routes.map(renderRoute).join('\n')}
</tbody>
</table>`;
}

function renderExcerpt(finding: Finding, options: HtmlReportOptions): string {
  const text = options.readSource?.(finding.location.file);
  if (text === undefined) return '<p class="excerpt-missing">Source not available.</p>';
  const all = text.split(/\r?\n/);
  const context = options.contextLines ?? 2;
  const first = Math.max(1, finding.location.line - context);
  const last = Math.min(all.length, finding.location.line + context);
  // Redact from the top of the file so a literal opened above the window is still elided.
  const redacted = redactSourceLines(all.slice(0, last));
  const rows: string[] = [];
  for (let line = first; line <= last; line++) {
    const mark = line === finding.location.line ? ' class="at"' : '';
    rows.push(`<tr${mark}><td class="ln">${line}</td><td><code>${escapeHtml(redacted[line - 1] ?? '')}</code></td></tr>`);
  }
  return `<table class="excerpt">${rows.join('')}</table>`;
}

function renderFinding(finding: Finding, index: number, options: HtmlReportOptions): string {
  const { location } = finding;
  const steps = finding.trace
    .map(
      (step) =>
        `<li><span class="kind">${escapeHtml(step.kind)}</span> <span class="where">${escapeHtml(step.location.file)}:${step.location.line}:${step.location.column}</span> <code>${escapeHtml(step.expression)}</code>${step.note === undefined ? '' : ` <span class="note">${escapeHtml(step.note)}</span>`}</li>`,
    )
    .join('\n');
  return `<article class="finding sev-${finding.severity}" id="finding-${index + 1}" data-severity="${finding.severity}">
<h3><span class="badge">${SEVERITY_LABEL[finding.severity]}</span> <a href="${escapeHtml(getRuleDocsUrl(finding.ruleId))}" rel="noreferrer">${escapeHtml(finding.ruleId)}</a> <code>${escapeHtml(finding.category)} → ${escapeHtml(finding.sink)}</code></h3>
<p class="message">${escapeHtml(finding.message)}</p>
<p class="where">${escapeHtml(location.file)}:${location.line}:${location.column} <span class="fp">fingerprint ${escapeHtml(finding.fingerprint)}</span></p>
${renderExcerpt(finding, options)}
${finding.trace.length === 0 ? '' : `<details open><summary>Trace (${finding.trace.length} steps)</summary><ol class="trace">\n${steps}\n</ol></details>`}
</article>`;
}

function renderDiagnostics(result: ScanResult): string {
  if (result.diagnostics.length === 0) return '';
  const rows = result.diagnostics
    .map(
      (diagnostic) =>
        `<tr><td class="${diagnostic.severity === 'error' ? 'warn' : ''}">${escapeHtml(diagnostic.severity)}</td><td><code>${escapeHtml(diagnostic.code)}</code></td><td>${escapeHtml(diagnostic.file ?? '')}${diagnostic.line === undefined ? '' : `:${diagnostic.line}`}</td><td>${escapeHtml(diagnostic.message)}</td></tr>`,
    )
    .join('\n');
  return `<section><h2>Diagnostics</h2><table id="diagnostics" class="grid"><thead><tr><th>level</th><th>code</th><th>file</th><th>message</th></tr></thead><tbody>
${rows}
</tbody></table></section>`;
}

const STYLE = `
:root{color-scheme:light dark;--bg:#fff;--fg:#1b1f24;--mute:#59636e;--line:#d1d9e0;--high:#cf222e;--medium:#9a6700;--low:#0969da;--ok:#1a7f37;--hl:#fff8c5}
@media (prefers-color-scheme:dark){:root{--bg:#0d1117;--fg:#e6edf3;--mute:#9198a1;--line:#3d444d;--hl:#3b2e00}}
body{font:14px/1.5 system-ui,sans-serif;background:var(--bg);color:var(--fg);margin:0 auto;max-width:1200px;padding:1.5rem}
h1{font-size:1.5rem;margin:0 0 .25rem}h2{margin-top:2rem;border-bottom:1px solid var(--line)}
.summary{color:var(--mute)}.grid{border-collapse:collapse;margin:.5rem 0}.grid caption{position:absolute;left:-9999px}
.grid th,.grid td{border:1px solid var(--line);padding:.25rem .5rem;text-align:left;vertical-align:top}
#totals td{text-align:right;min-width:4rem}.zero{color:var(--mute)}.hit{font-weight:700}.total{font-weight:700}
.ok{color:var(--ok)}.warn{color:var(--high);font-weight:600}.sub,.none,.fp{color:var(--mute);font-size:.85em}
.finding{border:1px solid var(--line);border-left-width:4px;border-radius:6px;padding:.5rem 1rem;margin:1rem 0}
.sev-high{border-left-color:var(--high)}.sev-medium{border-left-color:var(--medium)}.sev-low{border-left-color:var(--low)}
.badge{font-size:.8em;padding:0 .4em;border-radius:4px;border:1px solid currentColor}
.sev-high .badge{color:var(--high)}.sev-medium .badge{color:var(--medium)}.sev-low .badge{color:var(--low)}
.finding h3{font-size:1rem;margin:.25rem 0}.message{margin:.25rem 0}.where{color:var(--mute);margin:.25rem 0}
.excerpt{border-collapse:collapse;width:100%;font:12px/1.4 ui-monospace,monospace}.excerpt td{padding:0 .5rem;white-space:pre}
.excerpt .ln{color:var(--mute);text-align:right;width:3rem;user-select:none}.excerpt tr.at{background:var(--hl)}
.trace{margin:.25rem 0;padding-left:1.5rem}.kind{display:inline-block;min-width:6rem;font-weight:600}.note{color:var(--mute)}
.filters label{margin-right:1rem}.hidden{display:none}
`;

// Severity filter: the only script; it touches nothing outside this document.
const SCRIPT = `
for (const box of document.querySelectorAll('.filters input')) {
  box.addEventListener('change', () => {
    for (const finding of document.querySelectorAll('.finding[data-severity="' + box.value + '"]')) {
      finding.classList.toggle('hidden', !box.checked);
    }
  });
}
`;

/**
 * Renders one self-contained HTML page (inline CSS and JS, a CSP that forbids any network
 * access): totals by category × sink, the endpoint inventory, each finding with a redacted code
 * excerpt and its trace, and diagnostics. Every piece of text from the result is escaped.
 */
export function renderHtml(result: ScanResult, options: HtmlReportOptions = {}): string {
  const title = options.title ?? 'leakwatch report';
  const { stats } = result;
  const severityCounts = [...SEVERITIES]
    .reverse()
    .map((severity) => `${stats.bySeverity[severity]} ${severity}`)
    .join(', ');
  const filters = [...SEVERITIES]
    .reverse()
    .map((severity) => `<label><input type="checkbox" value="${severity}" checked> ${SEVERITY_LABEL[severity]}</label>`)
    .join('');
  const findings =
    result.findings.length === 0
      ? '<p class="empty">No findings.</p>'
      : result.findings.map((finding, index) => renderFinding(finding, index, options)).join('\n');
  const rules = Object.values(RULES).map((rule) => `<li><code>${escapeHtml(rule.id)}</code>: ${escapeHtml(rule.description)}</li>`).join('');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>${escapeHtml(title)}</h1>
<p class="summary" id="summary">${pluralize(result.findings.length, 'finding')} (${severityCounts}) · ${pluralize(stats.routes, 'route')} · ${pluralize(stats.files, 'file')} in ${pluralize(stats.projects, 'project')} · ${stats.suppressed} suppressed · ${stats.baselined} baselined · ${escapeHtml(result.tool.name)} ${escapeHtml(result.tool.version)}, TypeScript ${escapeHtml(result.typescriptVersion)}${result.shard === undefined ? '' : ` · shard ${result.shard.index}/${result.shard.count}`}</p>
</header>
<main>
<section><h2>Totals</h2>
${renderTotals(result)}
</section>
<section><h2>Endpoint inventory</h2>
${renderInventory(result)}
</section>
<section id="findings"><h2>Findings</h2>
<div class="filters">${filters}</div>
${findings}
</section>
${renderDiagnostics(result)}
<section><h2>Rules</h2><ul>${rules}</ul></section>
</main>
<script>${SCRIPT}</script>
</body>
</html>
`;
}
