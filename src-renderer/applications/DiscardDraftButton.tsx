import { ActionIcon, Button, Group, Popover, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import type { Application } from '../../src-shared/registration/application';
import { withdrawDraft } from '../store/applications';
import type { Actor } from '../store/device';
import { db } from '../store/instance';

/** 放弃草稿, after a confirmation: a misclick must not end an application. */
export function DiscardDraftButton({ draft, actor }: { draft: Application; actor: Actor | null | undefined }) {
  const [opened, setOpened] = useState(false);
  const discard = async () => {
    setOpened(false);
    if (!actor) return;
    const result = await withdrawDraft(db, actor, draft.id);
    if (!result.ok) notifications.show({ color: 'red', title: '未能放弃草稿', message: result.message });
  };
  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-end" withArrow trapFocus>
      <Popover.Target>
        <ActionIcon
          variant="subtle"
          color="red"
          aria-label={`放弃草稿 ${draft.number}`}
          disabled={!actor}
          onClick={() => setOpened((open) => !open)}
        >
          <IconTrash size={16} />
        </ActionIcon>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="xs" maw={280}>
          <Text size="sm">
            放弃草稿 {draft.number}？记录保留为“已撤回”，占用的
            {draft.category === 'enterprise-talent' ? '企业' : '项目'}
            名额随即释放，该编号不再使用。
          </Text>
          <Group justify="flex-end" gap="xs">
            <Button size="xs" variant="default" onClick={() => setOpened(false)}>
              取消
            </Button>
            <Button size="xs" color="red" onClick={() => void discard()}>
              放弃草稿
            </Button>
          </Group>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
