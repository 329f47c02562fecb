/** The scheme and host the packaged renderer is served from (see protocol.ts). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'bundle';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/**
 * Where the window loads the renderer from: the development server while
 * `electron-vite dev` runs, otherwise the app's own protocol.
 */
export function rendererUrl(devServerUrl: string | undefined): string {
  return devServerUrl ? devServerUrl : `${APP_ORIGIN}/index.html`;
}

/** True when `url` belongs to the renderer this app loads, and nothing else. */
export function isAppUrl(url: string, devServerUrl: string | undefined): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  const allowed = devServerUrl ? new URL(devServerUrl).origin : APP_ORIGIN;
  // Non-special schemes such as app: report the origin "null"; compare parts instead.
  return `${parsed.protocol}//${parsed.host}` === allowed;
}
