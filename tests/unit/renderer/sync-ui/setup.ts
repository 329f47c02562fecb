import 'fake-indexeddb/auto';
import { createDraft, saveApplication } from '../../../../src-renderer/store/applications';
import { deviceIdentity, saveStaffProfile } from '../../../../src-renderer/store/device';
import { db } from '../../../../src-renderer/store/instance';
import type { Application } from '../../../../src-shared/registration/application';
import { actor } from '../store/helpers';

/** Empties the app's database and sets up this window's staff member, as 设置 would. */
export async function freshStore(): Promise<void> {
  await Promise.all(db.tables.map((table) => table.clear()));
  await deviceIdentity(db);
  await saveStaffProfile(db, { districtCode: actor.districtCode, staffName: actor.staffName });
}

/** A saved application with a name and phone, and nothing left in the outbox (as after a sync). */
export async function savedApplication(name: string, phone: string): Promise<Application> {
  const draft = await createDraft(db, actor);
  const result = await saveApplication(db, actor, { ...draft, applicant: { ...draft.applicant, name, phone } });
  if (!result.ok) throw new Error(result.message);
  await db.outbox.clear();
  return result.value;
}
