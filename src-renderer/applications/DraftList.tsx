import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import dayjs from 'dayjs';
import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'react-router';
import { listDrafts } from '../store/applications';
import { db } from '../store/instance';
import { useActor } from '../store/use-actor';
import { CategoryBadge } from './CategoryBadge';
import { DiscardDraftButton } from './DiscardDraftButton';

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
            <Group gap="xs">
              <CategoryBadge category={draft.category} />
              <Text size="sm">
                {draft.applicant.name || '（未填姓名）'} · {draft.number} · 最后修改{' '}
                {dayjs(draft.updatedAt).format('MM-DD HH:mm')}
              </Text>
            </Group>
            <Group gap="xs">
              <Button size="xs" variant="light" component={Link} to={`/applications/${draft.id}`}>
                继续填写
              </Button>
              <DiscardDraftButton draft={draft} actor={actor} />
            </Group>
          </Group>
        ))}
      </Stack>
    </Paper>
  );
}
