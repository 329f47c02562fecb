import type { Application } from '../../src-shared/registration/application';
import { setStatus } from '../store/applications';
import { putAttachment } from '../store/attachments';
import type { TalentCardDb } from '../store/db';
import type { Actor } from '../store/device';
import { filingRefusal } from './match-scan';

export const FILING_REASON = '归档盖章件';

export type FilingResult = { ok: true; application: Application; sha256: string } | { ok: false; message: string };

/**
 * Files the stamped copy: the file is stored once by its SHA-256, then the
 * application moves to 已盖章 with the file's hash and a history event. The
 * status is checked inside the same transaction as the change. Should the
 * second step fail, the stored file is only an unreferenced attachment: the
 * application is left exactly as it was.
 */
export async function fileSealedScan(
  db: TalentCardDb,
  actor: Actor,
  applicationId: string,
  scan: { bytes: Uint8Array; type: string },
  now = new Date(),
): Promise<FilingResult> {
  const sha256 = await putAttachment(db, new Blob([scan.bytes as Uint8Array<ArrayBuffer>], { type: scan.type }), now);
  return db.transaction('rw', [db.applications, db.events, db.audit, db.outbox], async (): Promise<FilingResult> => {
    const stored = await db.applications.get(applicationId);
    if (!stored || stored.deleted) return { ok: false, message: '该申领记录不存在或已删除' };
    const refusal = filingRefusal(stored.status);
    if (refusal) return { ok: false, message: `申领编号 ${stored.number}：${refusal}` };
    const result = await setStatus(db, actor, applicationId, 'sealed', FILING_REASON, now, { sealedScan: sha256 });
    return result.ok ? { ok: true, application: result.value, sha256 } : { ok: false, message: result.message };
  });
}
