import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import globals from 'globals';

const PURE_LAYERS = [
  'src/catalogue/**',
  'src/answers/**',
  'src/assessment/**',
  'src/group/**',
  'src/report/**',
];

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'node_modules', 'test-results', 'playwright-report', 'coverage', '.tmp'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Named exports only (style.md §3).' },
        { selector: 'TSEnumDeclaration', message: 'Use an `as const` array (style.md §3).' },
      ],
    },
  },
  {
    files: ['**/*.tsx'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: { ...reactHooks.configs.recommended.rules, ...jsxA11y.flatConfigs.strict.rules },
  },
  // Dependency direction (style.md §2): the pure layers never reach up or into React, i18next or jsPDF.
  {
    files: PURE_LAYERS,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-*', 'react/*', '*i18next*', 'jspdf*', 'svg2pdf.js'],
              message: 'Pure layer (style.md §2)',
            },
            {
              group: ['**/ui/**', '**/render/**', '**/io/**', '**/cli/**'],
              message: 'No upward imports (style.md §2)',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/render/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/ui/**', '**/io/**', '**/cli/**'],
              message: 'render/* may not import ui, io or cli (style.md §2)',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/cli/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/ui/**', '**/render/screen/**', '**/io/**'],
              message: 'The CLI may not import ui, render/screen or io (style.md §2)',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['test/**', 'scripts/**', '*.config.ts', '*.config.js'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['vite.config.ts', 'playwright.config.ts', 'eslint.config.js'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
