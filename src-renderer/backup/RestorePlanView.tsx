import { Alert, ScrollArea, Stack, Table, Text } from '@mantine/core';
import type { RestorePlan } from './restore-plan';
import { localDateTime } from './summary';
import { RECORD_TABLES, TABLE_LABELS } from './tables';

/** What a restore will do, table by table, and every record of this device it leaves as it is. */
export function RestorePlanView({ plan }: { plan: RestorePlan }) {
  const merge = plan.mode === 'merge';
  const rows = RECORD_TABLES.filter((table) => {
    const counts = plan.tables[table];
    return counts.add + counts.replace + counts.keep + counts.same + counts.skip > 0;
  });
  return (
    <Stack gap="sm">
      <Text size="sm">
        备份时间：{localDateTime(plan.backupCreatedAt)}。
        {merge
          ? '本机已有数据：只添加本机没有的记录，两边都有的记录以较晚修改的为准，本机较新的记录保持不变。'
          : '本机还没有记录：将完整恢复备份中的全部数据，包括本机标识和申领编号计数。'}
      </Text>
      <Table withTableBorder withColumnBorders aria-label="恢复计划">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>内容</Table.Th>
            <Table.Th>新增</Table.Th>
            {merge && <Table.Th>以备份更新</Table.Th>}
            {merge && <Table.Th>保留本机较新</Table.Th>}
            {merge && <Table.Th>相同</Table.Th>}
            {merge && <Table.Th>无法恢复</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((table) => {
            const counts = plan.tables[table];
            return (
              <Table.Tr key={table}>
                <Table.Td>{TABLE_LABELS[table]}</Table.Td>
                <Table.Td>{counts.add}</Table.Td>
                {merge && <Table.Td>{counts.replace}</Table.Td>}
                {merge && <Table.Td>{counts.keep}</Table.Td>}
                {merge && <Table.Td>{counts.same}</Table.Td>}
                {merge && <Table.Td>{counts.skip}</Table.Td>}
              </Table.Tr>
            );
          })}
          <Table.Tr>
            <Table.Td>附件</Table.Td>
            <Table.Td>{plan.attachments.add}</Table.Td>
            {merge && <Table.Td>—</Table.Td>}
            {merge && <Table.Td>—</Table.Td>}
            {merge && <Table.Td>{plan.attachments.present}</Table.Td>}
            {merge && <Table.Td>—</Table.Td>}
          </Table.Tr>
        </Table.Tbody>
      </Table>
      {plan.kept.length > 0 && (
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            本机较新、将保持不变的记录（{plan.kept.length} 条）
          </Text>
          <ScrollArea.Autosize mah={220}>
            <Table withTableBorder aria-label="保留本机较新的记录">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>类别</Table.Th>
                  <Table.Th>记录</Table.Th>
                  <Table.Th>本机修改于</Table.Th>
                  <Table.Th>备份中修改于</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {plan.kept.map((record) => (
                  <Table.Tr key={`${record.table}/${record.id}`}>
                    <Table.Td>{TABLE_LABELS[record.table]}</Table.Td>
                    <Table.Td>{record.label}</Table.Td>
                    <Table.Td>
                      {localDateTime(record.deviceUpdatedAt)}
                      {record.deviceUpdatedBy && `（${record.deviceUpdatedBy}）`}
                    </Table.Td>
                    <Table.Td>{localDateTime(record.backupUpdatedAt)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea.Autosize>
        </Stack>
      )}
      {plan.skipped.length > 0 && (
        <Alert color="orange" title={`无法恢复的记录（${plan.skipped.length} 条）`}>
          <Stack gap={2}>
            {plan.skipped.map((record) => (
              <Text size="sm" key={`${record.table}/${record.id}`}>
                {TABLE_LABELS[record.table]}：{record.label}——{record.reason}
              </Text>
            ))}
          </Stack>
        </Alert>
      )}
      {merge && (plan.tables.pushes.skip > 0 || plan.tables.outbox.skip > 0) && (
        <Text size="xs" c="dimmed">
          备份中的同步进度属于备份时的设备，不会覆盖本机的同步状态；从备份恢复的记录将在下次同步时上传。
        </Text>
      )}
    </Stack>
  );
}
