import {
  applyChanges,
  type FieldChanges,
  type FieldConflict,
  fieldChanges,
  mergeChanges,
  readField,
} from '../../src-shared/sync/fields';
import type { Mutation, MutationStatus } from '../../src-shared/sync/schemas';

/** A record's state on the server: what a mutation starts from and leads to. */
export interface RecordState {
  rev: number;
  deleted: boolean;
  data: Record<string, unknown>;
}

export type Plan =
  | {
      status: Extract<MutationStatus, 'applied' | 'merged' | 'conflict'>;
      deleted: boolean;
      data: Record<string, unknown>;
      conflicts: FieldConflict[];
    }
  | { status: 'missing' };

function merge(current: RecordState, changes: FieldChanges, baseRev: number): Plan {
  if (current.deleted) {
    // A deleted record is not brought back: the whole change is a conflict.
    const conflicts = Object.entries(changes).map(([field, change]) => ({
      field,
      local: change.value,
      server: readField(current.data, field),
    }));
    return {
      status: 'conflict',
      deleted: true,
      data: current.data,
      conflicts: [{ field: 'deleted', local: false, server: true }, ...conflicts],
    };
  }
  if (baseRev === current.rev) {
    return { status: 'applied', deleted: false, data: applyChanges(current.data, changes), conflicts: [] };
  }
  const merged = mergeChanges(current.data, changes);
  return {
    status: merged.conflicts.length > 0 ? 'conflict' : 'merged',
    deleted: false,
    data: merged.data,
    conflicts: merged.conflicts,
  };
}

/**
 * What a mutation does to a record (docs/sync-protocol.md §2 steps 5–6),
 * before any permission check: the record's new state and the result, or
 * `missing` for a change to a record the server does not have.
 */
export function planMutation(current: RecordState | undefined, mutation: Mutation): Plan {
  switch (mutation.op) {
    case 'create':
      if (!current) return { status: 'applied', deleted: false, data: mutation.data, conflicts: [] };
      // The id exists already: the new record's fields merge like changes from an empty record.
      return merge(current, fieldChanges({}, mutation.data), -1);
    case 'update':
      if (!current) return { status: 'missing' };
      return merge(current, mutation.changes, mutation.baseRev);
    case 'delete':
      if (!current) return { status: 'missing' };
      if (current.deleted) return { status: 'applied', deleted: true, data: current.data, conflicts: [] };
      if (mutation.baseRev !== current.rev) {
        // Changed by someone else since: deleting would discard their change unseen.
        return {
          status: 'conflict',
          deleted: false,
          data: current.data,
          conflicts: [{ field: 'deleted', local: true, server: false }],
        };
      }
      return { status: 'applied', deleted: true, data: current.data, conflicts: [] };
  }
}
