import { defineConfig } from 'vitest/config';

// One runner for unit, integration and end-to-end tests. Native code (SQLCipher, llama.cpp) runs in
// forked workers, and files run one at a time: the machines have 2 cores and the model host wants one.
export default defineConfig({
  test: {
    include: ['shared/**/*.test.ts', 'electron/**/*.test.ts', 'renderer/**/*.test.ts', 'e2e/**/*.test.ts', 'bench/**/*.test.ts'],
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 180_000,
    reporters: ['default'],
  },
});
