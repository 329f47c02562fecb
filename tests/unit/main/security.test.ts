import { describe, expect, it } from 'vitest';
import { isAppUrl, rendererUrl } from '../../../src-main/main/app-url';
import { resolveInside } from '../../../src-main/main/protocol';
import { applySecurityPolicy, isPermissionAllowed, lockDownWebContents } from '../../../src-main/main/security';
import { isTrustedSender, secureWebPreferences } from '../../../src-main/main/window-policy';

describe('window defaults', () => {
  it('isolates and sandboxes the renderer, with no Node', () => {
    expect(secureWebPreferences('/app/out/preload/index.cjs')).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      webviewTag: false,
    });
  });
});

describe('isAppUrl', () => {
  it('accepts only the app’s own origin', () => {
    expect(isAppUrl('app://bundle/index.html#/settings', undefined)).toBe(true);
    expect(isAppUrl('app://other/index.html', undefined)).toBe(false);
    expect(isAppUrl('https://example.org/', undefined)).toBe(false);
    expect(isAppUrl('file:///etc/passwd', undefined)).toBe(false);
    expect(isAppUrl('not a url', undefined)).toBe(false);
  });

  it('accepts the dev server only while it is the renderer', () => {
    expect(rendererUrl('http://localhost:5173')).toBe('http://localhost:5173');
    expect(isAppUrl('http://localhost:5173/#/cards', 'http://localhost:5173')).toBe(true);
    expect(isAppUrl('http://localhost:5174/', 'http://localhost:5173')).toBe(false);
    expect(isAppUrl('app://bundle/index.html', 'http://localhost:5173')).toBe(false);
  });
});

describe('isPermissionAllowed', () => {
  const page = 'app://bundle/index.html';
  it('allows the camera for the app’s page', () => {
    expect(isPermissionAllowed({ permission: 'media', requestingUrl: page, mediaTypes: ['video'] }, undefined)).toBe(
      true,
    );
  });
  it('refuses the microphone, other permissions and foreign pages', () => {
    expect(isPermissionAllowed({ permission: 'media', requestingUrl: page, mediaTypes: ['audio'] }, undefined)).toBe(
      false,
    );
    expect(isPermissionAllowed({ permission: 'media', requestingUrl: page, mediaTypes: [] }, undefined)).toBe(false);
    for (const permission of ['geolocation', 'notifications', 'clipboard-read', 'openExternal', 'hid']) {
      expect(isPermissionAllowed({ permission, requestingUrl: page }, undefined)).toBe(false);
    }
    expect(
      isPermissionAllowed(
        { permission: 'media', requestingUrl: 'https://evil.example/', mediaTypes: ['video'] },
        undefined,
      ),
    ).toBe(false);
  });
});

describe('resolveInside', () => {
  const root = '/opt/app/out/renderer';
  it('maps request paths to files in the renderer folder', () => {
    expect(resolveInside(root, '/')).toBe('/opt/app/out/renderer/index.html');
    expect(resolveInside(root, '/assets/index-1.js')).toBe('/opt/app/out/renderer/assets/index-1.js');
  });
  it('refuses paths that leave it', () => {
    expect(resolveInside(root, '/../main/index.js')).toBeNull();
    expect(resolveInside(root, '/%2e%2e/%2e%2e/etc/passwd')).toBeNull();
    expect(resolveInside(root, '/%E0%A4%A')).toBeNull();
  });
});

describe('isTrustedSender', () => {
  const mainFrame = { url: 'app://bundle/index.html#/settings' };
  const webContents = { mainFrame };
  const window = { isDestroyed: () => false, webContents } as never;

  it('trusts the main frame of the app’s own window', () => {
    expect(isTrustedSender({ sender: webContents, senderFrame: mainFrame } as never, window, undefined)).toBe(true);
  });

  it('refuses other windows, sub-frames, foreign pages and closed windows', () => {
    const otherContents = { mainFrame };
    expect(isTrustedSender({ sender: otherContents, senderFrame: mainFrame } as never, window, undefined)).toBe(false);
    const subFrame = { url: 'app://bundle/index.html' };
    expect(isTrustedSender({ sender: webContents, senderFrame: subFrame } as never, window, undefined)).toBe(false);
    const navigated = { url: 'https://evil.example/' };
    const navigatedContents = { mainFrame: navigated };
    const navigatedWindow = { isDestroyed: () => false, webContents: navigatedContents } as never;
    expect(
      isTrustedSender({ sender: navigatedContents, senderFrame: navigated } as never, navigatedWindow, undefined),
    ).toBe(false);
    expect(isTrustedSender({ sender: webContents, senderFrame: null } as never, window, undefined)).toBe(false);
    const closed = { isDestroyed: () => true, webContents } as never;
    expect(isTrustedSender({ sender: webContents, senderFrame: mainFrame } as never, closed, undefined)).toBe(false);
  });
});

describe('lockDownWebContents', () => {
  type Listener = (event: { preventDefault(): void }, url?: string) => void;
  function fakeContents() {
    const listeners = new Map<string, Listener>();
    let openHandler: ((details: { url: string; disposition: string }) => { action: string }) | undefined;
    const contents = {
      setWindowOpenHandler: (handler: typeof openHandler) => {
        openHandler = handler;
      },
      on: (name: string, listener: Listener) => listeners.set(name, listener),
    };
    const emit = (name: string, url?: string) => {
      let prevented = false;
      listeners.get(name)?.({ preventDefault: () => (prevented = true) }, url);
      return prevented;
    };
    return { contents, emit, open: (url: string, disposition: string) => openHandler?.({ url, disposition }) };
  }

  it('denies every new window, middle-clicked links included', () => {
    const fake = fakeContents();
    lockDownWebContents(fake.contents as never, undefined);
    expect(fake.open('https://example.org/', 'foreground-tab')).toEqual({ action: 'deny' });
    expect(fake.open('app://bundle/index.html', 'background-tab')).toEqual({ action: 'deny' });
  });

  it('keeps navigation and redirects on the app’s own page and refuses <webview>', () => {
    const fake = fakeContents();
    lockDownWebContents(fake.contents as never, undefined);
    expect(fake.emit('will-navigate', 'https://evil.example/')).toBe(true);
    expect(fake.emit('will-redirect', 'file:///etc/passwd')).toBe(true);
    expect(fake.emit('will-navigate', 'app://bundle/index.html#/cards')).toBe(false);
    expect(fake.emit('will-attach-webview')).toBe(true);
  });

  it('is applied to every web contents the app creates, the print window too', () => {
    let created: ((event: unknown, contents: unknown) => void) | undefined;
    const app = {
      on: (name: string, listener: typeof created) => {
        if (name === 'web-contents-created') created = listener;
      },
    };
    const session = { setPermissionRequestHandler: () => undefined, setPermissionCheckHandler: () => undefined };
    applySecurityPolicy(app as never, session as never, undefined);
    const fake = fakeContents();
    created?.({}, fake.contents);
    expect(fake.open('https://example.org/', 'background-tab')).toEqual({ action: 'deny' });
  });
});
