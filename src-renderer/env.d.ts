/// <reference types="vite/client" />
import type { DesktopApi } from '../src-shared/bridge/contract';

declare global {
  interface Window {
    /** Present inside the desktop app (set by the preload); absent in browser mode. */
    desktop?: DesktopApi;
  }
  /** The version from package.json, written in at build time. */
  const __APP_VERSION__: string;
}
