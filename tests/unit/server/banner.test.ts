import { describe, expect, it } from 'vitest';
import { bannerText } from '../../../src-server/banner';

const facts = {
  address: 'http://127.0.0.1:8787',
  dataDir: '/srv/talent/data',
  databaseKind: 'pglite' as const,
  loopbackOnly: true,
  firstAdminCode: { code: 'AB2C-D3EF', role: 'admin' as const, district: 'SJ', expiresAt: '2026-11-24T00:00:00.000Z' },
};

describe('the start banner', () => {
  it('tells where the server listens and how to enrol the first admin device', () => {
    const text = bannerText(facts);
    expect(text).toContain('已启动：http://127.0.0.1:8787');
    expect(text).toContain('内置数据库 PGlite（/srv/talent/data）');
    // The code alone on its line, indented: people copy it, the benchmark reads it.
    expect(text).toMatch(/^ {4}AB2C-D3EF$/m);
    expect(text).toContain('有效至 2026/11/24 08:00:00');
    expect(text).toContain('curl -X POST http://127.0.0.1:8787/api/v1/devices/enrol');
    expect(text).toContain('npm run server -- admin create-enrolment --district 环翠区 --role district');
    expect(text).not.toContain('HTTPS');
  });

  it('says nothing of a first device once there is an admin device', () => {
    const text = bannerText({ ...facts, firstAdminCode: null, databaseKind: 'postgres' });
    expect(text).not.toContain('登记码（');
    expect(text).toContain('PostgreSQL');
  });

  it('warns to put HTTPS in front when the server answers beyond this machine', () => {
    expect(bannerText({ ...facts, loopbackOnly: false })).toContain('HTTPS 反向代理');
  });
});
