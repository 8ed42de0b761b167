/** Two projects: pure code and storage run in Node (fast, real structuredClone);
 *  React components run in jsdom. Type checking is `npm run typecheck`'s job, so
 *  ts-jest only transpiles here. */
const tsJest = ['ts-jest', { tsconfig: { jsx: 'react-jsx', module: 'commonjs', moduleResolution: 'node', esModuleInterop: true, isolatedModules: true, target: 'ES2022' }, diagnostics: false }];
const common = {
  transform: { '^.+\\.tsx?$': tsJest },
  moduleNameMapper: {
    // office-addin-mock pulls office-addin-manifest, whose dependencies are ESM-only.
    '^office-addin-manifest$': '<rootDir>/test/stubs/office-addin-manifest.js',
    '\\.(css|png|svg)$': '<rootDir>/test/stubs/file.js',
    // The email-reading worker is built with import.meta.url, which jest cannot load.
    '/startDraftWorker$': '<rootDir>/test/stubs/startDraftWorker.js',
  },
  testPathIgnorePatterns: ['/node_modules/', '/test/e2e/', '/dist/'],
};
module.exports = {
  // A safety limit, not a speed check: jsdom + user-event on a busy 2-core machine is slow.
  testTimeout: 30_000,
  projects: [
    {
      ...common,
      displayName: 'node',
      testEnvironment: 'node',
      setupFiles: ['<rootDir>/test/setup/node.ts'],
      testMatch: ['<rootDir>/src/**/__tests__/**/*.test.ts', '<rootDir>/scripts/**/__tests__/**/*.test.ts'],
    },
    {
      ...common,
      displayName: 'dom',
      testEnvironment: 'jsdom',
      setupFiles: ['<rootDir>/test/setup/dom.ts'],
      setupFilesAfterEnv: ['<rootDir>/test/setup/dom-after-env.ts'],
      testMatch: ['<rootDir>/src/**/__tests__/**/*.test.tsx'],
    },
  ],
};
