import { Alert, Badge, Group, Paper, Stack, Switch, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useAuditedReveal } from '../app/use-audited-reveal';
import type { SyncConflict } from '../store/db';
import type { Actor } from '../store/device';
import { db } from '../store/instance';
import { refusalAdvice } from './advice';
import { ConflictActions } from './ConflictActions';
import { ConflictFieldTable } from './ConflictFieldTable';
import { conflictSubject } from './conflict-subject';
import { tableLabel } from './field-labels';
import { isSensitiveField } from './field-values';
import { formatDateTime } from './format-time';

interface ConflictCardProps {
  conflict: SyncConflict & { id: number };
  actor: Actor | null | undefined;
}

/** One conflict or refused change: which record, both sides' values, and the staff member's choice. */
export function ConflictCard({ conflict, actor }: ConflictCardProps) {
  const subject = useLiveQuery(() => conflictSubject(db, conflict), [conflict]);
  const title = subject?.title ?? `${tableLabel(conflict.table)} ${conflict.recordId}`;
  const {
    shown: reveal,
    busy: revealing,
    reveal: show,
    hide,
  } = useAuditedReveal({ table: conflict.table, id: conflict.recordId, label: title }, '同步冲突中显示完整号码');
  const refused = conflict.kind === 'refused';
  const sensitive = conflict.fields.some(({ field }) => isSensitiveField(field));

  return (
    <Paper withBorder radius="md" p="md" data-testid="conflict">
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Group gap="xs">
            <Badge color={refused ? 'red' : 'orange'} variant="light">
              {refused ? '错误' : '冲突'}
            </Badge>
            <Text fw={600} data-testid="conflict-record">
              {title}
            </Text>
          </Group>
          <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
            {formatDateTime(conflict.createdAt)}
          </Text>
        </Group>
        {refused ? (
          <Alert color="red" title="错误" data-testid="conflict-error">
            <Stack gap={4}>
              <Text size="sm">{conflict.error?.message ?? '服务器没有接受这次修改。'}</Text>
              <Text size="sm">
                <b>下一步：</b>
                {refusalAdvice(conflict.error?.code)}
              </Text>
            </Stack>
          </Alert>
        ) : (
          <Text size="sm">本机和其他窗口都修改了下列内容。记录现在按服务器的值显示，请核对后选择保留哪一方。</Text>
        )}
        <ConflictFieldTable
          table={conflict.table}
          fields={conflict.fields}
          options={{ names: subject?.names, reveal }}
        />
        {refused && (
          <Text size="sm" c="dimmed">
            服务器没有接受本机的这次修改，记录已恢复为服务器上的内容。表中“本机的值”只保存在这台电脑上，点击“知道了”后不再保留，如还需要请先记下。
          </Text>
        )}
        {sensitive && (
          <Switch
            size="sm"
            label="显示完整号码"
            checked={reveal}
            disabled={revealing}
            onChange={(event) => (event.currentTarget.checked ? void show() : hide())}
          />
        )}
        <ConflictActions conflict={conflict} actor={actor} recordDeleted={subject?.deleted ?? false} />
      </Stack>
    </Paper>
  );
}
