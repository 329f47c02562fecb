import { DATABASE_NAME, openDatabase, type TalentCardDb } from './db';

/**
 * The app's one database connection: the signed-in profile's records
 * (src-renderer/session). Chosen once at sign-in, before anything reads it.
 */
export let db: TalentCardDb = openDatabase(DATABASE_NAME);

export function selectDatabase(name: string): void {
  if (db.name === name) return;
  db.close();
  db = openDatabase(name);
}
