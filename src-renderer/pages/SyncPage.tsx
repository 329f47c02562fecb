import { Page } from '../app/Page';
import { useSyncStatus } from '../sync/background';
import { ConflictList } from '../sync-ui/ConflictList';
import { SyncErrorAlert } from '../sync-ui/SyncErrorAlert';
import { SyncNowButton } from '../sync-ui/SyncNowButton';
import { SyncOverview } from '../sync-ui/SyncOverview';

export function SyncPage() {
  const lastError = useSyncStatus((status) => status.lastError);
  const failures = useSyncStatus((status) => status.failures);
  return (
    <Page title="同步" description="离线工作的记录在联网后与中心服务器同步" actions={<SyncNowButton />}>
      <SyncOverview />
      {lastError && <SyncErrorAlert error={lastError} failures={failures} />}
      <ConflictList />
    </Page>
  );
}
