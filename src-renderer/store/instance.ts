import { openDatabase } from './db';

/** The app's one database connection. */
export const db = openDatabase();
