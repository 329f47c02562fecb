import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { FILING_REASON, fileSealedScan } from '../../../../src-renderer/filing/file-scan';
import { matchMessage, matchScan } from '../../../../src-renderer/filing/match-scan';
import { createDraft, getApplication, setStatus, statusHistory } from '../../../../src-renderer/store/applications';
import { getAttachment, sha256Hex } from '../../../../src-renderer/store/attachments';
import type { TalentCardDb } from '../../../../src-renderer/store/db';
import { exportApplication } from '../../../../src-renderer/store/export';
import type { Application, ApplicationStatus } from '../../../../src-shared/registration/application';
import { type FormQr, printedContentHash, QR_HASH_LENGTH } from '../../../../src-shared/registration/form-qr';
import { actor, freshDb } from '../store/helpers';

let db: TalentCardDb;
afterEach(() => db?.close());

async function applicationIn(status: ApplicationStatus, name = '张三'): Promise<Application> {
  const draft = await createDraft(db, actor);
  await db.applications.update(draft.id, { applicant: { ...draft.applicant, name } });
  const result = await setStatus(db, actor, draft.id, status, '测试');
  if (!result.ok) throw new Error(result.message);
  return result.value;
}

/** The code the printout of `application` carries, as the PDF generator makes it. */
async function qrOf(application: Application): Promise<FormQr> {
  const exported = await exportApplication(db, application.id);
  if (!exported) throw new Error('missing');
  return { number: application.number, hash: (await printedContentHash(exported)).slice(0, QR_HASH_LENGTH) };
}

describe('matching a stamped copy by its QR code', () => {
  it('confirms the application the code names', async () => {
    db = freshDb();
    const application = await applicationIn('awaiting-seal');
    const match = await matchScan(db, await qrOf(application), application);
    expect(match).toMatchObject({ kind: 'confirmed', printedVersionDiffers: false });
    expect(matchMessage(match).title).toBe(`已通过二维码确认：申领编号 ${application.number}`);
  });

  it('refuses a copy of another application, naming both numbers', async () => {
    db = freshDb();
    const first = await applicationIn('awaiting-seal', '张三');
    const second = await applicationIn('awaiting-seal', '李四');
    const match = await matchScan(db, await qrOf(first), second);
    expect(match.kind).toBe('other-application');
    const { text } = matchMessage(match);
    expect(text).toContain(first.number);
    expect(text).toContain(second.number);
  });

  it('finds the application itself when filing from the list', async () => {
    db = freshDb();
    await applicationIn('awaiting-seal', '张三');
    const second = await applicationIn('awaiting-seal', '李四');
    const match = await matchScan(db, await qrOf(second), null);
    expect(match.kind === 'confirmed' && match.application.id).toBe(second.id);
    expect(matchMessage(match).text).toContain('李四');
  });

  it('refuses a code naming an application that is not on this device', async () => {
    db = freshDb();
    const match = await matchScan(db, { number: '2026WD-AAAAAA-0009', hash: '0123456789abcdef' }, null);
    expect(match).toEqual({ kind: 'not-on-device', scannedNumber: '2026WD-AAAAAA-0009' });
    expect(matchMessage(match).text).toContain('2026WD-AAAAAA-0009');
  });

  it('refuses an application that was never printed for the seal', async () => {
    db = freshDb();
    const registered = await applicationIn('registered');
    const match = await matchScan(db, await qrOf(registered), null);
    expect(match.kind).toBe('not-fileable');
    expect(matchMessage(match).text).toContain('请先打印');
  });

  it('says when no code could be read, so that staff confirm by hand', async () => {
    db = freshDb();
    const application = await applicationIn('awaiting-seal');
    const match = await matchScan(db, null, application);
    expect(match).toEqual({ kind: 'no-qr' });
    expect(matchMessage(match).title).toBe('未能识别盖章件上的二维码');
  });

  it('notices a copy printed before the content was changed', async () => {
    db = freshDb();
    const application = await applicationIn('awaiting-seal');
    const printed = await qrOf(application);
    await db.applications.update(application.id, { applicant: { ...application.applicant, school: '山东大学' } });
    expect(await matchScan(db, printed, application)).toMatchObject({ kind: 'confirmed', printedVersionDiffers: true });
  });
});

describe('filing the stamped copy', () => {
  const scan = { bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]), type: 'image/png' };

  it('stores the file by its hash and moves the application to 已盖章, with the event', async () => {
    db = freshDb();
    const application = await applicationIn('awaiting-seal');
    const now = new Date(Date.now() + 60_000);
    const result = await fileSealedScan(db, actor, application.id, scan, now);
    const sha256 = await sha256Hex(scan.bytes.buffer as ArrayBuffer);
    expect(result).toMatchObject({ ok: true, sha256 });
    const stored = await getApplication(db, application.id);
    expect(stored).toMatchObject({ status: 'sealed', sealedScan: sha256 });
    expect((await getAttachment(db, sha256))?.type).toBe('image/png');
    expect((await statusHistory(db, application.id)).at(-1)).toMatchObject({
      from: 'awaiting-seal',
      to: 'sealed',
      reason: FILING_REASON,
      createdAt: now.toISOString(),
    });
  });

  it('refuses to file for an application that is not waiting for the seal, and changes nothing', async () => {
    db = freshDb();
    const application = await applicationIn('registered');
    const result = await fileSealedScan(db, actor, application.id, scan);
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining(application.number) });
    expect(await getApplication(db, application.id)).toMatchObject({ status: 'registered', sealedScan: null });
  });
});
