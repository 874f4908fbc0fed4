// ESM jest: ts-jest only transpiles (tsconfig has isolatedModules); `npm run typecheck` checks types.
import { availableParallelism } from 'node:os'

export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true }] },
  testMatch: ['**/__tests__/**/*.test.ts'],
  // Most test files spend their time waiting on child processes (git, pytest, the bundled action),
  // so two workers overlap those waits even on a 2-core machine (jest's default there is one).
  maxWorkers: Math.max(2, availableParallelism() - 1),
  testTimeout: 60000,
  verbose: false
}
