import { Alert, Anchor, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { SyncStatus } from '../sync/runner';
import { syncErrorAdvice } from './advice';

/** The last sync's failure: the reason, and what to do about it. */
export function SyncErrorAlert({ error, failures }: { error: NonNullable<SyncStatus['lastError']>; failures: number }) {
  return (
    <Alert color="red" title="上次同步未完成" role="alert" data-testid="sync-error">
      <Stack gap={4}>
        <Text size="sm">{error.message}</Text>
        <Text size="sm">
          <b>下一步：</b>
          {syncErrorAdvice(error.kind)}
        </Text>
        {error.kind === 'not-enrolled' && (
          <Anchor component={Link} to="/settings" size="sm">
            前往“设置”重新登记
          </Anchor>
        )}
        {failures > 1 && (
          <Text size="sm" c="dimmed">
            已连续 {failures} 次未能同步，自动重试的间隔会逐渐延长（最长 30 分钟）。
          </Text>
        )}
      </Stack>
    </Alert>
  );
}
