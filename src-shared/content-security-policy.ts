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

export function contentSecurityPolicy(options: { dev?: boolean } = {}): string {
  return Object.entries(DIRECTIVES)
    .map(([name, sources]) => {
      const extra = options.dev ? (DEV_ADDITIONS[name] ?? []) : [];
      return `${name} ${[...sources, ...extra].join(' ')}`;
    })
    .join('; ');
}
