import { Button } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { syncRunner, useSyncStatus } from '../sync/background';

/** 立即同步: starts a sync at once, whatever the back-off; busy while any sync runs. */
export function SyncNowButton() {
  const running = useSyncStatus((status) => status.running);
  return (
    <Button
      leftSection={<IconRefresh size={16} />}
      loading={running}
      disabled={running}
      onClick={() => void syncRunner.syncNow()}
      data-testid="sync-now"
    >
      立即同步
    </Button>
  );
}
