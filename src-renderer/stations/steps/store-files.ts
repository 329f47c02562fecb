import type { ScanFile } from '../../filing/scan-file';
import { putAttachment } from '../../store/attachments';
import { db } from '../../store/instance';

/** Keeps picked files as attachments (by SHA-256, as the card page's LandingDialog does) and returns their hashes. */
export async function storeFiles(files: readonly ScanFile[]): Promise<string[]> {
  const hashes: string[] = [];
  for (const file of files) {
    hashes.push(await putAttachment(db, new Blob([file.bytes as Uint8Array<ArrayBuffer>], { type: file.type })));
  }
  return hashes;
}

/** The messages of a store refusal that no field of the dialog shows, for the dialog's alert. */
export function unplacedMessages(fields: Record<string, string>, shown: readonly string[]): string[] {
  return Object.entries(fields)
    .filter(([key]) => !shown.includes(key))
    .map(([, message]) => message);
}
