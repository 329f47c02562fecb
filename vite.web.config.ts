import { defineConfig } from 'vite';
import { rendererConfig } from './vite.renderer.ts';

/** Browser mode: the renderer alone, served on 127.0.0.1 (`npm run web`). */
export default defineConfig({
  ...rendererConfig('out/web', { browser: true }),
  preview: { host: '127.0.0.1', port: Number(process.env.PORT ?? 4173), strictPort: true },
});
