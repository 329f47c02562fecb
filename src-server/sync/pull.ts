import type { PullResponse } from '../../src-shared/sync/schemas';
import type { Database } from '../db/database';
import type { AuthenticatedDevice } from '../devices';
import { RECORD_COLUMNS, type RecordRow, storedRecord } from '../records';

/**
 * The changes after `cursor` a device may see, oldest first (one row per
 * record, its latest state), and where the next pull starts
 * (docs/sync-protocol.md §3).
 *
 * Both reads share one snapshot (REPEATABLE READ), and revisions commit in
 * order (records.ts): the snapshot holds every revision up to its largest
 * and none above, so answering that largest as the cursor skips nothing.
 */
export async function pullChanges(
  db: Database,
  device: AuthenticatedDevice,
  cursor: number,
  limit: number,
): Promise<PullResponse> {
  const scoped = device.role === 'city' ? '' : 'AND district = $3';
  const params = device.role === 'city' ? [cursor, limit + 1] : [cursor, limit + 1, device.district];
  return db.transaction(async (tx) => {
    await tx.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ');
    const rows = await tx.query<RecordRow>(
      `SELECT ${RECORD_COLUMNS} FROM records WHERE rev > $1 ${scoped} ORDER BY rev LIMIT $2`,
      params,
    );
    const more = rows.length > limit;
    const page = rows.slice(0, limit);
    if (more) return { changes: page.map(storedRecord), cursor: page[page.length - 1]?.rev ?? cursor, more };
    const [top] = await tx.query<{ rev: number | null }>('SELECT max(rev) AS rev FROM records');
    return { changes: page.map(storedRecord), cursor: Math.max(cursor, top?.rev ?? 0), more };
  });
}
