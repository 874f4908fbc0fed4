// ESM jest: ts-jest transpiles (isolatedModules); `npm run typecheck` does the type checking.
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true, isolatedModules: true }] },
  testMatch: ['**/__tests__/**/*.test.ts'],
  testTimeout: 60000,
  verbose: false
}
