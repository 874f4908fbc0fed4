// ESM jest: ts-jest only transpiles (tsconfig has isolatedModules); `npm run typecheck` checks types.
// Workers: jest's default (one fewer than the cores). On a busy machine more workers do not finish
// sooner, they only share the same CPU time and make every test slower.
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true }] },
  testMatch: ['**/__tests__/**/*.test.ts'],
  testTimeout: 60000,
  // one temporary directory per run, removed at its end
  globalSetup: '<rootDir>/__tests__/support/temp-root-setup.js',
  globalTeardown: '<rootDir>/__tests__/support/temp-root-teardown.js',
  verbose: false
}
