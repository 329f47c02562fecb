import { randomUUID } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import type { Limits } from '../../src-server/config';
import type { FieldChanges } from '../../src-shared/sync/fields';
import type { Mutation, PullResponse, PushResponse } from '../../src-shared/sync/schemas';
import type { TestDatabase } from './databases';
import { bearer, startTestServer, type TestServer } from './harness';

/** A device's side of the sync protocol in the server tests: numbered mutations, push and pull. */
export class SyncDevice {
  private nextId = 1;

  constructor(
    readonly server: TestServer,
    readonly token: string,
    readonly district: string,
  ) {}

  static async enrol(server: TestServer, role: 'city' | 'district', district: string): Promise<SyncDevice> {
    const { token } = await server.enrol(role, district);
    return new SyncDevice(server, token, district);
  }

  /** The next mutation id, taken. */
  take(): number {
    return this.nextId++;
  }

  create(data: Record<string, unknown>, options: { table?: Mutation['table']; district?: string } = {}): Mutation {
    const id = randomUUID();
    return {
      mutationId: this.take(),
      op: 'create',
      table: options.table ?? 'applications',
      id,
      district: options.district ?? this.district,
      baseRev: 0,
      data: { id, ...data },
    };
  }

  update(record: { id: string; rev: number; district: string }, changes: FieldChanges): Mutation {
    return {
      mutationId: this.take(),
      op: 'update',
      table: 'applications',
      id: record.id,
      district: record.district,
      baseRev: record.rev,
      changes,
    };
  }

  remove(record: { id: string; rev: number; district: string }): Mutation {
    return {
      mutationId: this.take(),
      op: 'delete',
      table: 'applications',
      id: record.id,
      district: record.district,
      baseRev: record.rev,
    };
  }

  pushRaw(mutations: unknown[]): Promise<LightMyRequestResponse> {
    return this.server.app.inject({
      method: 'POST',
      url: '/api/v1/sync/push',
      headers: bearer(this.token),
      payload: { mutations },
    });
  }

  /** Pushes and expects 200. */
  async push(...mutations: Mutation[]): Promise<PushResponse> {
    const response = await this.pushRaw(mutations);
    if (response.statusCode !== 200) throw new Error(`push failed: ${response.statusCode} ${response.body}`);
    return response.json<PushResponse>();
  }

  async pull(cursor: number, limit?: number): Promise<PullResponse> {
    const query = `cursor=${cursor}${limit ? `&limit=${limit}` : ''}`;
    const response = await this.server.app.inject({
      method: 'GET',
      url: `/api/v1/sync/pull?${query}`,
      headers: bearer(this.token),
    });
    if (response.statusCode !== 200) throw new Error(`pull failed: ${response.statusCode} ${response.body}`);
    return response.json<PullResponse>();
  }

  /** Every page from `cursor` until `more` is false. */
  async pullAll(cursor = 0, limit?: number): Promise<PullResponse> {
    const changes: PullResponse['changes'] = [];
    let page: PullResponse;
    do {
      page = await this.pull(cursor, limit);
      changes.push(...page.changes);
      cursor = page.cursor;
    } while (page.more);
    return { changes, cursor, more: false };
  }
}

/** A server with one city device and the district devices of 环翠区 (HC) and 文登区 (WD). */
export async function startSyncServer(database: TestDatabase, limits: Partial<Limits> = {}) {
  const server = await startTestServer(database, { enrolmentsPerMinute: 1000, ...limits });
  return {
    server,
    city: await SyncDevice.enrol(server, 'city', 'SJ'),
    hc: await SyncDevice.enrol(server, 'district', 'HC'),
    wd: await SyncDevice.enrol(server, 'district', 'WD'),
  };
}
