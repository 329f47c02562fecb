import { Center, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** The frame of the screens before the app: first use, sign-in, the lock screen. */
export function SessionFrame({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Center mih="100vh" p="xl" bg="gray.0">
      <Paper withBorder shadow="sm" radius="md" p="xl" w={460} maw="100%">
        <Stack gap="md">
          <div>
            <Text size="sm" fw={600} c="blue.8">
              威海英才卡服务窗口
            </Text>
            <Title order={2}>{title}</Title>
          </div>
          {children}
        </Stack>
      </Paper>
    </Center>
  );
}
