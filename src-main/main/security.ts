import type { App, Session, WebContents } from 'electron';
import { isAppUrl } from './app-url';

export interface PermissionQuery {
  permission: string;
  requestingUrl: string;
  mediaTypes?: readonly string[];
}

/**
 * Every permission is refused except the camera, and only for the app's own
 * page (the photo step of the registration wizard takes a picture).
 */
export function isPermissionAllowed(query: PermissionQuery, devServerUrl: string | undefined): boolean {
  if (query.permission !== 'media' || !isAppUrl(query.requestingUrl, devServerUrl)) return false;
  const media = query.mediaTypes ?? [];
  return media.length > 0 && media.every((type) => type === 'video');
}

/** Denies new windows, foreign navigation and <webview> for every web contents. */
export function lockDownWebContents(contents: WebContents, devServerUrl: string | undefined): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  const refuseForeign = (event: { preventDefault(): void }, url: string) => {
    if (!isAppUrl(url, devServerUrl)) event.preventDefault();
  };
  contents.on('will-navigate', refuseForeign);
  contents.on('will-redirect', refuseForeign);
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

export function applySecurityPolicy(app: App, session: Session, devServerUrl: string | undefined): void {
  app.on('web-contents-created', (_event, contents) => lockDownWebContents(contents, devServerUrl));
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    const mediaTypes = 'mediaTypes' in details ? details.mediaTypes : undefined;
    callback(isPermissionAllowed({ permission, requestingUrl: details.requestingUrl, mediaTypes }, devServerUrl));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin, details) =>
    isPermissionAllowed(
      {
        permission,
        requestingUrl: details.requestingUrl ?? requestingOrigin,
        mediaTypes: details.mediaType ? [details.mediaType] : [],
      },
      devServerUrl,
    ),
  );
}
