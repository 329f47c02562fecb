import Dexie, { type EntityTable } from 'dexie';
import type { SyncedTable } from '../../src-shared/records/record';
import type { StatusEvent } from '../../src-shared/records/status-event';
import type { Application, InvestmentProject } from '../../src-shared/registration/application';

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

/** Device-local settings and counters (never synced). */
export interface MetaEntry {
  key: string;
  value: unknown;
}

/** Local search keys kept beside a record; stripped before a record leaves the device. */
export interface ApplicationRow extends Application {
  _nameKey: string;
  _idReversed: string;
}

export type { SyncedTable } from '../../src-shared/records/record';

export const DATABASE_NAME = 'talent-card';

export type TalentCardDb = Dexie & {
  applications: EntityTable<ApplicationRow, 'id'>;
  projects: EntityTable<InvestmentProject, 'id'>;
  events: EntityTable<StatusEvent, 'id'>;
  attachments: EntityTable<Attachment, 'sha256'>;
  outbox: EntityTable<OutboxEntry, 'seq'>;
  meta: EntityTable<MetaEntry, 'key'>;
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
        .modify((row: ApplicationRow) => {
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
}

export function openDatabase(name = DATABASE_NAME): TalentCardDb {
  const db = new Dexie(name) as TalentCardDb;
  defineSchema(db);
  return db;
}
