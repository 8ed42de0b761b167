import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import regexpPlugin from 'eslint-plugin-regexp';
import globals from 'globals';
import tseslint from 'typescript-eslint';

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
  {
    // Layering: domain and mail are pure, so they may not import the outer layers.
    files: ['src/domain/**', 'src/mail/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/storage/**', '**/ui/**', '**/office/**', 'dexie', 'react', 'react-dom', '@fluentui/*'], message: 'domain/ and mail/ are pure: no storage, UI, Office or DOM imports.' }] }],
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
      'no-restricted-imports': ['error', { patterns: [{ group: ['dexie'], message: 'UI reaches data through storage repositories and hooks, never Dexie directly.' }] }],
    },
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
