/**
 * The server's one view of its database, whichever it is: the embedded PGlite
 * (the default) or a PostgreSQL server (DATABASE_URL). Both speak the same SQL.
 */
export interface Queryable {
  /** One statement with $1… parameters; the result rows. */
  query<Row>(sql: string, params?: readonly unknown[]): Promise<Row[]>;
  /** Several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

export interface Database extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  /**
   * The embedded database only: a consistent gzipped tarball of its files,
   * taken between transactions by the process that has it open (see
   * src-server/admin/backup.ts). PostgreSQL is backed up with pg_dump instead.
   */
  dumpDataDir?(): Promise<Blob>;
}

/** The embedded database's directory inside DATA_DIR. */
export const PGLITE_SUBDIR = 'pglite';

export interface DatabaseConfig {
  /** postgres://… for a PostgreSQL server; none for the embedded database. */
  databaseUrl?: string;
  /** Where the embedded database keeps its files. */
  dataDir: string;
}

export async function openDatabase(config: DatabaseConfig): Promise<Database> {
  if (config.databaseUrl) {
    const { openPostgres } = await import('./postgres');
    return openPostgres(config.databaseUrl);
  }
  const { openPglite } = await import('./pglite');
  return openPglite(config.dataDir);
}
