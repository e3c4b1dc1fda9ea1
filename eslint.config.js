// Lint: typescript-eslint's recommended rules and React's hooks rules, over the app,
// the lessons and the tests. Runs inside `npm test` (scripts/test.mjs).
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'node_modules', 'test-results', 'bench-results', 'public', 'screenshots'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser, ...globals.worker } },
    rules: {
      // The two classic hook rules, as errors. (Every `eslint-disable` comment must give
      // its reason after `--`: tests/unit/boundaries.test.ts checks.)
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      // Size: a file holds one idea (400 lines of code), a function one job (80 lines of code;
      // a component 120, since Prettier puts each attribute of a long JSX element on its own line).
      'max-lines': ['error', { max: 400, skipBlankLines: true, skipComments: true }],
      'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true, IIFEs: true }],
    },
  },
  {
    files: ['src/**/*.tsx', 'lessons/**/*.tsx'],
    rules: { 'max-lines-per-function': ['error', { max: 120, skipBlankLines: true, skipComments: true, IIFEs: true }] },
  },
  {
    files: ['tests/**/*.ts', 'scripts/**/*.{mjs,js}', '*.config.{ts,js}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      // Playwright fixtures call `use()`, which is not React's.
      'react-hooks/rules-of-hooks': 'off',
      'no-empty-pattern': 'off',
      // A test file's describe() holds many tests: its length is not one job's.
      'max-lines-per-function': 'off',
    },
  },
);
