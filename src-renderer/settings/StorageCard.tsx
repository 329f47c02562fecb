import { Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { type StorageUse, storageUse } from '../store/storage';

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** How much space the app's data takes, and whether the browser promised to keep it. */
export function StorageCard() {
  const [use, setUse] = useState<StorageUse | null | undefined>(undefined);
  useEffect(() => {
    void storageUse().then(setUse);
  }, []);
  return (
    <Paper withBorder radius="md" p="md">
      <Stack gap="xs">
        <Title order={4}>本机存储</Title>
        {use === undefined && <Text size="sm">正在统计…</Text>}
        {use === null && <Text size="sm">此环境无法统计存储用量。</Text>}
        {use && (
          <>
            <Text size="sm" data-testid="storage-used">
              已用 {megabytes(use.usedBytes)}，可用上限约 {megabytes(use.quotaBytes)}
            </Text>
            <Progress value={use.quotaBytes ? (use.usedBytes / use.quotaBytes) * 100 : 0} size="sm" />
            <Text size="sm" c={use.persisted ? 'teal' : 'orange'}>
              {use.persisted
                ? '已设为持久存储：系统清理空间时不会删除本应用的数据。'
                : '尚未获得持久存储：磁盘空间紧张时，浏览器可能清理数据，请尽快同步。'}
            </Text>
          </>
        )}
      </Stack>
    </Paper>
  );
}
