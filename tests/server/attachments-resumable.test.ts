import { createHash, randomBytes } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DATABASES } from './databases';
import { bearer, errorCode, startTestServer, type TestServer } from './harness';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const LIMIT = 512 * 1024;

describe.each(TEST_DATABASES)('resumable attachment uploads on $name', (database) => {
  let server: TestServer;
  let hc: string;
  let wd: string;

  beforeAll(async () => {
    if (database.skipReason) return;
    server = await startTestServer(database, { attachmentBodyLimit: LIMIT });
    hc = (await server.enrol('district', 'HC')).token;
    wd = (await server.enrol('district', 'WD')).token;
  });
  afterAll(async () => {
    await server?.close();
  });

  const head = (token: string, hash: string) =>
    server.app.inject({ method: 'HEAD', url: `/api/v1/attachments/${hash}`, headers: bearer(token) });
  const patch = (token: string, hash: string, offset: number, length: number, bytes: Buffer) =>
    server.app.inject({
      method: 'PATCH',
      url: `/api/v1/attachments/${hash}`,
      headers: {
        ...bearer(token),
        'content-type': 'application/offset+octet-stream',
        'upload-offset': String(offset),
        'upload-length': String(length),
      },
      payload: bytes,
    });
  const get = (token: string, hash: string) =>
    server.app.inject({ method: 'GET', url: `/api/v1/attachments/${hash}`, headers: bearer(token) });
  const offsetOf = (response: LightMyRequestResponse) => Number(response.headers['upload-offset']);

  /** Uploads `bytes` in chunks of `size`, resuming from wherever HEAD says. */
  async function upload(token: string, bytes: Buffer, size: number): Promise<LightMyRequestResponse> {
    const hash = sha256(bytes);
    const state = await head(token, hash);
    let offset = state.statusCode === 204 ? offsetOf(state) : 0;
    for (;;) {
      const response = await patch(token, hash, offset, bytes.length, bytes.subarray(offset, offset + size));
      if (response.statusCode !== 204) return response;
      offset = offsetOf(response);
    }
  }

  it.skipIf(database.skipReason)('takes a file in 3 chunks across an interruption, resuming from HEAD', async () => {
    const bytes = randomBytes(150_000);
    const hash = sha256(bytes);
    expect((await head(hc, hash)).statusCode).toBe(404);
    const first = await patch(hc, hash, 0, bytes.length, bytes.subarray(0, 50_000));
    expect([first.statusCode, offsetOf(first)]).toEqual([204, 50_000]);
    // The connection drops: the client does not know how far the server got.
    const state = await head(hc, hash);
    expect([state.statusCode, offsetOf(state), Number(state.headers['upload-length'])]).toEqual([
      204,
      50_000,
      bytes.length,
    ]);
    expect((await get(hc, hash)).statusCode).toBe(404);
    const second = await patch(hc, hash, 50_000, bytes.length, bytes.subarray(50_000, 100_000));
    expect([second.statusCode, offsetOf(second)]).toEqual([204, 100_000]);
    const last = await patch(hc, hash, 100_000, bytes.length, bytes.subarray(100_000));
    expect(last.statusCode).toBe(201);
    expect((await head(hc, hash)).statusCode).toBe(200);
    const read = await get(hc, hash);
    expect(read.rawPayload.equals(bytes)).toBe(true);
    const [leftover] = await server.db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM attachment_upload_chunks WHERE sha256 = $1',
      [hash],
    );
    expect(leftover?.n).toBe(0);
  });

  it.skipIf(database.skipReason)('answers a wrong offset with 409 and the server’s offset', async () => {
    const bytes = randomBytes(30_000);
    const hash = sha256(bytes);
    const notStarted = await patch(hc, hash, 10_000, bytes.length, bytes.subarray(10_000, 20_000));
    expect([notStarted.statusCode, errorCode(notStarted), offsetOf(notStarted)]).toEqual([
      409,
      'upload-offset-mismatch',
      0,
    ]);
    await patch(hc, hash, 0, bytes.length, bytes.subarray(0, 10_000));
    const repeated = await patch(hc, hash, 0, bytes.length, bytes.subarray(0, 10_000));
    expect([repeated.statusCode, offsetOf(repeated)]).toEqual([409, 10_000]);
    const ahead = await patch(hc, hash, 20_000, bytes.length, bytes.subarray(20_000));
    expect([ahead.statusCode, offsetOf(ahead)]).toEqual([409, 10_000]);
    const otherLength = await patch(hc, hash, 10_000, bytes.length + 1, bytes.subarray(10_000, 20_000));
    expect([otherLength.statusCode, errorCode(otherLength)]).toEqual([409, 'upload-length-mismatch']);
    expect((await upload(hc, bytes, 10_000)).statusCode).toBe(201);
  });

  it.skipIf(database.skipReason)('drops an upload whose bytes do not match the hash: 400, nothing stored', async () => {
    const bytes = randomBytes(20_000);
    const hash = sha256(randomBytes(20_000));
    await patch(hc, hash, 0, bytes.length, bytes.subarray(0, 10_000));
    const last = await patch(hc, hash, 10_000, bytes.length, bytes.subarray(10_000));
    expect([last.statusCode, errorCode(last)]).toEqual([400, 'hash-mismatch']);
    expect((await head(hc, hash)).statusCode).toBe(404);
    const stored = await server.db.query('SELECT 1 FROM attachments WHERE sha256 = $1', [hash]);
    expect(stored).toEqual([]);
  });

  it.skipIf(database.skipReason)('stores a file two districts upload once, and lets each read it', async () => {
    const bytes = randomBytes(40_000);
    const hash = sha256(bytes);
    expect((await upload(hc, bytes, 16_000)).statusCode).toBe(201);
    expect((await head(wd, hash)).statusCode).toBe(404);
    expect((await get(wd, hash)).statusCode).toBe(403);
    expect((await upload(wd, bytes, 25_000)).statusCode).toBe(201);
    expect((await get(wd, hash)).rawPayload.equals(bytes)).toBe(true);
    const [row] = await server.db.query<{ n: number }>('SELECT count(*)::int AS n FROM attachments WHERE sha256 = $1', [
      hash,
    ]);
    expect(row?.n).toBe(1);
    // Sending the last chunk again (its answer was lost) is harmless.
    const again = await patch(hc, hash, 25_000, bytes.length, bytes.subarray(25_000));
    expect(again.statusCode).toBe(201);
  });

  it.skipIf(database.skipReason)('refuses uploads over the attachment limit and chunks past the length', async () => {
    const tooBig = await patch(hc, 'd'.repeat(64), 0, LIMIT + 1, randomBytes(10));
    expect([tooBig.statusCode, errorCode(tooBig)]).toEqual([413, 'body-too-large']);
    const past = await patch(hc, 'e'.repeat(64), 0, 10, randomBytes(11));
    expect([past.statusCode, errorCode(past)]).toEqual([400, 'upload-chunk-too-long']);
    const wrongType = await server.app.inject({
      method: 'PATCH',
      url: `/api/v1/attachments/${'f'.repeat(64)}`,
      headers: {
        ...bearer(hc),
        'content-type': 'application/octet-stream',
        'upload-offset': '0',
        'upload-length': '3',
      },
      payload: Buffer.from('abc'),
    });
    expect([wrongType.statusCode, errorCode(wrongType)]).toEqual([415, 'unsupported-media-type']);
  });
});
