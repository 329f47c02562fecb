import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { ACTIVITY_KIND_LABELS, type StationActivity } from '../../../src-shared/stations/station';
import type { Actor } from '../../store/device';
import { db } from '../../store/instance';
import { deleteActivity } from '../../store/stations';

interface DeleteActivityDialogProps {
  activity: StationActivity;
  actor: Actor;
  onClose: () => void;
}

/** Asks before an activity leaves the log (it then no longer counts in the evaluation). */
export function DeleteActivityDialog({ activity, actor, onClose }: DeleteActivityDialogProps) {
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const remove = async () => {
    setSaving(true);
    setProblem(null);
    try {
      const result = await deleteActivity(db, actor, activity.id);
      if (!result.ok) {
        setProblem(result.message);
        return;
      }
      onClose();
    } catch {
      setProblem('删除时出错（可能是存储空间不足），活动未删除，请重试');
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal opened onClose={onClose} title="删除活动" centered>
      <Stack gap="md">
        <Text size="sm">
          确定删除 {activity.date} 的{ACTIVITY_KIND_LABELS[activity.kind]}“{activity.title}
          ”吗？删除后，评估时不再统计这次活动。
        </Text>
        {problem && (
          <Alert color="red" role="alert">
            {problem}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} data-autofocus>
            取消
          </Button>
          <Button color="red" loading={saving} onClick={() => void remove()}>
            确认删除
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
