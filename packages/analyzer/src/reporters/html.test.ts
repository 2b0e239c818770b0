import { chromium } from 'playwright';
import type { Browser, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_SOURCES, SENSITIVE_LITERALS, createSampleResult } from '../result/test-results.js';
import { expectNoSensitiveLiterals } from '../result/test-sensitive.js';
import { escapeHtml, redactSourceLines, renderHtml } from './html.js';

const readSource = (file: string): string | undefined => SAMPLE_SOURCES[file];

describe('redactSourceLines', () => {
  it('elides string, template and long numeric literals but keeps code and comments', () => {
    expect(redactSourceLines(["const a = 'secret', b = \"x\\\"y\", c = '';", 'call(`t ${x}`, 2025550147, 423); // note'])).toEqual([
      "const a = '…', b = \"…\", c = '';",
      'call(`…`, …, 423); // note',
    ]);
  });

  it('follows template literals and block comments across lines', () => {
    expect(redactSourceLines(['const t = `first', 'middle secret', 'end` + f(1);', "/* 'kept'", "still */ g('gone');"])).toEqual([
      'const t = `…',
      '',
      '…` + f(1);',
      "/* 'kept'",
      "still */ g('…');",
    ]);
  });
});

describe('renderHtml (markup)', () => {
  const result = createSampleResult();
  const html = renderHtml(result, { readSource });

  it('is self-contained: no external resource, a CSP that forbids the network', () => {
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:"`);
    expect(html).not.toMatch(/<(script|link|img|iframe)[^>]+(src|href)=/i);
  });

  it('escapes everything that comes from the result', () => {
    const hostile = createSampleResult({
      routes: [{ ...result.routes[0]!, path: '/x/<script>alert(1)</script>', handler: '"><img src=x onerror=alert(1)>' }],
    });
    const out = renderHtml(hostile);
    expect(out).not.toContain('<script>alert(1)');
    expect(out).not.toContain('<img src=x');
    expect(out).toContain(escapeHtml('/x/<script>alert(1)</script>'));
  });

  it('contains no sensitive literal, although the excerpts read files that hold some', () => {
    expect(Object.values(SAMPLE_SOURCES).join('\n')).toContain(SENSITIVE_LITERALS[0]);
    expectNoSensitiveLiterals(html, SENSITIVE_LITERALS);
  });
});

describe('renderHtml in headless Chromium', () => {
  let browser: Browser;
  let page: Page;
  const requests: string[] = [];

  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    page = await browser.newPage();
    page.on('request', (request) => {
      if (!request.url().startsWith('data:') && request.url() !== 'about:blank') requests.push(request.url());
    });
    await page.setContent(renderHtml(createSampleResult(), { readSource }), { waitUntil: 'load' });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('shows the summary line', async () => {
    expect(await page.locator('#summary').innerText()).toBe(
      '9 findings (5 high, 3 medium, 1 low) · 4 routes · 12 files in 1 project · 0 suppressed · 0 baselined · leakwatch 0.0.0, TypeScript 6.0.2',
    );
  });

  it('shows the totals by category and sink', async () => {
    const row = async (category: string): Promise<string[]> =>
      page.locator('#totals tbody tr', { has: page.locator(`th:text-is("${category}")`) }).locator('td').allInnerTexts();
    // columns: log, response, third-party, total
    expect(await row('credential')).toEqual(['2', '1', '0', '3']);
    expect(await row('contact')).toEqual(['1', '1', '1', '3']);
    expect(await row('government-id')).toEqual(['0', '0', '0', '0']);
    expect(await page.locator('#totals tfoot td').allInnerTexts()).toEqual(['4', '4', '1', '9']);
  });

  it('shows the endpoint inventory with auth, owner scope and categories', async () => {
    const rows = page.locator('#inventory tbody tr');
    expect(await rows.count()).toBe(4);
    const login = rows.filter({ hasText: '/login' });
    expect((await login.locator('td').allInnerTexts()).map((text) => text.replace(/\s+/g, ' ').trim())).toEqual([
      'POST',
      '/login login',
      'src/auth/login.ts:6 express',
      'no',
      'no',
      'account-status',
      'credential contact',
      '—',
    ]);
    expect(await rows.filter({ hasText: '/me' }).locator('td').nth(4).innerText()).toBe('yes');
  });

  it("shows a finding's message, excerpt (with the line marked) and trace", async () => {
    const finding = page.locator('article.finding', { hasText: 'no-sensitive-log' }).filter({ hasText: 'audit' });
    await expect.poll(() => finding.count()).toBe(1);
    expect(await finding.locator('.message').innerText()).toContain('req.body.password');
    expect(await finding.locator('.excerpt tr.at').innerText()).toMatch(/^11\s+audit\('…', \{ email: req\.body\.email, password: req\.body\.password \}\);$/);
    const steps = (await finding.locator('ol.trace li').allInnerTexts()).map((text) => text.replace(/\s+/g, ' '));
    expect(steps).toEqual([
      'source src/auth/login.ts:11:61 req.body.password',
      'argument src/auth/login.ts:11:19 { email: req.body.email, password: req.body.password } passed to audit() as fields',
      'wrapper src/lib/audit.ts:3:38 fields audit() forwards fields to the logger',
      "sink src/lib/audit.ts:4:3 logger.info({ event, ...fields }, '…')",
    ]);
  });

  it('filters findings by severity with its inline script', async () => {
    const visible = (): Promise<number> => page.locator('article.finding:visible').count();
    expect(await visible()).toBe(9);
    await page.getByLabel('High').uncheck();
    expect(await visible()).toBe(4);
    await page.getByLabel('High').check();
    expect(await visible()).toBe(9);
  });

  it('shows no sensitive literal to the reader and makes no request', async () => {
    expectNoSensitiveLiterals(await page.locator('body').innerText(), SENSITIVE_LITERALS);
    expect(requests).toEqual([]);
  });
});
