import { afterAll, describe, expect, it } from 'vitest';
import { buildServer } from '../../../src-server/app';

const server = buildServer();
afterAll(async () => {
  await server.close();
});

describe('the server entry', () => {
  it('answers GET /healthz', async () => {
    const response = await server.inject({ method: 'GET', url: '/healthz' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok' });
  });

  it('answers unknown routes with 404', async () => {
    const response = await server.inject({ method: 'GET', url: '/nope' });
    expect(response.statusCode).toBe(404);
  });
});
