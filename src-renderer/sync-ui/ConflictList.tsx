import { Stack, Text, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import type { SyncConflict } from '../store/db';
import { db } from '../store/instance';
import { useActor } from '../store/use-actor';
import { ConflictCard } from './ConflictCard';

function hasId(conflict: SyncConflict): conflict is SyncConflict & { id: number } {
  return conflict.id !== undefined;
}

/** Every conflict and refused change waiting for a person's decision, oldest first. */
export function ConflictList() {
  const actor = useActor();
  const conflicts = useLiveQuery(async () => (await db.conflicts.orderBy('createdAt').toArray()).filter(hasId), []);
  return (
    <Stack gap="sm">
      <Title order={4}>待处理的冲突{conflicts?.length ? `（${conflicts.length}）` : ''}</Title>
      {conflicts?.length === 0 && (
        <Text size="sm" c="dimmed">
          没有待处理的冲突。多台设备改了同一内容、或服务器没有接受本机的修改时，会在这里列出，由您决定保留哪一方。
        </Text>
      )}
      {conflicts?.map((conflict) => (
        <ConflictCard key={conflict.id} conflict={conflict} actor={actor} />
      ))}
    </Stack>
  );
}
