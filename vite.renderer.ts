import { execFileSync } from 'node:child_process';
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import type { Plugin, UserConfig } from 'vite';
import { contentSecurityPolicy } from './src-shared/content-security-policy.ts';

const root = import.meta.dirname;
const { version } = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { version: string };

/** Values written into the renderer at build time. */
export const appDefines = { __APP_VERSION__: JSON.stringify(version) };

/**
 * Writes the Content-Security-Policy into index.html; relaxed only for the dev
 * server's hot reload and, in browser mode, for connecting to the central server.
 */
function cspMeta(browser: boolean): Plugin {
  let dev = false;
  return {
    name: 'talent-card:csp',
    configResolved(config) {
      dev = config.command === 'serve' && !config.isProduction;
    },
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy({ dev, browser }) },
        injectTo: 'head-prepend',
      },
    ],
  };
}

interface FontManifest {
  fonts: { file: string }[];
  license: string;
}

/**
 * Ships the printed form's fonts with the renderer as `fonts/<file>`, so the
 * PDF worker loads them from the app's own origin (the CSP allows no other).
 * They come from resources/fonts, which scripts/fonts.mjs fills from
 * node_modules; it is run here too when that has not happened yet.
 */
function pdfFonts(): Plugin {
  const dir = resolve(root, 'resources/fonts');
  const manifestFile = resolve(dir, 'manifest.json');
  const fontFiles = (): string[] => {
    const read = () => JSON.parse(readFileSync(manifestFile, 'utf8')) as FontManifest;
    const listed = (manifest: FontManifest) => [...manifest.fonts.map((font) => font.file), manifest.license];
    if (!existsSync(manifestFile) || !listed(read()).every((file) => existsSync(resolve(dir, file)))) {
      execFileSync(process.execPath, [resolve(root, 'scripts/fonts.mjs')], { stdio: 'inherit' });
    }
    return [...listed(read()), 'manifest.json'];
  };
  return {
    name: 'talent-card:pdf-fonts',
    configureServer(server) {
      const files = new Set(fontFiles());
      server.middlewares.use('/fonts', (request, response, next) => {
        const file = basename((request.url ?? '').split('?')[0] ?? '');
        if (!files.has(file)) return next();
        response.setHeader('Content-Type', file.endsWith('.json') ? 'application/json' : 'font/ttf');
        createReadStream(resolve(dir, file)).pipe(response);
      });
    },
    generateBundle() {
      for (const file of fontFiles()) {
        this.emitFile({ type: 'asset', fileName: `fonts/${file}`, source: readFileSync(resolve(dir, file)) });
      }
    },
  };
}

/**
 * The renderer's build, shared by the desktop app (electron-vite) and browser
 * mode (`npm run web`): the same code; only the output folder differs, and
 * browser mode's CSP lets the page reach the central server.
 */
export function rendererConfig(outDir: string, options: { browser?: boolean } = {}): UserConfig {
  return {
    root: resolve(root, 'src-renderer'),
    base: './',
    publicDir: resolve(root, 'src-renderer/public'),
    plugins: [react(), cspMeta(options.browser ?? false), pdfFonts()],
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
