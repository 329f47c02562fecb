import { Paper, Stack, Text, ThemeIcon } from '@mantine/core';
import type { IconInbox } from '@tabler/icons-react';

interface EmptyStateProps {
  icon: typeof IconInbox;
  title: string;
  children: string;
}

export function EmptyState({ icon: Icon, title, children }: EmptyStateProps) {
  return (
    <Paper withBorder radius="md" p="xl">
      <Stack align="center" gap="xs" py="lg">
        <ThemeIcon size={48} radius="xl" variant="light" color="gray">
          <Icon size={26} stroke={1.5} />
        </ThemeIcon>
        <Text fw={600}>{title}</Text>
        <Text c="dimmed" size="sm" ta="center" maw={520}>
          {children}
        </Text>
      </Stack>
    </Paper>
  );
}
