import { Loader, Progress, Stack, Text } from '@mantine/core';
import { formatBytes } from '../filing/scan-file';
import type { SyncStep } from '../sync/sync-once';

function bytes(count: number): string {
  return count === 0 ? '0 KB' : formatBytes(count);
}

function percent(done: number, total: number): number {
  return total > 0 ? Math.min(100, (done / total) * 100) : 0;
}

/** 推送 n/m 条, 上传附件 n/m 个 (with the bytes), 接收 n 条 — or 空闲. */
export function SyncStepProgress({ running, step }: { running: boolean; step: SyncStep | null }) {
  if (!running) return <Text size="sm">空闲</Text>;
  if (!step)
    return (
      <Text size="sm" span>
        <Loader size={12} mr={6} />
        正在连接服务器…
      </Text>
    );
  switch (step.step) {
    case 'push':
      return (
        <Stack gap={4}>
          <Text size="sm">
            推送 {step.done}/{step.total} 条
          </Text>
          <Progress value={percent(step.done, step.total)} size="sm" aria-label="推送进度" />
        </Stack>
      );
    case 'upload':
      return (
        <Stack gap={4}>
          <Text size="sm">
            上传附件 {step.files}/{step.totalFiles} 个（{bytes(step.bytes)} / {bytes(step.totalBytes)}）
          </Text>
          <Progress value={percent(step.bytes, step.totalBytes)} size="sm" aria-label="附件上传进度" />
        </Stack>
      );
    case 'pull':
      return <Text size="sm">接收 {step.received} 条</Text>;
  }
}
