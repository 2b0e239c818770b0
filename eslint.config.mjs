// Lints the monorepo's own sources. Syntactic typescript-eslint rules only: fast, no type information.
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';
// Dogfooding: the repo lints itself with its own plugin (built by `pnpm build`, which CI runs first).
import leakwatch from './packages/eslint-plugin/dist/index.js';

export default defineConfig(
  globalIgnores(['**/dist/**', '**/node_modules/**', 'fixtures/**', '**/__fixtures__/**', 'bench-out/**', '.changeset/**']),
  tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Boundaries: core is browser-safe and imports no other leakwatch package and no Node module.
    files: ['packages/core/src/**/*.ts'],
    ignores: ['packages/core/src/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['node:*', '@leakwatch/*'], message: 'core is browser-safe and stands alone.' }] },
      ],
    },
  },
  {
    // Engines import core and nothing else internal.
    files: ['packages/{eslint-plugin,analyzer,guard}/src/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@leakwatch/*', '!@leakwatch/core', '../../../*/src/**'],
              message: 'An engine imports @leakwatch/core and nothing else internal.',
            },
          ],
        },
      ],
    },
  },
  {
    // guard's core and browser entries run in browsers and workers: no Node module (adapters may).
    files: ['packages/guard/src/**/*.ts'],
    ignores: ['packages/guard/src/adapters/**', '**/*.test.ts', '**/test-*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@leakwatch/*', '!@leakwatch/core', '../../../*/src/**'], message: 'An engine imports @leakwatch/core and nothing else internal.' },
            { group: ['node:*', '../adapters/*', './adapters/*'], message: "guard's core and browser entries import no Node module and no adapter." },
          ],
        },
      ],
    },
  },
  {
    // Reporters are pure functions of the result model.
    files: ['packages/analyzer/src/reporters/**/*.ts'],
    ignores: ['packages/analyzer/src/reporters/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['ts-morph', 'typescript', 'node:*', '../engine/*', '../checks/*', '../project/*', '../routes/*', '../cli/*', '../scan.js'],
              message: 'Reporters import only the result model (and core): they must re-render a saved result.',
            },
          ],
        },
      ],
    },
  },
  {
    // Dogfooding: leakwatch's `recommended` preset over the repo's own sources and scripts.
    files: ['packages/*/src/**/*.ts', 'packages/*/bench/**/*.mjs', 'scripts/**/*.mjs'],
    ...leakwatch.configs.recommended,
  },
);
