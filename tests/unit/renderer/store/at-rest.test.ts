import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import {
  applicationsWithIdNumber,
  createDraft,
  getApplication,
  saveApplication,
  searchApplications,
} from '../../../../src-renderer/store/applications';
import { getAttachment, putAttachment, sealPlainAttachments } from '../../../../src-renderer/store/attachments';
import type { TalentCardDb } from '../../../../src-renderer/store/db';
import { createEnterprise } from '../../../../src-renderer/store/enterprises';
import { createStation } from '../../../../src-renderer/store/stations';
import type { EnterpriseFields } from '../../../../src-shared/enterprises/enterprise';
import type { StationFields } from '../../../../src-shared/stations/station';
import { actor, freshDb } from './helpers';

/**
 * Reads what IndexedDB holds, below the app's store: every object store of the
 * database through the raw IndexedDB API, every value walked down to its
 * strings and bytes (Blobs read out). A lost laptop gives an attacker this
 * much and no key.
 */
async function rawContents(name: string): Promise<{ strings: string[]; bytes: Uint8Array[] }> {
  const idb = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const values: unknown[] = [];
  for (const store of [...idb.objectStoreNames]) {
    const all = await new Promise<unknown[]>((resolve, reject) => {
      const request = idb.transaction(store).objectStore(store).getAll();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    values.push(...all);
  }
  idb.close();
  const strings: string[] = [];
  const bytes: Uint8Array[] = [];
  const blobs: Blob[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') strings.push(value);
    else if (value instanceof Uint8Array) bytes.push(value);
    else if (value instanceof ArrayBuffer) bytes.push(new Uint8Array(value));
    else if (value instanceof Blob) blobs.push(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object')
      for (const [key, inner] of Object.entries(value)) {
        walk(key);
        walk(inner);
      }
  };
  values.forEach(walk);
  for (const blob of blobs) bytes.push(new Uint8Array(await blob.arrayBuffer()));
  return { strings, bytes };
}

function containsBytes(haystack: Uint8Array, needle: Uint8Array): boolean {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** Whether any string or byte run held at rest contains the text (as UTF-8 or UTF-16). */
function holds(contents: { strings: string[]; bytes: Uint8Array[] }, text: string): boolean {
  if (contents.strings.some((s) => s.includes(text))) return true;
  const utf8 = new TextEncoder().encode(text);
  const utf16 = new Uint8Array(new Uint16Array([...text].map((c) => c.charCodeAt(0))).buffer);
  return contents.bytes.some((b) => containsBytes(b, utf8) || containsBytes(b, utf16));
}

const ID_NUMBER = '37010219900307123X';
const PHONE = '13912345678';
const CONTACT_PHONE = '13698765432';
const STATION_PHONE = '13587654321';
const RESUME = '威海海洋装备制造有限公司总经理助理';

let db: TalentCardDb;
afterEach(() => db?.close());

describe('personal data at rest', () => {
  it('keeps no 证件号码, phone, résumé or photo bytes readable in IndexedDB, while the app reads and finds them', async () => {
    db = freshDb();
    // A photo with a recognisable run of bytes.
    const photoBytes = new Uint8Array(4096).map((_, i) => (i * 37 + 11) % 251);
    const photo = await putAttachment(db, new Blob([photoBytes], { type: 'image/jpeg' }));
    const draft = await createDraft(db, actor);
    const saved = await saveApplication(db, actor, {
      ...draft,
      applicant: { ...draft.applicant, name: '张海明', idNumber: ID_NUMBER, phone: PHONE, school: '山东大学' },
      photo,
      resume: {
        entries: [{ from: '2015-07', to: '2020-06', organisation: RESUME, position: '助理' }],
        remark: '',
        overlapsConfirmed: false,
      } as never,
    });
    expect(saved.ok).toBe(true);
    const enterpriseFields: EnterpriseFields = {
      name: '威海海洋装备制造有限公司',
      uscc: '91350100M000100Y43',
      district: 'HC',
      contactName: '刘洋',
      contactPhone: CONTACT_PHONE,
    };
    expect((await createEnterprise(db, actor, enterpriseFields)).ok).toBe(true);
    const stationFields: StationFields = {
      name: '威海海洋装备高层次人才驿站',
      type: 'innovation',
      hostName: '威海海洋装备制造有限公司',
      hostUscc: '91350100M000100Y43',
      district: 'HC',
      hostAddress: '威海市环翠区海滨北路 1 号',
      contacts: [{ name: '刘洋', title: '人力资源部经理', phone: STATION_PHONE }],
      functions: ['liaison'],
      conditions: { venue: '场地', industry: '企业', experts: '专家', management: '制度' },
      conditionEvidence: { venue: [], industry: [], experts: [], management: [] },
      route: 'district',
    };
    expect((await createStation(db, actor, stationFields)).ok).toBe(true);
    // The sync tables keep copies of records: the confirmed state and a batch in flight.
    const record = await getApplication(db, draft.id);
    await db.bases.put({
      table: 'applications',
      id: draft.id,
      district: 'HC',
      rev: 3,
      deleted: false,
      data: { ...record },
    });
    await db.pushes.put({
      mutationId: 1,
      table: 'applications',
      recordId: draft.id,
      mutation: { kind: 'update', id: draft.id, changes: { applicant: record?.applicant } } as never,
      sent: { ...record },
    });

    const contents = await rawContents(db.name);
    // The scan sees what is not sealed: the name, the school, the enterprise's name.
    expect(holds(contents, '张海明')).toBe(true);
    expect(holds(contents, '山东大学')).toBe(true);
    for (const secret of [ID_NUMBER, '199003071', PHONE, CONTACT_PHONE, STATION_PHONE, RESUME]) {
      expect(holds(contents, secret), secret).toBe(false);
    }
    expect(contents.bytes.some((b) => containsBytes(b, photoBytes.subarray(1000, 1064)))).toBe(false);

    // The app still reads and finds all of it.
    expect((await getApplication(db, draft.id))?.applicant).toMatchObject({ idNumber: ID_NUMBER, phone: PHONE });
    expect(new Uint8Array(await ((await getAttachment(db, photo)) as Blob).arrayBuffer())).toEqual(photoBytes);
    for (const tail of ['123X', '123x', '0307123X', ID_NUMBER]) {
      expect(
        (await searchApplications(db, { text: tail })).map((a) => a.id),
        tail,
      ).toEqual([draft.id]);
    }
    expect(await searchApplications(db, { text: '1234' })).toEqual([]);
    const other = await createDraft(db, actor);
    const same = { ...other, applicant: { ...other.applicant, idNumber: ID_NUMBER } };
    expect((await saveApplication(db, actor, same)).ok).toBe(true);
    expect((await applicationsWithIdNumber(db, same)).map((a) => a.id)).toEqual([draft.id]);
  });

  it('seals attachments kept before sealing began, and reads them the same', async () => {
    db = freshDb();
    await db.open();
    const bytes = new Uint8Array(2048).map((_, i) => (i * 53 + 7) % 241);
    // A row as stored before: the plain Blob.
    const idb = db.backendDB();
    await new Promise<void>((resolve, reject) => {
      const tx = idb.transaction('attachments', 'readwrite');
      tx.objectStore('attachments').put({
        sha256: 'legacy',
        blob: new Blob([bytes], { type: 'image/png' }),
        type: 'image/png',
        size: bytes.length,
        createdAt: '2026-01-01T00:00:00.000Z',
      });
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    expect((await rawContents(db.name)).bytes.some((b) => containsBytes(b, bytes.subarray(100, 164)))).toBe(true);

    expect(await sealPlainAttachments(db)).toBe(1);
    // Done once: later starts do not go over the attachments again.
    expect(await sealPlainAttachments(db)).toBe(0);
    expect((await rawContents(db.name)).bytes.some((b) => containsBytes(b, bytes.subarray(100, 164)))).toBe(false);
    const back = await getAttachment(db, 'legacy');
    expect(back?.type).toBe('image/png');
    expect(new Uint8Array(await (back as Blob).arrayBuffer())).toEqual(bytes);
  });
});
