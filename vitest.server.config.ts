import { defineConfig } from 'vitest/config';

/** Server tests: a real database (PGlite, and PostgreSQL at TEST_DATABASE_URL), the real server. */
export default defineConfig({
  test: {
    include: ['tests/server/**/*.test.ts'],
    // The sync clients in these tests keep their records sealed, as a signed-in device does.
    setupFiles: ['tests/server/setup.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
