import { describe, expect, it } from 'vitest';
import { EXPORT_FORMAT, parseApplicationExport } from '../../../src-shared/registration/export';
import { formQrPayload, parseFormQr, printedContentHash } from '../../../src-shared/registration/form-qr';
import { makeApplication, makeProject } from './registration/fixtures';

const data = () => ({
  application: makeApplication({ number: '2026HC-7F3K9Q-0001' }),
  project: makeProject(),
  photo: null,
});

describe('the form QR code', () => {
  it('carries the 申领编号 and the content hash, and reads back', async () => {
    const hash = await printedContentHash(data());
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    const payload = formQrPayload({ number: '2026HC-7F3K9Q-0001', hash });
    expect(payload).toBe(`WHTC|1|2026HC-7F3K9Q-0001|${hash.slice(0, 16)}`);
    expect(parseFormQr(payload)).toEqual({ number: '2026HC-7F3K9Q-0001', hash: hash.slice(0, 16) });
  });

  it('changes its hash when anything printed changes', async () => {
    const before = await printedContentHash(data());
    const changed = data();
    changed.application.applicant.phone = '13900000000';
    expect(await printedContentHash(changed)).not.toBe(before);
  });

  it('refuses codes that are not this form’s', () => {
    for (const text of [
      '',
      'https://example.org',
      'WHTC|2|2026HC-7F3K9Q-0001|0123456789abcdef',
      'WHTC|1|x|0123',
      'WHTC|1|2026HC-7F3K9Q-0001|XYZ',
    ]) {
      expect(parseFormQr(text)).toBeNull();
    }
  });
});

describe('the export file', () => {
  it('accepts what 导出 writes and refuses other files with a reason', () => {
    const good = { format: EXPORT_FORMAT, exportedAt: '2026-03-01T00:00:00Z', ...data() };
    expect(parseApplicationExport(JSON.parse(JSON.stringify(good)))).toMatchObject({ ok: true });
    expect(parseApplicationExport([])).toMatchObject({ ok: false, message: expect.stringContaining('JSON 对象') });
    expect(parseApplicationExport({ ...good, format: 'other' })).toMatchObject({
      ok: false,
      message: expect.stringContaining('文件格式'),
    });
    expect(parseApplicationExport({ ...good, application: {} })).toMatchObject({
      ok: false,
      message: expect.stringContaining('申领人员信息'),
    });
    expect(parseApplicationExport({ ...good, photo: { type: 'image/jpeg', base64: '%%%' } })).toMatchObject({
      ok: false,
      message: expect.stringContaining('base64'),
    });
  });
});
