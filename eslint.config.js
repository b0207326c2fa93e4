// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { webBoundariesPlugin } from './apps/web/eslint.boundaries.js';

/**
 * Lint = correctness + architecture. The boundary rules below are the layering of ARCHITECTURE.md written
 * as `no-restricted-imports`: a wrong import fails `npm run lint` (and CI) instead of waiting for review.
 */

const WORKSPACES = ['@jiebang/domain', '@jiebang/assignment', '@jiebang/contracts', '@jiebang/db', '@jiebang/server', '@jiebang/cli', '@jiebang/test-kit', '@jiebang/web'];

/** Other packages are reached by their name only, never by a path into their files. */
const noDeepImports = [
  // `@jiebang/domain/uscc` is the one declared subpath: a pure, dependency-free check the browser runs as you type.
  { group: ['@jiebang/*/*', '!@jiebang/domain/uscc'], message: 'Import a workspace package by its name only (its src/index.ts is the public surface).' },
  {
    regex: '^(\\.\\./)+((packages|apps)/)?(domain|assignment|contracts|db|test-kit|server|cli)/(src|migrations|seeds)/',
    message: 'Do not reach into another package by path: import it by its @jiebang/ name.',
  },
];

/** One `no-restricted-imports` rule per area: the shared deep-import ban plus the area's own bans. */
const boundary = (patterns = [], paths = []) => ({
  'no-restricted-imports': ['error', { paths, patterns: [...noDeepImports, ...patterns] }],
});

const otherWorkspaces = (...allowed) => WORKSPACES.filter((name) => !allowed.includes(name));

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', '**/coverage/**', 'data/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { process: 'readonly', console: 'readonly', performance: 'readonly', URL: 'readonly', Blob: 'readonly', Buffer: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly' },
    },
    rules: {
      // Types are checked by tsc; in TS files these duplicate it (and misfire on type-only globals).
      'no-undef': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // `any` is allowed where a library's types cannot express a generic table (see versioned-update.ts) and in tests.
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/consistent-type-imports': ['error', { prefer: 'type-imports', fixStyle: 'inline-type-imports' }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-console': 'off',
      'prefer-const': 'error',
    },
  },
  // Everyone: no deep imports into other packages.
  { files: ['**/*.ts', '**/*.js'], rules: boundary() },
  // The domain is pure: no other workspace, no Node built-in, no npm package. Only relative imports.
  {
    files: ['packages/domain/src/**/*.ts'],
    ignores: ['packages/domain/src/**/*.test.ts'],
    rules: boundary([
      { group: ['@jiebang/*'], message: 'packages/domain is pure: it imports no other workspace package.' },
      { group: ['node:*'], message: 'packages/domain is pure: no I/O, no Node built-ins.' },
      { regex: '^(?!\\.{1,2}/)', message: 'packages/domain is pure: it imports no npm package, only its own files (relative paths).' },
    ]),
  },
  // Domain unit tests may use vitest, nothing else from outside.
  {
    files: ['packages/domain/src/**/*.test.ts'],
    rules: boundary([
      { group: ['@jiebang/*'], message: 'packages/domain is pure: it imports no other workspace package.' },
      { group: ['node:*'], message: 'packages/domain is pure: no I/O, no Node built-ins.' },
      { regex: '^(?!\\.{1,2}/|vitest$)', message: 'Domain tests import only vitest and domain files.' },
    ]),
  },
  // The assignment solver is pure like the domain: typed arrays in, typed arrays out, no I/O, no npm package.
  {
    files: ['packages/assignment/src/**/*.ts'],
    // bench-* files drive the benchmark (files, HiGHS in a worker): they are tooling, not the solver.
    ignores: ['packages/assignment/src/**/*.test.ts', 'packages/assignment/src/testing/**', 'packages/assignment/src/bench-*'],
    rules: boundary([
      { group: ['@jiebang/*'], message: 'packages/assignment is pure: it imports no other workspace package.' },
      { group: ['node:*'], message: 'packages/assignment is pure: no I/O, no Node built-ins.' },
      { regex: '^(?!\\.{1,2}/)', message: 'packages/assignment is pure: it imports no npm package, only its own files (relative paths).' },
    ]),
  },
  // Its tests (and their helpers) may also read the shared data files and check against HiGHS, the reference solver.
  {
    files: ['packages/assignment/src/**/*.test.ts', 'packages/assignment/src/testing/**/*.ts'],
    rules: boundary([
      { group: ['@jiebang/*'], message: 'packages/assignment is pure: it imports no other workspace package.' },
      { regex: '^(?!\\.{1,2}/|vitest$|highs$|node:fs$|node:url$)', message: 'Assignment tests import only vitest, highs, node:fs/node:url and the package files.' },
    ]),
  },
  // The contract is zod schemas over the domain's vocabulary, nothing more.
  {
    files: ['packages/contracts/src/**/*.ts'],
    rules: boundary([
      { group: otherWorkspaces('@jiebang/domain'), message: 'packages/contracts may import only zod and @jiebang/domain.' },
      { regex: '^(?!\\.{1,2}/|zod$|@jiebang/domain$|vitest$)', message: 'packages/contracts may import only zod and @jiebang/domain.' },
    ]),
  },
  // The database layer knows tables, not HTTP, contracts or use cases.
  {
    files: ['packages/db/**/*.ts'],
    rules: boundary([{ group: ['@jiebang/server', '@jiebang/contracts', '@jiebang/cli', '@jiebang/test-kit'], message: 'packages/db must not depend on the server, the API contract, the CLI or the test kit.' }]),
  },
  // The server never depends on its operator tools.
  {
    files: ['apps/server/src/**/*.ts'],
    rules: boundary([{ group: ['@jiebang/cli'], message: 'apps/server must not import the CLI; the CLI drives the server.' }]),
  },
  // The browser app: the API contract as types only (zod stays out of the bundle), no server-side package, and its
  // own layering shared → features → app (apps/web/eslint.boundaries.js).
  {
    files: ['apps/web/src/**/*.{ts,tsx}'],
    plugins: { web: webBoundariesPlugin },
    rules: {
      'no-restricted-imports': 'off',
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: ['@jiebang/contracts', '@jiebang/domain', 'zod'].map((name) => ({ name, allowTypeImports: true, message: 'The web app takes API types from the contract with `import type`; values would bundle zod.' })),
          patterns: [
            ...noDeepImports,
            { group: otherWorkspaces('@jiebang/contracts', '@jiebang/domain'), message: 'The web app talks to the server over HTTP only.' },
            { group: ['node:*'], message: 'The web app runs in the browser: no Node built-ins.' },
          ],
        },
      ],
      '@typescript-eslint/no-import-type-side-effects': 'error',
      'web/boundaries': 'error',
    },
  },
);
