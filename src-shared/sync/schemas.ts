import { type Static, Type } from '@sinclair/typebox';
import { DistrictCode, StoredRecord, TableName, Uuid } from '../api/schemas';

/**
 * The sync protocol's JSON (docs/sync-protocol.md §2–3) as JSON Schema, which
 * the server validates every request against, with the TypeScript types.
 * Objects refuse unknown fields; every string has a length limit.
 */

const strict = { additionalProperties: false } as const;

/** Most mutations in one push (the body must also stay within the 1 MiB JSON limit). */
export const MAX_MUTATIONS_PER_PUSH = 100;
export const DEFAULT_PULL_LIMIT = 500;
export const MAX_PULL_LIMIT = 1000;

const MutationId = Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER });
const Revision = Type.Integer({ minimum: 0, maximum: Number.MAX_SAFE_INTEGER });

/** A record's data: what the record is, without `rev`, `deleted` and local `_` fields. */
export const RecordData = Type.Record(Type.String({ maxLength: 100 }), Type.Unknown(), { maxProperties: 200 });

/** A field path (`key` or `key/sub`, docs/sync-protocol.md §1). */
const FieldPath = Type.String({ minLength: 1, maxLength: 201 });

export const FieldChangeSchema = Type.Object({ base: Type.Unknown(), value: Type.Unknown() }, strict);

const common = {
  mutationId: MutationId,
  table: TableName,
  id: Uuid,
  district: DistrictCode,
};

export const CreateMutation = Type.Object(
  { ...common, op: Type.Literal('create'), baseRev: Type.Literal(0), data: RecordData },
  strict,
);
export const UpdateMutation = Type.Object(
  {
    ...common,
    op: Type.Literal('update'),
    baseRev: Revision,
    changes: Type.Record(FieldPath, FieldChangeSchema, { minProperties: 1, maxProperties: 400 }),
  },
  strict,
);
export const DeleteMutation = Type.Object({ ...common, op: Type.Literal('delete'), baseRev: Revision }, strict);

export const Mutation = Type.Union([CreateMutation, UpdateMutation, DeleteMutation]);
export type Mutation = Static<typeof Mutation>;
export type CreateMutation = Static<typeof CreateMutation>;
export type UpdateMutation = Static<typeof UpdateMutation>;
export type DeleteMutation = Static<typeof DeleteMutation>;

export const PushRequest = Type.Object(
  { mutations: Type.Array(Mutation, { minItems: 1, maxItems: MAX_MUTATIONS_PER_PUSH }) },
  strict,
);
export type PushRequest = Static<typeof PushRequest>;

export const MutationStatus = Type.Union([
  Type.Literal('applied'),
  Type.Literal('merged'),
  Type.Literal('conflict'),
  Type.Literal('refused'),
  Type.Literal('duplicate'),
]);
export type MutationStatus = Static<typeof MutationStatus>;

export const FieldConflictSchema = Type.Object({
  field: Type.String(),
  local: Type.Unknown(),
  server: Type.Unknown(),
});

export const MutationResult = Type.Object({
  mutationId: Type.Integer(),
  status: MutationStatus,
  /** The record's state on the server after the mutation; absent when the device may not see it or it does not exist. */
  record: Type.Optional(StoredRecord),
  conflicts: Type.Optional(Type.Array(FieldConflictSchema)),
  /** Why a mutation was refused. */
  error: Type.Optional(Type.Object({ code: Type.String(), message: Type.String() })),
});
export type MutationResult = Static<typeof MutationResult>;

export const PushResponse = Type.Object({
  results: Type.Array(MutationResult),
  /** The last mutation id the server has applied for this device. */
  lastMutationId: Type.Integer(),
});
export type PushResponse = Static<typeof PushResponse>;

export const PullQuery = Type.Object(
  {
    /** Changes after this revision (a decimal string; 0 when absent). */
    cursor: Type.Optional(Type.String({ pattern: '^[0-9]{1,15}$', maxLength: 15 })),
    /** Most changes in the page, 1–1000 (default 500; larger values are cut to 1000). */
    limit: Type.Optional(Type.String({ pattern: '^[1-9][0-9]{0,3}$', maxLength: 4 })),
  },
  strict,
);
export type PullQuery = Static<typeof PullQuery>;

export const PullResponse = Type.Object({
  changes: Type.Array(StoredRecord),
  /** Where the next pull starts. */
  cursor: Type.Integer(),
  /** Whether more changes wait after `cursor` right now. */
  more: Type.Boolean(),
});
export type PullResponse = Static<typeof PullResponse>;
