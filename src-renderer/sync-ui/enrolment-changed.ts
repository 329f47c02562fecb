import { syncRunner, useSyncStatus } from '../sync/background';

/**
 * After enrolling or forgetting this device: sync once so the status shows the
 * new enrolment (a new device syncs at once; a forgotten one shows 未登记). A
 * sync already running started with the old enrolment, so one more follows it.
 */
export async function syncAfterEnrolmentChange(): Promise<void> {
  if (useSyncStatus.getState().running) await syncRunner.syncNow();
  await syncRunner.syncNow();
}
