import type { DBCore, DBCoreCursor, DBCoreTable, Middleware } from 'dexie';
import { dataKeys } from './data-keys';
import { ATTACHMENTS_TABLE, openAttachment, openRow, SEALED_FIELDS, sealAttachment, sealRow } from './sealed-fields';

type Row = Record<string, unknown>;

interface RowCodec {
  seal(row: Row): Row;
  open(row: Row): Row;
}

function codecFor(table: string): RowCodec | null {
  if (table === ATTACHMENTS_TABLE) {
    return {
      seal: (row) => sealAttachment(dataKeys().fields, row),
      open: (row) => openAttachment(dataKeys().fields, row),
    };
  }
  const paths = SEALED_FIELDS[table];
  if (!paths) return null;
  return {
    seal: (row) => sealRow(dataKeys().fields, paths, row),
    open: (row) => openRow(dataKeys().fields, paths, row),
  };
}

const openValue = (codec: RowCodec, value: unknown) =>
  value && typeof value === 'object' ? codec.open(value as Row) : value;

function openingCursor(cursor: DBCoreCursor, codec: RowCodec): DBCoreCursor {
  // Read once per position: callers may look at `value` several times.
  let raw: unknown;
  let opened: unknown;
  // IndexedDB's own cursor answers key and primaryKey from native getters, which
  // refuse any `this` but the cursor itself (Chromium: "Illegal invocation").
  return Object.create(cursor, {
    key: { get: () => cursor.key },
    primaryKey: { get: () => cursor.primaryKey },
    value: {
      get: () => {
        if (cursor.value !== raw) {
          raw = cursor.value;
          opened = openValue(codec, raw);
        }
        return opened;
      },
    },
  }) as DBCoreCursor;
}

function sealedTable(table: DBCoreTable, codec: RowCodec): DBCoreTable {
  return {
    ...table,
    mutate: (req) =>
      req.type === 'add' || req.type === 'put'
        ? table.mutate({ ...req, values: req.values.map((value) => codec.seal(value as Row)) })
        : table.mutate(req),
    get: (req) => table.get(req).then((value) => openValue(codec, value)),
    getMany: (req) => table.getMany(req).then((values) => values.map((value) => openValue(codec, value))),
    query: (req) =>
      table
        .query(req)
        .then((response) =>
          req.values ? { ...response, result: response.result.map((value) => openValue(codec, value)) } : response,
        ),
    openCursor: (req) =>
      table.openCursor(req).then((cursor) => (cursor && req.values !== false ? openingCursor(cursor, codec) : cursor)),
  };
}

/**
 * Seals personal fields and attachment bytes on their way into IndexedDB and
 * opens them on the way out, below every other middleware: the rest of the
 * app, live queries and the sync client see plain records; the files on disk
 * hold only ciphertext. Synchronous (AES-GCM in JS), so it runs inside any
 * transaction, schema upgrades included.
 */
export const encryptionMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'Encryption',
  level: -10,
  create: (down) => ({
    ...down,
    table(name) {
      const table = down.table(name);
      const codec = codecFor(name);
      return codec ? sealedTable(table, codec) : table;
    },
  }),
};
