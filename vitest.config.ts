import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { appDefines } from './vite.renderer.ts';

export default defineConfig({
  plugins: [react()],
  define: appDefines,
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    // Renderer tests run in a DOM: they declare `@vitest-environment happy-dom` at the top.
    restoreMocks: true,
    setupFiles: ['tests/unit/setup.ts'],
  },
});
