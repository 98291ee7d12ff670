import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // The unit tests are pure modules: a worker evaluates a shared module (the engine, Plot, the
    // widgets' lib) once, not once per test file (CI time: the suite ran in about half the CPU
    // time). A test that needs a module's first state imports it afresh (vi.resetModules), as
    // tests/unit/widgets/lib/plot.test.ts does.
    isolate: false,
  },
});
