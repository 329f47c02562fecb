import { Value } from '@sinclair/typebox/value';
import { PullResponse } from '../../src-shared/sync/schemas';
import type { TalentCardDb } from '../store/db';
import { acceptServerRecords, syncTables } from './accept';
import { readSyncMeta, writeSyncMeta } from './sync-meta';
import { answerError, type ServerRequester, SyncError, send } from './transport';

export const PULL_PAGE_SIZE = 500;

/**
 * Pulls every change after the cursor, a page at a time. Each page is written
 * in one transaction together with the new cursor, so a pull cut short
 * starts again at the first page not yet written (docs/sync-protocol.md §3).
 */
export async function pullAll(
  db: TalentCardDb,
  requester: ServerRequester,
  onProgress: (received: number) => void = () => {},
): Promise<number> {
  let received = 0;
  for (;;) {
    const { cursor } = await readSyncMeta(db);
    const response = await send(requester, {
      method: 'GET',
      path: `/api/v1/sync/pull?cursor=${cursor}&limit=${PULL_PAGE_SIZE}`,
    });
    if (response.status !== 200) throw answerError(response);
    if (!Value.Check(PullResponse, response.body)) {
      throw new SyncError('server', '服务器对下载的回答无法识别，请稍后重试。', 'unrecognised-response');
    }
    const page = response.body;
    await db.transaction('rw', syncTables(db), async () => {
      // Another sync of this database (a second window) may have moved on meanwhile: never go back.
      if ((await readSyncMeta(db)).cursor !== cursor) return;
      await acceptServerRecords(
        db,
        page.changes.map((record) => ({ record })),
      );
      await writeSyncMeta(db, { cursor: Math.max(cursor, page.cursor) });
    });
    received += page.changes.length;
    onProgress(received);
    if (!page.more) return received;
  }
}
