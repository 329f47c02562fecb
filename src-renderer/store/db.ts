import Dexie, { type EntityTable, type Table } from 'dexie';
import type { AuditEvent } from '../../src-shared/audit/event';
import { idNumberKey, idTailKeys } from '../../src-shared/crypto/id-search';
import type { Enterprise } from '../../src-shared/enterprises/enterprise';
import type { SyncedTable } from '../../src-shared/records/record';
import type { StatusEvent } from '../../src-shared/records/status-event';
import type { Application, InvestmentProject } from '../../src-shared/registration/application';
import type { Station, StationActivity, StationEvent } from '../../src-shared/stations/station';
import type { FieldConflict } from '../../src-shared/sync/fields';
import type { Mutation } from '../../src-shared/sync/schemas';
import { dataKeys } from './data-keys';
import { encryptionMiddleware } from './encryption';
import { SEALED_FIELDS } from './sealed-fields';

/** A photo or scan, stored once by the SHA-256 of its bytes. */
export interface Attachment {
  sha256: string;
  blob: Blob;
  type: string;
  size: number;
  createdAt: string;
}

/**
 * One change waiting to be pushed to the server. `seq` is the device's
 * mutation id: strictly increasing, never reused. The record's current state
 * is read from its table when the change is pushed.
 */
export interface OutboxEntry {
  seq?: number;
  table: SyncedTable;
  recordId: string;
  at: string;
}

/**
 * The state of a record as the server last confirmed it, with its owner
 * district and revision: local changes are the fields in which the record
 * differs from its base (docs/sync-protocol.md §1).
 */
export interface SyncBase {
  table: SyncedTable;
  id: string;
  district: string;
  rev: number;
  deleted: boolean;
  data: Record<string, unknown>;
}

/**
 * A mutation numbered for the server and kept until the server's answer is
 * applied, so a push cut short is sent again exactly as it was.
 */
export interface PendingMutation {
  mutationId: number;
  table: SyncedTable;
  recordId: string;
  mutation: Mutation;
  /** The record's data the mutation was made from (null for a deletion). */
  sent: Record<string, unknown> | null;
}

/**
 * A local change the server did not take as it was: a field both sides
 * changed (`conflict`, the server's value kept), or a change the server
 * refused (`refused`, with its reason). Kept until a person decides.
 */
export interface SyncConflict {
  id?: number;
  table: SyncedTable;
  recordId: string;
  kind: 'conflict' | 'refused';
  fields: FieldConflict[];
  error: { code: string; message: string } | null;
  createdAt: string;
}

/** An attachment that synced records refer to and the server may not have yet. */
export interface PendingUpload {
  sha256: string;
  /** The records (ids) waiting on it, for their 附件上传中 state. */
  recordIds: string[];
  at: string;
}

/** Device-local settings and counters (never synced). */
export interface MetaEntry {
  key: string;
  value: unknown;
}

/**
 * Local search keys kept beside a record; stripped before a record leaves the
 * device. The 证件号码 keys are keyed hashes (src-shared/crypto/id-search).
 */
export interface ApplicationRow extends Application {
  _nameKey: string;
  _idKey: string;
  _idTails: string[];
}

export type { SyncedTable } from '../../src-shared/records/record';

export const DATABASE_NAME = 'talent-card';

export type TalentCardDb = Dexie & {
  applications: EntityTable<ApplicationRow, 'id'>;
  projects: EntityTable<InvestmentProject, 'id'>;
  events: EntityTable<StatusEvent, 'id'>;
  enterprises: EntityTable<Enterprise, 'id'>;
  stations: EntityTable<Station, 'id'>;
  stationEvents: EntityTable<StationEvent, 'id'>;
  stationActivities: EntityTable<StationActivity, 'id'>;
  audit: EntityTable<AuditEvent, 'id'>;
  attachments: EntityTable<Attachment, 'sha256'>;
  outbox: EntityTable<OutboxEntry, 'seq'>;
  meta: EntityTable<MetaEntry, 'key'>;
  bases: Table<SyncBase, [SyncedTable, string]>;
  pushes: EntityTable<PendingMutation, 'mutationId'>;
  conflicts: EntityTable<SyncConflict, 'id'>;
  uploads: EntityTable<PendingUpload, 'sha256'>;
};

export function nameKey(name: string): string {
  return name.normalize('NFC').toLowerCase();
}

