import { Alert, Paper, ScrollArea, Stack, Table, Text, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { AUDIT_ACTION_LABELS, CHAIN_BREAK_LABELS, type ChainBreak } from '../../src-shared/audit/event';
import { auditEvents, verifyLocalChain } from '../store/audit';
import type { DeviceIdentity } from '../store/device';
import { db } from '../store/instance';
import { formatDateTime } from '../sync-ui/format-time';

const SHOWN = 50;

/** This device's chain as stored here: how many events, and the first break if there is one. */
async function localChainState(): Promise<{ count: number; firstBreak: ChainBreak | null } | null> {
  const device = (await db.meta.get('device'))?.value as DeviceIdentity | undefined;
  if (!device) return null;
  const [count, breaks] = await Promise.all([
    db.audit.where('chain').equals(device.deviceId).count(),
    verifyLocalChain(db, device.deviceId),
  ]);
  return { count, firstBreak: breaks[0] ?? null };
}

/**
 * 审计日志 (read only): the latest views, exports, prints and status
 * changes recorded here, and whether this device's hash chain holds.
 */
export function AuditLogCard() {
  const events = useLiveQuery(() => auditEvents(db, { limit: SHOWN }), []);
  const chain = useLiveQuery(localChainState, []);
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label="审计日志">
      <Stack gap="sm">
        <Title order={4}>审计日志</Title>
        <Text size="sm" c="dimmed">
          查看完整信息、导出、打印和办理状态变更都记入审计日志，只能新增，不能修改或删除，并随同步上传服务器核验。此处显示最近
          {SHOWN} 条。
        </Text>
        {chain &&
          (chain.firstBreak ? (
            <Alert color="red" title="本机记录链已断开" data-testid="audit-chain-state">
              第 {chain.firstBreak.seq} 条：{CHAIN_BREAK_LABELS[chain.firstBreak.kind]}
            </Alert>
          ) : (
            <Text size="sm" c="teal" data-testid="audit-chain-state">
              本机记录链完整（共 {chain.count} 条）
            </Text>
          ))}
        {events && events.length === 0 && (
          <Text size="sm" c="dimmed">
            尚无记录
          </Text>
        )}
        {events && events.length > 0 && (
          <ScrollArea.Autosize mah={420}>
            <Table aria-label="最近的审计记录" striped verticalSpacing={4} fz="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={170}>时间</Table.Th>
                  <Table.Th w={110}>工作人员</Table.Th>
                  <Table.Th w={110}>操作</Table.Th>
                  <Table.Th>对象</Table.Th>
                  <Table.Th>说明</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {events.map((event) => (
                  <Table.Tr key={event.id}>
                    <Table.Td>{formatDateTime(event.at)}</Table.Td>
                    <Table.Td>{event.actor}</Table.Td>
                    <Table.Td>{AUDIT_ACTION_LABELS[event.action] ?? event.action}</Table.Td>
                    <Table.Td>{event.subject.label || '—'}</Table.Td>
                    <Table.Td>{event.detail}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea.Autosize>
        )}
      </Stack>
    </Paper>
  );
}
