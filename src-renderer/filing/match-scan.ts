import type { Application, ApplicationStatus } from '../../src-shared/registration/application';
import { type FormQr, printedContentHash, QR_HASH_LENGTH } from '../../src-shared/registration/form-qr';
import { STATUS_LABELS } from '../applications/status-labels';
import { toApplication } from '../store/applications';
import type { TalentCardDb } from '../store/db';
import { exportApplication } from '../store/export';

/** Why a stamped copy cannot be filed for an application in this status, or null when it can. */
export function filingRefusal(status: ApplicationStatus): string | null {
  if (status === 'awaiting-seal' || status === 'sealed') return null;
  if (status === 'registered') return '尚未打印申领登记表，请先打印并交申领单位盖章';
  return `当前状态为“${STATUS_LABELS[status]}”，只有待盖章或已盖章的申领可以归档盖章件`;
}

export type ScanMatch =
  /** The code names the application; `printedVersionDiffers` when its content changed since that printout. */
  | { kind: 'confirmed'; application: Application; printedVersionDiffers: boolean }
  /** Filing for one application, the code names another. */
  | { kind: 'other-application'; scannedNumber: string; target: Application }
  | { kind: 'not-on-device'; scannedNumber: string }
  | { kind: 'not-fileable'; application: Application; reason: string }
  | { kind: 'no-qr' };

export async function findByNumber(db: TalentCardDb, number: string): Promise<Application | undefined> {
  const row = await db.applications.where('number').equals(number).first();
  return row && !row.deleted ? toApplication(row) : undefined;
}

/** True when the application's printed content is no longer what the code's hash was taken over. */
async function contentChangedSince(db: TalentCardDb, application: Application, qr: FormQr): Promise<boolean> {
  const exported = await exportApplication(db, application.id);
  if (!exported) return false;
  return (await printedContentHash(exported)).slice(0, QR_HASH_LENGTH) !== qr.hash;
}

/**
 * Matches a stamped copy's QR code to an application: to `target` when
 * filing from an application's page, to whichever application it names
 * otherwise. A code naming another application, or one not on this device,
 * is refused.
 */
export async function matchScan(db: TalentCardDb, qr: FormQr | null, target: Application | null): Promise<ScanMatch> {
  if (!qr) return { kind: 'no-qr' };
  if (target && qr.number !== target.number) return { kind: 'other-application', scannedNumber: qr.number, target };
  const application = await findByNumber(db, qr.number);
  if (!application) return { kind: 'not-on-device', scannedNumber: qr.number };
  const reason = filingRefusal(application.status);
  if (reason) return { kind: 'not-fileable', application, reason };
  return { kind: 'confirmed', application, printedVersionDiffers: await contentChangedSince(db, application, qr) };
}

export interface MatchMessage {
  color: 'teal' | 'red' | 'orange';
  title: string;
  text: string;
}

const who = (application: Application) =>
  `${application.applicant.name || '（未填姓名）'}（申领编号 ${application.number}）`;

/** What staff are told about the match, in Chinese. */
export function matchMessage(match: ScanMatch): MatchMessage {
  switch (match.kind) {
    case 'confirmed':
      return {
        color: 'teal',
        title: `已通过二维码确认：申领编号 ${match.application.number}`,
        text: `盖章件上的二维码对应${who(match.application)}。`,
      };
    case 'other-application':
      return {
        color: 'red',
        title: '盖章件与当前申领不符，不能归档',
        text: `该盖章件的二维码对应申领编号 ${match.scannedNumber}，而当前申领的申领编号是 ${match.target.number}。请核对后重新选择文件。`,
      };
    case 'not-on-device':
      return {
        color: 'red',
        title: '本机没有该盖章件对应的申领，不能归档',
        text: `该盖章件的二维码对应申领编号 ${match.scannedNumber}，本机没有这份申领记录（可能在其他设备登记且尚未同步）。`,
      };
    case 'not-fileable':
      return {
        color: 'red',
        title: `申领编号 ${match.application.number} 暂不能归档盖章件`,
        text: `${who(match.application)}${match.reason}。`,
      };
    case 'no-qr':
      return {
        color: 'orange',
        title: '未能识别盖章件上的二维码',
        text: '可能是拍摄不清、二维码被印章遮挡，或不是本系统打印的登记表。请人工核对后再归档。',
      };
  }
}

/** Shown beside a confirmed match whose printout is older than the current content. */
export const PRINTED_VERSION_DIFFERS =
  '二维码显示，该盖章件打印后登记内容又有修改：盖章件可能不是最新版本。请核对盖章件与当前登记内容一致后再归档，否则请重新打印并盖章。';
