import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { SyncConflict } from '../store/db';
import type { Actor } from '../store/device';
import { db } from '../store/instance';
import { keepServerValues, takeLocalValues } from '../sync/conflicts';

interface ConflictActionsProps {
  conflict: SyncConflict & { id: number };
  actor: Actor | null | undefined;
  /** The record is deleted on the server: its local values have nothing to go into. */
  recordDeleted: boolean;
}

type Choice = 'local' | 'server';

/** 采用本机的值 / 保留服务器的值 for a conflict; 知道了 for a refused change. */
export function ConflictActions({ conflict, actor, recordDeleted }: ConflictActionsProps) {
  const [busy, setBusy] = useState<Choice | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const choose = async (choice: Choice) => {
    setBusy(choice);
    setProblem(null);
    try {
      if (choice === 'local' && actor) await takeLocalValues(db, actor, conflict.id);
      else await keepServerValues(db, conflict.id);
    } catch {
      setProblem('未能保存这个选择：本机数据读写出错，冲突仍然保留，请重试。');
    } finally {
      setBusy(null);
    }
  };

  const localBlocked = recordDeleted
    ? '该记录已在服务器上删除，无法采用本机的值。'
    : actor
      ? null
      : '请先在“设置”中填写本机窗口与工作人员。';

  return (
    <Stack gap="xs">
      {problem && (
        <Alert color="red" role="alert">
          {problem}
        </Alert>
      )}
      {conflict.kind === 'refused' ? (
        <Group>
          <Button size="sm" variant="default" loading={busy === 'server'} onClick={() => void choose('server')}>
            知道了
          </Button>
        </Group>
      ) : (
        <Group gap="sm">
          <Button
            size="sm"
            color="orange"
            disabled={localBlocked !== null || busy === 'server'}
            loading={busy === 'local'}
            onClick={() => void choose('local')}
          >
            采用本机的值
          </Button>
          <Button
            size="sm"
            variant="default"
            disabled={busy === 'local'}
            loading={busy === 'server'}
            onClick={() => void choose('server')}
          >
            保留服务器的值
          </Button>
          {localBlocked && (
            <Text size="sm" c="dimmed">
              {localBlocked}
            </Text>
          )}
        </Group>
      )}
    </Stack>
  );
}