export function reversed(text: string): string {
  return [...text].reverse().join('');
}

/**
 * The schema's history. Versions only move forward; each later version says
 * how to bring existing rows up to date. Never edit a released version.
 */
export function defineSchema(db: Dexie): void {
  // v1: the first release of the registration store.
  db.version(1).stores({
    applications: 'id, &number, status, projectId, updatedAt, [applicant.idType+applicant.idNumber], applicant.name',
    projects: 'id, name, updatedAt',
    attachments: 'sha256',
    outbox: '++seq, [table+recordId]',
    meta: 'key',
  });
  // v2: case-insensitive name search and search by the tail of the 证件号码.
  db.version(2)
    .stores({
      applications:
        'id, &number, status, projectId, updatedAt, [applicant.idType+applicant.idNumber], _nameKey, _idReversed',
    })
    .upgrade((tx) =>
      tx
        .table('applications')
        .toCollection()
        .modify((row: ApplicationRow & { _idReversed?: string }) => {
          row._nameKey = nameKey(row.applicant.name);
          row._idReversed = reversed(row.applicant.idNumber);
        }),
    );
  // v3: the status history, and the filed stamped copy on each application.
  db.version(3)
    .stores({ events: 'id, applicationId, createdAt' })
    .upgrade((tx) =>
      tx
        .table('applications')
        .toCollection()
        .modify((row: ApplicationRow) => {
          row.sealedScan ??= null;
        }),
    );
  // v4: sync with the central server: confirmed states, the batch in flight, conflicts, attachments to upload.
  db.version(4).stores({
    bases: '[table+id]',
    pushes: 'mutationId, [table+recordId]',
    conflicts: '++id, [table+recordId], createdAt',
    uploads: 'sha256, *recordIds',
  });
  // v5: the card's review workflow: the issued card and the 落地 on each application, found by status.
  db.version(5)
    .stores({})
    .upgrade((tx) =>
      tx
        .table('applications')
        .toCollection()
        .modify((row: ApplicationRow) => {
          row.card ??= null;
          row.landing ??= null;
        }),
    );
  // v6: 名企优才类: the enterprises (found by USCC, which is not unique here: two devices offline may both
  // register one, and sync must keep both), and each application's category and enterprise, for its places.
  db.version(6)
    .stores({
      applications:
        'id, &number, status, projectId, enterpriseId, updatedAt, [applicant.idType+applicant.idNumber], _nameKey, _idReversed',
      enterprises: 'id, uscc, updatedAt',
    })
    .upgrade((tx) =>
      tx
        .table('applications')
        .toCollection()
        .modify((row: ApplicationRow) => {
          row.category ??= 'business-elite';
          row.enterpriseId ??= null;
          row.eligibility ??= null;
          row.eligibilityEvidence ??= [];
          row.introduction ??= null;
          row.introductionEvidence ??= [];
        }),
    );
  // v7: the files of the talent stations (人才驿站): the station, its append-only history, its activity log.
  db.version(7).stores({
    stations: 'id, status, district, updatedAt',
    stationEvents: 'id, stationId, [stationId+date]',
    stationActivities: 'id, stationId, [stationId+date]',
  });
  // v8: the audit log: each device's hash chain of views, exports, prints and status changes (append-only).
  db.version(8).stores({ audit: 'id, [chain+seq], at' });
  // v9: personal fields sealed at rest (./encryption): the plain 证件号码 indexes give way to keyed hashes,
  // and every row of a table with sealed fields is written again, which seals it.
  db.version(9)
    .stores({
      applications: 'id, &number, status, projectId, enterpriseId, updatedAt, _idKey, *_idTails, _nameKey',
    })
    .upgrade(async (tx) => {
      const { search } = dataKeys();
      for (const table of Object.keys(SEALED_FIELDS)) {
        const rows = await tx.table(table).toArray();
        if (table === 'applications') {
          for (const row of rows as (ApplicationRow & { _idReversed?: string })[]) {
            delete row._idReversed;
            row._idKey = idNumberKey(search, row.applicant.idType, row.applicant.idNumber);
            row._idTails = idTailKeys(search, row.applicant.idNumber);
          }
        }
        await tx.table(table).bulkPut(rows);
      }
    });
}

export function openDatabase(name = DATABASE_NAME): TalentCardDb {
  const db = new Dexie(name) as TalentCardDb;
  db.use(encryptionMiddleware);
  defineSchema(db);
  return db;
}
