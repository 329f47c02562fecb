import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, readEnv } from '../../../src-server/config';

describe('the server environment', () => {
  it('defaults to 127.0.0.1:8787, ./data and the embedded database', () => {
    expect(readEnv({})).toEqual({
      host: '127.0.0.1',
      port: 8787,
      dataDir: './data',
      databaseUrl: undefined,
      trustProxy: undefined,
      limits: DEFAULT_LIMITS,
    });
  });

  it('reads HOST, PORT, DATA_DIR, DATABASE_URL and the limits', () => {
    const env = readEnv({
      HOST: '0.0.0.0',
      PORT: '9000',
      DATA_DIR: '/srv/talent',
      DATABASE_URL: 'postgres://u:p@db/talent',
      RATE_LIMIT_PER_MINUTE: '60',
      ATTACHMENT_BODY_LIMIT: '1000',
      TRUST_PROXY: '127.0.0.1',
    });
    expect(env.trustProxy).toBe('127.0.0.1');
    expect(env).toMatchObject({ host: '0.0.0.0', port: 9000, dataDir: '/srv/talent' });
    expect(env.databaseUrl).toBe('postgres://u:p@db/talent');
    expect(env.limits.requestsPerMinute).toBe(60);
    expect(env.limits.attachmentBodyLimit).toBe(1000);
  });

  it('refuses a limit that is not a whole number, naming the variable', () => {
    expect(() => readEnv({ PORT: 'eighty' })).toThrow(/PORT.*eighty/);
    expect(() => readEnv({ JSON_BODY_LIMIT: '-1' })).toThrow(/JSON_BODY_LIMIT/);
  });
});
