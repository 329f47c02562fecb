/**
 * The renderer's Content-Security-Policy, used both as the <meta> tag written
 * into index.html at build time and as the header the desktop app's protocol
 * sends. No inline or remote script, no remote origins at all.
 *
 * Styles allow 'unsafe-inline' because Mantine sets CSS variables through
 * style attributes and a <style> element; scripts never do.
 */
const DIRECTIVES: Record<string, string[]> = {
  'default-src': ["'none'"],
  'script-src': ["'self'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'media-src': ["'self'", 'blob:', 'mediastream:'],
  'worker-src': ["'self'", 'blob:'],
  'frame-src': ["'self'", 'blob:'],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
};

/**
 * The development server injects an inline preamble for hot reload and talks
 * over a WebSocket; only `electron-vite dev` asks for this relaxed variant.
 */
const DEV_ADDITIONS: Record<string, string[]> = {
  'script-src': ["'unsafe-inline'"],
  'connect-src': ['ws:', 'http://localhost:*', 'http://127.0.0.1:*'],
};

/**
 * Browser mode (`npm run web`) has no main process to talk to the central
 * server for it, so the page itself must connect. The server's address is
 * typed in 设置 at run time, so no single origin can be named at build time;
 * the narrowest set that still works is:
 * - `https:`: any server reached over TLS (the production case);
 * - `http://127.0.0.1:*` and `http://localhost:*`: a server on this machine
 *   (development, the end-to-end tests).
 * Plain http to any other host stays refused: the device token would cross
 * the network in clear. The desktop app never gets these: its renderer keeps
 * `connect-src 'self'` and main makes every server request.
 */
const BROWSER_ADDITIONS: Record<string, string[]> = {
  'connect-src': ['https:', 'http://127.0.0.1:*', 'http://localhost:*'],
};

export interface CspOptions {
  /** `electron-vite dev`'s hot-reload server. */
  dev?: boolean;
  /** The browser-mode build, which talks to the central server from the page. */
  browser?: boolean;
}

export function contentSecurityPolicy(options: CspOptions = {}): string {
  return Object.entries(DIRECTIVES)
    .map(([name, sources]) => {
      const extra = [
        ...(options.dev ? (DEV_ADDITIONS[name] ?? []) : []),
        ...(options.browser ? (BROWSER_ADDITIONS[name] ?? []) : []),
      ];
      return `${name} ${[...new Set([...sources, ...extra])].join(' ')}`;
    })
    .join('; ');
}
