// @ts-check
/**
 * `npm run lint` (ESLint part). Type-aware typescript-eslint for promises and unused locals; the
 * project's own rules (tools/eslint-rules) for library boundaries: no import of another library's
 * or app's internals, no write to another library's entities or tables. Unused exports: knip.json.
 */
import tseslint from 'typescript-eslint';
import jalin from './tools/eslint-rules/index.cjs';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-artifacts/**', 'coverage/**', 'libs/matching/lint-fixtures/**'] },
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: {
      parser: tseslint.parser,
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    plugins: { '@typescript-eslint': tseslint.plugin, jalin },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', {
        args: 'after-used', argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true,
      }],
    },
  },
  {
    // The boundaries apply to libraries and apps. test/ and scripts/ are the harness around them:
    // they may start an app from its bootstrap file or reach a library's internal helper.
    files: ['libs/**/*.ts', 'apps/**/*.ts', 'apps/**/*.tsx'],
    rules: { 'jalin/no-foreign-internals': 'error' },
  },
  {
    files: ['libs/**/*.ts'],
    rules: {
      'jalin/no-foreign-writes': ['error', {
        // db-schema holds the migrations, which create and backfill every library's tables.
        allow: ['db-schema'],
      }],
    },
  },
  {
    // The demo seed writes backdated demo history (is_demo rows: past RFQs, quotes, deals, demo IKM
    // organizations) that no service path can produce; the owners have no seeding API for it yet.
    files: ['libs/demo-data/src/**/*.ts', 'libs/profiles/src/demo/**/*.ts'],
    rules: { 'jalin/no-foreign-writes': 'off' },
  },
);
