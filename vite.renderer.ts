import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import type { Plugin, UserConfig } from 'vite';
import { contentSecurityPolicy } from './src-shared/content-security-policy.ts';

const root = import.meta.dirname;
const { version } = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { version: string };

/** Values written into the renderer at build time. */
export const appDefines = { __APP_VERSION__: JSON.stringify(version) };

/** Writes the Content-Security-Policy into index.html; relaxed only for the dev server's hot reload. */
function cspMeta(): Plugin {
  let dev = false;
  return {
    name: 'talent-card:csp',
    configResolved(config) {
      dev = config.command === 'serve' && !config.isProduction;
    },
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy({ dev }) },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/**
 * The renderer's build, shared by the desktop app (electron-vite) and browser
 * mode (`npm run web`): the same code, only the output folder differs.
 */
export function rendererConfig(outDir: string): UserConfig {
  return {
    root: resolve(root, 'src-renderer'),
    base: './',
    publicDir: resolve(root, 'src-renderer/public'),
    plugins: [react(), cspMeta()],
    define: appDefines,
    build: {
      outDir: resolve(root, outDir),
      emptyOutDir: true,
      target: 'chrome130',
      chunkSizeWarningLimit: 2048,
      rollupOptions: { input: resolve(root, 'src-renderer/index.html') },
    },
  };
}
