import { Badge, Button, Group, Paper, Table, Text } from '@mantine/core';
import { useNetwork } from '@mantine/hooks';
import { useLiveQuery } from 'dexie-react-hooks';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { db } from '../store/instance';
import { useSyncStatus } from '../sync/background';
import { readSyncMeta } from '../sync/sync-meta';
import { formatDateTime, formatUpcoming } from './format-time';
import { pendingRecordCount } from './pending-records';
import { SyncStepProgress } from './SyncStepProgress';
import { useNow } from './use-now';

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Table.Tr>
      <Table.Th w={160}>{label}</Table.Th>
      <Table.Td>{children}</Table.Td>
    </Table.Tr>
  );
}

function Enrolment({ enrolled }: { enrolled: boolean | null }) {
  if (enrolled === null) return <Text size="sm">正在检查…</Text>;
  if (enrolled)
    return (
      <Badge color="teal" variant="light" data-testid="enrolment">
        本机已登记
      </Badge>
    );
  return (
    <Group gap="sm">
      <Text size="sm" data-testid="enrolment">
        本机尚未登记到中心服务器，登记后才能同步
      </Text>
      <Button component={Link} to="/settings" size="xs" variant="light">
        前往设置登记
      </Button>
    </Group>
  );
}

/** Where this device stands with the server: network, enrolment, last and next sync, what waits, what runs. */
export function SyncOverview() {
  const { online } = useNetwork();
  const status = useSyncStatus();
  const now = useNow();
  const meta = useLiveQuery(() => readSyncMeta(db), []);
  const pending = useLiveQuery(() => pendingRecordCount(db), []);
  const summary = status.lastSummary;

  return (
    <Paper withBorder radius="md" p="md">
      <Table variant="vertical" layout="fixed" withRowBorders aria-label="同步状态">
        <Table.Tbody>
          <Row label="网络">
            <Group gap="sm">
              <Badge color={online ? 'teal' : 'gray'} variant="light">
                {online ? '在线' : '离线'}
              </Badge>
              {!online && <Text size="sm">离线时的修改都保存在本机，联网后自动同步。</Text>}
            </Group>
          </Row>
          <Row label="中心服务器">
            <Enrolment enrolled={status.enrolled} />
          </Row>
          <Row label="上次成功同步">
            <Text size="sm" data-testid="last-sync">
              {meta === undefined ? '…' : meta.lastSyncAt ? formatDateTime(meta.lastSyncAt) : '尚未同步'}
            </Text>
            {summary && (
              <Text size="xs" c="dimmed">
                推送 {summary.pushed} 条，上传附件 {summary.uploaded} 个，接收 {summary.pulled} 条
              </Text>
            )}
          </Row>
          <Row label="待上传">
            <Text size="sm" data-testid="pending-count">
              {pending === undefined ? '…' : `${pending} 条记录`}
            </Text>
          </Row>
          <Row label="当前步骤">
            <div data-testid="sync-step">
              <SyncStepProgress running={status.running} step={status.step} />
            </div>
          </Row>
          <Row label="下次自动同步">
            <Text size="sm" data-testid="next-sync">
              {status.enrolled === false
                ? '登记后自动同步'
                : status.nextAt
                  ? `${formatUpcoming(status.nextAt, now)}${status.failures > 0 ? ' 自动重试' : ''}`
                  : status.running
                    ? '本次同步完成后安排'
                    : '—'}
            </Text>
          </Row>
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
