import type { DesktopApi } from '../../src-shared/bridge/contract';
import { createWebDesktop } from './web-desktop';

/** True when the renderer runs in a plain browser rather than inside the desktop app. */
export const isBrowserMode = typeof window !== 'undefined' && window.desktop === undefined;

/** The desktop bridge: the preload's in the app, the web implementation in a browser. */
export const desktop: DesktopApi = window.desktop ?? createWebDesktop();
