import { type Static, Type } from '@sinclair/typebox';
import { SYNCED_TABLES } from '../records/record';
import { ROLES } from './roles';

/**
 * The JSON shapes of the central server's API, as JSON Schema (the server
 * validates every request against them) with their TypeScript types. Every
 * string has a length limit and every object refuses unknown fields.
 */

const strict = { additionalProperties: false } as const;

export const DistrictCode = Type.String({ pattern: '^[A-Z]{2}$', maxLength: 2 });
export const RoleSchema = Type.Union(
  ROLES.map((role) => Type.Literal(role)),
  { description: 'city 市级 / district 区市窗口 / admin 管理员' },
);
export const Uuid = Type.String({
  pattern: '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$',
  maxLength: 36,
});
export const Sha256 = Type.String({ pattern: '^[0-9a-f]{64}$', maxLength: 64 });
export const TableName = Type.Union(SYNCED_TABLES.map((table) => Type.Literal(table)));

/** Non-blank text of at most `max` characters. */
function Text(max: number, min = 1) {
  return Type.String({ minLength: min, maxLength: max, pattern: '\\S' });
}

export const EnrolRequest = Type.Object({ code: Text(32), deviceName: Text(100) }, strict);
export type EnrolRequest = Static<typeof EnrolRequest>;

export const DeviceInfo = Type.Object({
  id: Uuid,
  name: Type.String(),
  role: RoleSchema,
  district: DistrictCode,
  createdAt: Type.String(),
  lastSeenAt: Type.Union([Type.String(), Type.Null()]),
  revokedAt: Type.Union([Type.String(), Type.Null()]),
});
export type DeviceInfo = Static<typeof DeviceInfo>;

export const EnrolResponse = Type.Object({ device: DeviceInfo, token: Type.String() });
export type EnrolResponse = Static<typeof EnrolResponse>;

export const SignInRequest = Type.Object({ username: Text(64), password: Text(256) }, strict);
export type SignInRequest = Static<typeof SignInRequest>;

export const AccountInfo = Type.Object({
  id: Uuid,
  username: Type.String(),
  displayName: Type.String(),
  role: RoleSchema,
  district: DistrictCode,
  disabledAt: Type.Union([Type.String(), Type.Null()]),
  createdAt: Type.String(),
});
export type AccountInfo = Static<typeof AccountInfo>;

export const CreateEnrolmentRequest = Type.Object(
  {
    district: DistrictCode,
    role: RoleSchema,
    /** How long the code stays valid, in hours (default 24). */
    hours: Type.Optional(Type.Integer({ minimum: 1, maximum: 168 })),
  },
  strict,
);
export type CreateEnrolmentRequest = Static<typeof CreateEnrolmentRequest>;

export const EnrolmentCodeInfo = Type.Object({
  code: Type.String(),
  role: RoleSchema,
  district: DistrictCode,
  expiresAt: Type.String(),
});
export type EnrolmentCodeInfo = Static<typeof EnrolmentCodeInfo>;

export const CreateAccountRequest = Type.Object(
  {
    username: Type.String({ pattern: '^[a-z0-9_.-]{3,32}$', maxLength: 32 }),
    displayName: Text(50),
    role: RoleSchema,
    district: DistrictCode,
    password: Type.String({ minLength: 10, maxLength: 256 }),
  },
  strict,
);
export type CreateAccountRequest = Static<typeof CreateAccountRequest>;

export const RecordParams = Type.Object({ table: TableName, id: Uuid }, strict);
export type RecordParams = Static<typeof RecordParams>;

export const ListParams = Type.Object({ table: TableName }, strict);
export type ListParams = Static<typeof ListParams>;

export const ListQuery = Type.Object(
  {
    district: Type.Optional(DistrictCode),
    /** Records with a revision after this one (a decimal string). */
    after: Type.Optional(Type.String({ pattern: '^[0-9]{1,15}$', maxLength: 15 })),
    limit: Type.Optional(Type.String({ pattern: '^[0-9]{1,3}$', maxLength: 3 })),
  },
  strict,
);
export type ListQuery = Static<typeof ListQuery>;

/** One record as stored by the server: its envelope and the record's own JSON. */
export const StoredRecord = Type.Object({
  table: TableName,
  id: Uuid,
  district: DistrictCode,
  rev: Type.Integer(),
  deleted: Type.Boolean(),
  data: Type.Record(Type.String(), Type.Unknown()),
  updatedAt: Type.String(),
});
export type StoredRecord = Static<typeof StoredRecord>;

export const RecordList = Type.Object({ records: Type.Array(StoredRecord) });
export type RecordList = Static<typeof RecordList>;

export const RecordWrite = Type.Object(
  {
    district: DistrictCode,
    /** The revision this change was based on; 0 for a new record. */
    baseRev: Type.Integer({ minimum: 0 }),
    deleted: Type.Boolean(),
    data: Type.Record(Type.String({ maxLength: 100 }), Type.Unknown(), { maxProperties: 200 }),
  },
  strict,
);
export type RecordWrite = Static<typeof RecordWrite>;

export const AttachmentParams = Type.Object({ sha256: Sha256 }, strict);
export type AttachmentParams = Static<typeof AttachmentParams>;

export const DeviceParams = Type.Object({ id: Uuid }, strict);
export type DeviceParams = Static<typeof DeviceParams>;

/** The headers of one chunk of a resumable upload (docs/sync-protocol.md §4). */
export const UploadHeaders = Type.Object({
  'upload-offset': Type.String({ pattern: '^[0-9]{1,10}$', maxLength: 10 }),
  'upload-length': Type.String({ pattern: '^[0-9]{1,10}$', maxLength: 10 }),
});
export type UploadHeaders = Static<typeof UploadHeaders>;
