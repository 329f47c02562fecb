import type { AuthenticatedDevice } from '../devices';

/** How long a checked token is trusted without asking the database again. */
export const TOKEN_CACHE_MS = 10_000;
/** How often a device's last-seen time is written. */
const TOUCH_EVERY_MS = 60_000;
const MAX_ENTRIES = 10_000;

/**
 * Checked tokens and last-seen writes, per database, so that an ordinary
 * request costs no query for authentication. Revoking a device through this
 * process forgets its tokens at once; a revocation made by another process
 * on the same PostgreSQL database takes effect within {@link TOKEN_CACHE_MS}.
 */
export class DeviceCache {
  private readonly tokens = new Map<string, { device: AuthenticatedDevice; until: number }>();
  private readonly touched = new Map<string, number>();

  constructor(private readonly now: () => number = Date.now) {}

  get(tokenHash: string): AuthenticatedDevice | null {
    const entry = this.tokens.get(tokenHash);
    if (!entry) return null;
    if (entry.until > this.now()) return entry.device;
    this.tokens.delete(tokenHash);
    return null;
  }

  remember(tokenHash: string, device: AuthenticatedDevice): void {
    if (this.tokens.size >= MAX_ENTRIES) this.tokens.clear();
    this.tokens.set(tokenHash, { device, until: this.now() + TOKEN_CACHE_MS });
  }

  forgetDevice(id: string): void {
    for (const [hash, entry] of this.tokens) if (entry.device.id === id) this.tokens.delete(hash);
  }

  /** Whether the device's last-seen time is due to be written (and notes that it is being written now). */
  touchDue(id: string): boolean {
    const last = this.touched.get(id);
    if (last !== undefined && this.now() - last < TOUCH_EVERY_MS) return false;
    if (this.touched.size >= MAX_ENTRIES) this.touched.clear();
    this.touched.set(id, this.now());
    return true;
  }
}

const caches = new WeakMap<object, DeviceCache>();

/** The cache that belongs to one open database. */
export function deviceCacheFor(db: object): DeviceCache {
  let cache = caches.get(db);
  if (!cache) {
    cache = new DeviceCache();
    caches.set(db, cache);
  }
  return cache;
}
