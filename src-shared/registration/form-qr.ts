import type { ApplicationExport } from './export';

/**
 * The QR code printed in the form's footer: the 申领编号 and a hash of the
 * printed content, so that a filed scan can be matched to its application
 * and a scan of an older printout can be told apart.
 *
 *   WHTC|1|2026HC-7F3K9Q-0001|3f2a9c0d1e4b5a67
 */
const PREFIX = 'WHTC';
const VERSION = '1';
/** Hex characters of the SHA-256 kept in the code: enough to tell printouts apart, short enough to scan. */
export const QR_HASH_LENGTH = 16;

export interface FormQr {
  number: string;
  hash: string;
}

export function formQrPayload({ number, hash }: FormQr): string {
  return [PREFIX, VERSION, number, hash.slice(0, QR_HASH_LENGTH)].join('|');
}

export function parseFormQr(text: string): FormQr | null {
  const parts = text.trim().split('|');
  if (parts.length !== 4 || parts[0] !== PREFIX || parts[1] !== VERSION) return null;
  const [, , number = '', hash = ''] = parts;
  if (!/^[0-9A-Z-]{8,40}$/.test(number) || !/^[0-9a-f]+$/.test(hash) || hash.length !== QR_HASH_LENGTH) return null;
  return { number, hash };
}

/** The printed content in a canonical text form: what the QR hash is taken over. */
export function printedContent(data: Pick<ApplicationExport, 'application' | 'project' | 'photo'>): string {
  const { application, project, photo } = data;
  return JSON.stringify([
    application.number,
    application.applicant,
    application.resume,
    application.unitOpinion,
    project && [project.name, project.amountWan, project.district, project.negotiatingUnit, project.overview],
    photo?.base64.length ?? 0,
  ]);
}

/** SHA-256 (hex) of the printed content, with the platform's WebCrypto (browser and Node alike). */
export async function printedContentHash(
  data: Pick<ApplicationExport, 'application' | 'project' | 'photo'>,
): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(printedContent(data)));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}
