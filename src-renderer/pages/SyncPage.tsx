import { Badge, Paper, Table } from '@mantine/core';
import { useNetwork } from '@mantine/hooks';
import { Page } from '../app/Page';

export function SyncPage() {
  const { online } = useNetwork();
  return (
    <Page title="同步" description="离线工作的记录在联网后与中心服务器同步">
      <Paper withBorder radius="md" p="md">
        <Table variant="vertical" layout="fixed" withRowBorders>
          <Table.Tbody>
            <Table.Tr>
              <Table.Th w={160}>网络</Table.Th>
              <Table.Td>
                <Badge color={online ? 'teal' : 'gray'} variant="light">
                  {online ? '在线' : '离线'}
                </Badge>
              </Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th>中心服务器</Table.Th>
              <Table.Td>本机尚未登记到中心服务器</Table.Td>
            </Table.Tr>
          </Table.Tbody>
        </Table>
      </Paper>
    </Page>
  );
}
