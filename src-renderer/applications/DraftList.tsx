import { ActionIcon, Button, Group, Paper, Stack, Text, Title, Tooltip } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'react-router';
import { listDrafts, setStatus } from '../store/applications';
import { db } from '../store/instance';
import { useActor } from '../store/use-actor';

/** Drafts to resume: every unfinished registration, newest first. */
export function DraftList() {
  const actor = useActor();
  const drafts = useLiveQuery(() => listDrafts(db, 20), []);
  if (!drafts || drafts.length === 0) return null;
  return (
    <Paper withBorder radius="md" p="md" aria-label="草稿">
      <Title order={4} mb="sm">
        未完成的草稿（{drafts.length}）
      </Title>
      <Stack gap={6}>
        {drafts.map((draft) => (
          <Group key={draft.id} justify="space-between">
            <Text size="sm">
              {draft.applicant.name || '（未填姓名）'} · {draft.number} · 最后修改{' '}
              {dayjs(draft.updatedAt).format('MM-DD HH:mm')}
            </Text>
            <Group gap="xs">
              <Button size="xs" variant="light" component={Link} to={`/applications/${draft.id}`}>
                继续填写
              </Button>
              <Tooltip label="放弃此草稿（记录保留为已撤回，编号不再使用）">
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={`放弃草稿 ${draft.number}`}
                  disabled={!actor}
                  onClick={() => actor && void setStatus(db, actor, draft.id, 'withdrawn', '放弃草稿')}
                >
                  <IconTrash size={16} />
                </ActionIcon>
              </Tooltip>
            </Group>
          </Group>
        ))}
      </Stack>
    </Paper>
  );
}
