import { defineConfig } from 'vitest/config';

// Tests run on 2 CPU cores in CI: forks keep tfjs backends isolated per file, and the
// generous timeout covers parity tests that run tiny models on the wasm backend.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    pool: 'forks',
    testTimeout: 120_000,
    // One native thread per test process: the forks already use every core, and OpenBLAS threads
    // competing for them would slow everything down.
    env: { MEDTUNE_THREADS: process.env.MEDTUNE_THREADS ?? '1' },
    hookTimeout: 120_000,
  },
});
