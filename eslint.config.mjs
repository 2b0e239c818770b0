// Lints the monorepo's own sources. Syntactic typescript-eslint rules only: fast, no type information.
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';

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
);
