import type { SyncedTable } from '../../src-shared/records/record';

/**
 * Every table of the records database but the attachments (kept as files of
 * their own in the archive), and how a restore treats it when the profile
 * already has data. A table added to the schema must be added here: a test
 * compares this list with the database's.
 *
 * - `latest`: synced records; the later `updatedAt` wins (src-shared/backup/merge);
 * - `append`: history and audit; only missing rows are added;
 * - `meta`: device settings and counters; those already here are kept;
 * - `sync`: this device's own sync state; see ./restore-plan.
 */
export type TableRule = 'latest' | 'append' | 'meta' | 'sync';

export const TABLE_RULES = {
  applications: 'latest',
  projects: 'latest',
  enterprises: 'latest',
  stations: 'latest',
  stationActivities: 'latest',
  events: 'append',
  stationEvents: 'append',
  audit: 'append',
  meta: 'meta',
  bases: 'sync',
  outbox: 'sync',
  pushes: 'sync',
  conflicts: 'sync',
  uploads: 'sync',
} as const satisfies Record<string, TableRule>;

export type BackupTable = keyof typeof TABLE_RULES;

export const BACKUP_TABLES = Object.keys(TABLE_RULES) as BackupTable[];

export type RecordTable = {
  [Name in BackupTable]: (typeof TABLE_RULES)[Name] extends 'latest' | 'append' ? Name : never;
}[BackupTable];

/** Every record table is a synced one: restored records are queued for the next push. */
export const RECORD_TABLES = BACKUP_TABLES.filter(
  (table): table is RecordTable & SyncedTable => TABLE_RULES[table] === 'latest' || TABLE_RULES[table] === 'append',
);

/** What staff call each table, in the plan and the report. */
export const TABLE_LABELS: Record<BackupTable, string> = {
  applications: '申领登记',
  projects: '招商引资项目',
  enterprises: '冲击新目标企业',
  stations: '人才驿站',
  stationActivities: '驿站活动',
  events: '申领办理记录',
  stationEvents: '驿站办理记录',
  audit: '审计日志',
  meta: '本机设置与编号',
  bases: '同步基准',
  outbox: '待同步记录',
  pushes: '正在上传的更改',
  conflicts: '同步冲突',
  uploads: '待上传附件',
};

/** The unit each table's rows are counted in. */
export const TABLE_UNITS: Record<BackupTable, string> = {
  applications: '份',
  projects: '个',
  enterprises: '家',
  stations: '个',
  stationActivities: '次',
  events: '条',
  stationEvents: '条',
  audit: '条',
  meta: '项',
  bases: '条',
  outbox: '条',
  pushes: '条',
  conflicts: '条',
  uploads: '个',
};
