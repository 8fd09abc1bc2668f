// Four projects: pure unit tests beside the code; integration tests (services with their repositories) and
// e2e tests (whole flows over HTTP) on a real embedded PostgreSQL started once per run
// (test/support/global-setup.mjs); the console in headless Chromium against the real service on that same
// PostgreSQL (test/support/browser.ts).
const tsJest = ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }];
const common = {
  moduleFileExtensions: ['ts', 'js', 'json'],
  transform: { '^.+\\.ts$': tsJest },
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  testEnvironment: 'node',
};
const onPostgres = {
  rootDir: __dirname,
  globalSetup: '<rootDir>/test/support/global-setup.mjs',
  globalTeardown: '<rootDir>/test/support/global-teardown.mjs',
};
module.exports = {
  // Per-project testTimeout is ignored by jest 30; the e2e flows (process restarts) need more than 5 s.
  testTimeout: 60000,
  projects: [
    { ...common, displayName: 'unit', rootDir: __dirname, testMatch: ['<rootDir>/src/**/*.spec.ts'] },
    { ...common, ...onPostgres, displayName: 'integration', testMatch: ['<rootDir>/test/integration/**/*.integration-spec.ts'] },
    { ...common, ...onPostgres, displayName: 'e2e', testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'] },
    { ...common, ...onPostgres, displayName: 'browser', testMatch: ['<rootDir>/test/browser/**/*.browser-spec.ts'] },
  ],
};
