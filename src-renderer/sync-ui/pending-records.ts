import type { TalentCardDb } from '../store/db';

/**
 * 待上传: the records with changes not yet confirmed by the server, those
 * in the outbox and those in the batch being pushed, each counted once.
 */
export async function pendingRecordCount(db: TalentCardDb): Promise<number> {
  const [waiting, pushing] = await Promise.all([
    db.outbox.orderBy('[table+recordId]').uniqueKeys(),
    db.pushes.orderBy('[table+recordId]').uniqueKeys(),
  ]);
  return new Set([...waiting, ...pushing].map((key) => JSON.stringify(key))).size;
}
