import type { DesktopApi } from '../../src-shared/bridge/contract';

/** After a failed poll, wait before asking again rather than spinning on a broken bridge. */
const RETRY_AFTER_MS = 30_000;

let watching = false;

/**
 * Locks the app whenever the OS screen locks or the machine suspends, for
 * the rest of the page's life. Started once; later calls do nothing.
 */
export function watchSystemLock(bridge: Pick<DesktopApi, 'nextSystemLock'>, onLock: () => void): void {
  if (watching) return;
  watching = true;
  void (async () => {
    for (;;) {
      const result = await bridge.nextSystemLock();
      if (result.ok) onLock();
      else await new Promise((resolve) => setTimeout(resolve, RETRY_AFTER_MS));
    }
  })();
}
