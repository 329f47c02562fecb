import 'fake-indexeddb/auto';
import { randomBytes, randomUUID } from 'node:crypto';
import { openDatabase, type TalentCardDb } from '../../src-renderer/store/db';
import type { Actor } from '../../src-renderer/store/device';
import { recordData } from '../../src-renderer/sync/local-rows';
import { type SyncDevice, syncOnce } from '../../src-renderer/sync/sync-once';
import type { ServerRequester } from '../../src-renderer/sync/transport';
import type { Role } from '../../src-shared/api/roles';
import type { ServerRequest } from '../../src-shared/bridge/contract';
import { type BridgeHandlers, runOperation } from '../../src-shared/bridge/run';
import {
  createServerClient,
  type Fetch,
  type StoredConnection,
  type TokenVault,
} from '../../src-shared/bridge/server-client';
import { SYNCED_TABLES } from '../../src-shared/records/record';
import { deviceCodeFrom } from '../../src-shared/registration/application-number';

/** A token kept in memory, for a client that lives as long as the test. */
function memoryVault(connection: StoredConnection): TokenVault {
  return {
    kind: 'os-keychain',
    async ensureAvailable() {},
    async load() {
      return connection;
    },
    async save() {},
    async clear() {},
  };
}

/**
 * One window's app in a test: its own IndexedDB (fake-indexeddb), the
 * renderer's store and sync client, and the bridge's server client speaking
 * HTTP to a real server. `online = false` makes every request fail the way an
 * unplugged network does.
 */
export class TestClient {
  online = true;
  readonly requester: ServerRequester;

  private constructor(
    readonly db: TalentCardDb,
    readonly actor: Actor,
    readonly device: SyncDevice,
    serverUrl: () => string,
    token: string,
    private readonly fetchOverride?: Fetch,
  ) {
    const connection = () =>
      memoryVault({
        serverUrl: serverUrl(),
        token,
        device: {
          id: device.id,
          name: actor.staffName,
          role: device.role,
          district: device.district,
          createdAt: '',
          lastSeenAt: null,
          revokedAt: null,
        },
      });
    this.requester = async (request: ServerRequest) => {
      const client = createServerClient({ fetch: (input, init) => this.fetch(input, init), vault: connection() });
      return runOperation('serverRequest', { serverRequest: client.request } as unknown as BridgeHandlers, [request]);
    };
  }

  static open(options: {
    serverUrl: () => string;
    token: string;
    deviceId: string;
    role: Role;
    district: string;
    staffName?: string;
    /** Used instead of the global fetch (e.g. one that counts requests and bytes). */
    fetch?: Fetch;
  }): TestClient {
    const db = openDatabase(`client-${randomUUID()}`);
    const actor: Actor = {
      deviceId: randomUUID(),
      deviceCode: deviceCodeFrom(randomBytes(8)),
      districtCode: options.district,
      staffName: options.staffName ?? `${options.district}窗口`,
    };
    const device: SyncDevice = { id: options.deviceId, role: options.role, district: options.district };
    return new TestClient(db, actor, device, options.serverUrl, options.token, options.fetch);
  }

  private fetch(input: string, init: RequestInit): Promise<Response> {
    if (!this.online) return Promise.reject(new TypeError('fetch failed'));
    return (this.fetchOverride ?? globalThis.fetch)(input, init);
  }

  sync() {
    return syncOnce(this.db, this.requester, this.device);
  }

  /** Every synced record this client holds, as the server would have it, by table and id. */
  async records(): Promise<Map<string, { deleted: boolean; data: Record<string, unknown> }>> {
    const all = new Map<string, { deleted: boolean; data: Record<string, unknown> }>();
    for (const table of SYNCED_TABLES) {
      for (const row of await this.db.table(table).toArray()) {
        all.set(`${table}/${row.id}`, { deleted: row.deleted, data: recordData(row) });
      }
    }
    return all;
  }

  async close(): Promise<void> {
    this.db.close();
    await this.db.delete();
  }
}
