import { Badge, Group, Paper, ScrollArea, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

export interface ReminderFrameProps {
  title: string;
  description: string;
  /** How many rows there are; undefined while loading. */
  count: number | undefined;
  empty: string;
  testId: string;
  /** The table, shown when there is at least one row. */
  children: ReactNode;
}

/** The frame of one 工作台 list: a heading with its count, what the list is for, then the table or why it is empty. */
export function ReminderFrame({ title, description, count, empty, testId, children }: ReminderFrameProps) {
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label={title} data-testid={testId}>
      <Stack gap="xs">
        <Group gap="xs">
          <Title order={4}>{title}</Title>
          {count !== undefined && count > 0 && (
            <Badge color="orange" variant="light">
              {count} 项
            </Badge>
          )}
        </Group>
        <Text size="sm" c="dimmed">
          {description}
        </Text>
        {count === undefined && <Text size="sm">正在读取…</Text>}
        {count === 0 && (
          <Text size="sm" c="teal.8" py="xs">
            {empty}
          </Text>
        )}
        {count !== undefined && count > 0 && (
          <ScrollArea.Autosize mah={360} type="auto" offsetScrollbars>
            {children}
          </ScrollArea.Autosize>
        )}
      </Stack>
    </Paper>
  );
}
