import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import regexpPlugin from 'eslint-plugin-regexp';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const OFFICE_JS = { group: ['@microsoft/office-js', '@microsoft/office-js/*'], message: 'Office.js is used in src/office/ only.' };

export default tseslint.config(
  { ignores: ['dist/', 'dist-bench/', 'node_modules/', 'coverage/', 'test-results/', 'test/stubs/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      // Personal data must never reach logs; scripts and benches print figures through console.log.
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['scripts/**', 'bench/**', 'test/**'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  // Layering (docs/architecture.md). A flat config replaces a rule's options per matching block
  // instead of merging them, so each layer's block repeats the bans that hold everywhere.
  {
    // Office.js is reached through src/office/ only, so the rest runs (and is tested) without it.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/office/**'],
    rules: {
      'no-restricted-globals': ['error', { name: 'Office', message: 'Office.js is used in src/office/ only; add what you need there.' }],
      'no-restricted-imports': ['error', { patterns: [OFFICE_JS] }],
    },
  },
  {
    // domain is pure rules: no outer layer, no language, no DOM.
    files: ['src/domain/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [OFFICE_JS, { group: ['**/storage/**', '**/ui/**', '**/office/**', '**/mail/**', '**/i18n/**', 'dexie', 'dexie-*', 'react', 'react-dom', '@fluentui/*'], message: 'domain/ is pure: no storage, UI, Office, mail, i18n or DOM imports.' }] }],
    },
  },
  {
    files: ['src/mail/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [OFFICE_JS, { group: ['**/storage/**', '**/ui/**', '**/office/**', 'dexie', 'dexie-*', 'react', 'react-dom', '@fluentui/*'], message: 'mail/ is pure: no storage, UI, Office or DOM imports.' }] }],
    },
  },
  {
    // Mail and domain rules run on untrusted text (any email, any pasted value): every pattern must
    // be linear, so no line can make the pane backtrack for seconds.
    files: ['src/domain/**', 'src/mail/**'],
    plugins: { regexp: regexpPlugin },
    rules: {
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
    },
  },
  {
    files: ['src/ui/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [OFFICE_JS, { group: ['dexie', '**/storage/db'], message: 'UI reaches data through storage repositories and hooks, never the database or Dexie directly.' }] }],
    },
  },
  {
    // No import cycles anywhere in src (feature folders included): a cycle means two modules are one.
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs', '.cjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'] })],
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  {
    // Settings rows come back from old versions and restored backups: every read and write goes
    // through settingRegistry's guards and defaults, never through the table with a cast.
    files: ['src/storage/**'],
    ignores: ['src/storage/settingRegistry.ts', 'src/storage/**/__tests__/**'],
    rules: {
      'no-restricted-syntax': ['error', {
        selector: "CallExpression[callee.object.property.name='settings'][callee.property.name=/^(get|bulkGet|put|bulkPut|add|bulkAdd|update|delete|toArray|where)$/]",
        message: 'Read and write settings through readSetting/writeSetting/clearSetting (storage/settingRegistry.ts).',
      }],
    },
  },
);
