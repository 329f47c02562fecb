/**
 * The fields every synced record carries (DESIGN.md §3). `id` is a UUID v7
 * made on the device; `rev` is the server revision the record was last seen
 * at (0 before its first sync); nothing synced is hard-deleted, `deleted`
 * marks a tombstone.
 */
export interface SyncedRecord {
  id: string;
  /** ISO 8601 instants (UTC). */
  createdAt: string;
  updatedAt: string;
  /** Who made the last change: the staff member's display name or account. */
  updatedBy: string;
  deviceId: string;
  rev: number;
  deleted: boolean;
}

export type RecordFields<T extends SyncedRecord> = Omit<T, keyof SyncedRecord>;

/** The tables whose records sync with the central server; each later kind of record is added here. */
export const SYNCED_TABLES = [
  'applications',
  'projects',
  'events',
  'enterprises',
  'stations',
  'stationEvents',
  'stationActivities',
  'audit',
] as const;

export type SyncedTable = (typeof SYNCED_TABLES)[number];

/**
 * Fields that hold the SHA-256 of an attachment (a photo, a scan), or a list
 * of them (the 名企优才类 evidence). The attachment's bytes are uploaded
 * after the record (docs/sync-protocol.md §4).
 */
export const ATTACHMENT_FIELDS: Readonly<Partial<Record<SyncedTable, readonly string[]>>> = {
  applications: ['photo', 'sealedScan', 'eligibilityEvidence', 'introductionEvidence', 'landing/evidence'],
  stations: [
    'conditionEvidence/venue',
    'conditionEvidence/industry',
    'conditionEvidence/experts',
    'conditionEvidence/management',
  ],
  stationEvents: ['evidence'],
  stationActivities: ['photos'],
};

/**
 * Records that belong to the district of another record rather than their
 * own: a status event belongs where its application does.
 */
export const OWNER_LINKS: Readonly<Partial<Record<SyncedTable, { table: SyncedTable; field: string }>>> = {
  events: { table: 'applications', field: 'applicationId' },
  stationEvents: { table: 'stations', field: 'stationId' },
  stationActivities: { table: 'stations', field: 'stationId' },
};
