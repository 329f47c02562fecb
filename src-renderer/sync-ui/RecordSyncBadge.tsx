import { Badge, Group, Tooltip } from '@mantine/core';
import {
  IconArrowsDiff,
  IconCloudCheck,
  IconCloudExclamation,
  IconCloudPause,
  IconCloudUp,
  IconPaperclip,
} from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { SyncedTable } from '../../src-shared/records/record';
import { db } from '../store/instance';
import { RECORD_SYNC_LABELS, type RecordSyncState, recordSync } from '../sync/record-state';

const COLORS: Record<RecordSyncState, string> = {
  synced: 'teal',
  waiting: 'gray',
  pushing: 'blue',
  conflict: 'orange',
  error: 'red',
};

/** Icons tell the sync badge apart from the status badge beside it (草稿 and 待上传 are both gray). */
const ICONS: Record<RecordSyncState, typeof IconCloudCheck> = {
  synced: IconCloudCheck,
  waiting: IconCloudPause,
  pushing: IconCloudUp,
  conflict: IconArrowsDiff,
  error: IconCloudExclamation,
};

const HINTS: Partial<Record<RecordSyncState, string>> = {
  conflict: '本机与其他窗口改了同一内容，请在“同步”页选择保留哪一方',
};

/** Where one record stands with the server: 已同步 / 待上传 / 上传中 / 冲突 / 错误, and 附件上传中. */
export function RecordSyncBadge({ table, id }: { table: SyncedTable; id: string }) {
  const sync = useLiveQuery(() => recordSync(db, table, id), [table, id]);
  if (!sync) return null;
  const hint = sync.state === 'error' ? (sync.message ?? '服务器没有接受这次修改') : HINTS[sync.state];
  const Icon = ICONS[sync.state];
  const badge = (
    <Badge
      variant="light"
      color={COLORS[sync.state]}
      leftSection={<Icon size={12} aria-hidden />}
      data-testid="record-sync-state"
    >
      {RECORD_SYNC_LABELS[sync.state]}
    </Badge>
  );
  return (
    <Group gap={4} wrap="nowrap">
      {hint ? (
        <Tooltip label={hint} withArrow multiline maw={320}>
          {badge}
        </Tooltip>
      ) : (
        badge
      )}
      {sync.attachmentsPending && (
        <Badge
          variant="outline"
          color="blue"
          leftSection={<IconPaperclip size={12} aria-hidden />}
          data-testid="record-attachments-state"
        >
          附件上传中
        </Badge>
      )}
    </Group>
  );
}
