import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DATABASES } from './databases';
import { bearer, startTestServer, type TestServer } from './harness';

/** The app in browser mode calls the server from another origin. */
describe.each(TEST_DATABASES)('cross-origin calls on $name', (database) => {
  let server: TestServer;
  beforeAll(async () => {
    if (database.skipReason) return;
    server = await startTestServer(database);
  });
  afterAll(async () => {
    await server?.close();
  });

  it.skipIf(database.skipReason)('answers the preflight without a token, allowing the headers sync sends', async () => {
    const response = await server.app.inject({
      method: 'OPTIONS',
      url: '/api/v1/sync/push',
      headers: {
        origin: 'http://127.0.0.1:4173',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization, content-type',
      },
    });
    expect(response.statusCode).toBe(204);
    expect(response.headers['access-control-allow-origin']).toBe('*');
    expect(String(response.headers['access-control-allow-headers'])).toContain('authorization');
    expect(String(response.headers['access-control-allow-methods'])).toContain('PATCH');
  });

  it.skipIf(database.skipReason)(
    'still refuses the actual call without a token, and marks answers readable',
    async () => {
      const refused = await server.app.inject({
        method: 'GET',
        url: '/api/v1/me',
        headers: { origin: 'http://127.0.0.1:4173' },
      });
      expect(refused.statusCode).toBe(401);
      expect(refused.headers['access-control-allow-origin']).toBe('*');
      const { token } = await server.enrol('district', 'HC');
      const allowed = await server.app.inject({
        method: 'GET',
        url: '/api/v1/me',
        headers: { origin: 'http://127.0.0.1:4173', ...bearer(token) },
      });
      expect(allowed.statusCode).toBe(200);
      expect(allowed.headers['access-control-expose-headers']).toContain('upload-offset');
    },
  );
});
