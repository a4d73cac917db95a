import { availableParallelism } from 'node:os'
import { defineConfig } from 'vitest/config'

// Measured on the 2-core machine (README "Tests"): worker threads sharing one module cache per
// worker (isolate: false) spend about a quarter less CPU than isolated forks, and two workers
// instead of vitest's default of cores - 1 (one, here) use both cores. No test file may leave
// global state changed (process.env, the current folder, module mocks).
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // CPU-heavy tests (the positions differential: ~12 s of CPU) share two cores with another
    // worker and, on the shared machine, with other developers' builds.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'threads',
    isolate: false,
    maxWorkers: Math.max(2, availableParallelism() - 1),
  },
})
