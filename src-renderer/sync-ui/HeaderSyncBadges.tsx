import { Badge, Loader, Tooltip } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'react-router';
import { db } from '../store/instance';
import { useSyncStatus } from '../sync/background';

/** The header's sync state: 同步中…, 有冲突 N, 同步出错 (or 等待联网同步); nothing while all is well. */
export function HeaderSyncBadges() {
  const running = useSyncStatus((status) => status.running);
  const lastError = useSyncStatus((status) => status.lastError);
  const conflicts = useLiveQuery(() => db.conflicts.count(), []) ?? 0;
  // No network is the usual state on site, not a fault: the changes wait on this device.
  const unreachable = lastError?.kind === 'unreachable';
  return (
    <>
      {running && (
        <Badge
          color="blue"
          variant="light"
          leftSection={<Loader size={10} color="blue" />}
          data-testid="header-syncing"
        >
          同步中…
        </Badge>
      )}
      {conflicts > 0 && (
        <Badge
          component={Link}
          to="/sync"
          color="orange"
          variant="filled"
          style={{ cursor: 'pointer' }}
          data-testid="header-conflicts"
        >
          有冲突 {conflicts}
        </Badge>
      )}
      {lastError && !running && (
        <Tooltip label={lastError.message} withArrow multiline maw={320}>
          <Badge
            component={Link}
            to="/sync"
            color={unreachable ? 'gray' : 'red'}
            variant="light"
            style={{ cursor: 'pointer' }}
            data-testid="header-sync-error"
          >
            {unreachable ? '等待联网同步' : '同步出错'}
          </Badge>
        </Tooltip>
      )}
    </>
  );
}
