import { existsSync } from 'node:fs';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';

// Tests resolve workspace packages to their TypeScript sources (the `@leakwatch/source` export
// condition), so a test run never depends on a stale dist/.
const conditions = ['@leakwatch/source'];

// System Chromium (Debian: apt-get install chromium). Playwright never downloads a browser here.
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const requireBrowser = process.env.LEAKWATCH_REQUIRE_BROWSER === '1';
if (requireBrowser && !existsSync(chromiumPath)) {
  throw new Error(`LEAKWATCH_REQUIRE_BROWSER=1 but there is no Chromium at ${chromiumPath}`);
}
const withBrowser = existsSync(chromiumPath);
const browserTests = ['packages/*/src/**/*.browser.test.ts'];

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions, externalConditions: conditions } },
  test: {
    projects: [
      {
        extends: true as const,
        test: {
          name: 'core',
          include: ['packages/core/src/**/*.test.ts'],
          exclude: browserTests,
        },
      },
      {
        extends: true as const,
        test: {
          name: 'eslint-plugin',
          include: ['packages/eslint-plugin/src/**/*.test.ts'],
          setupFiles: ['packages/eslint-plugin/src/test-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true as const,
        test: {
          name: 'analyzer',
          include: ['packages/analyzer/src/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true as const,
        test: {
          name: 'guard',
          include: ['packages/guard/src/**/*.test.ts'],
          exclude: browserTests,
          testTimeout: 60_000,
        },
      },
      {
        extends: true as const,
        test: {
          name: 'fixtures',
          include: ['fixtures/*/test/**/*.test.ts', 'scripts/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      ...(withBrowser
        ? [
            {
              extends: true as const,
              test: {
                name: 'browser',
                include: browserTests,
                browser: {
                  enabled: true,
                  headless: true,
                  provider: playwright({
                    launchOptions: {
                      executablePath: chromiumPath,
                      args: [
                        '--no-sandbox',
                        '--disable-gpu',
                        '--disable-quic',
                        '--no-first-run',
                        '--disable-background-networking',
                        '--disable-component-update',
                        '--disable-sync',
                      ],
                    },
                  }),
                  instances: [{ browser: 'chromium' as const }],
                },
              },
            },
          ]
        : []),
    ],
  },
});
