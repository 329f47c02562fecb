import { Button, Table, Text } from '@mantine/core';
import { IconEye, IconEyeOff } from '@tabler/icons-react';
import { maskPhone } from '../../../src-shared/registration/mask';
import type { Station } from '../../../src-shared/stations/station';
import { useAuditedReveal } from '../../app/use-audited-reveal';

/**
 * 联系人 with their phones masked (DESIGN.md §4) until staff ask to see them,
 * e.g. to call; seeing them is a view in the audit log.
 */
export function ContactFacts({ station }: { station: Pick<Station, 'id' | 'name' | 'contacts'> }) {
  const { contacts } = station;
  const { shown, busy, toggle } = useAuditedReveal(
    { table: 'stations', id: station.id, label: station.name },
    '显示联系人完整电话',
  );
  if (contacts.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        未填写联系人
      </Text>
    );
  }
  return (
    <>
      <Table aria-label="联系人" verticalSpacing={6} layout="fixed">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>姓名</Table.Th>
            <Table.Th>职务</Table.Th>
            <Table.Th>电话</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {contacts.map((contact, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the rows are the record's list, in its order
            <Table.Tr key={index}>
              <Table.Td>{contact.name}</Table.Td>
              <Table.Td>{contact.title || <Text c="dimmed">—</Text>}</Table.Td>
              <Table.Td>{shown ? contact.phone : maskPhone(contact.phone)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Button
        variant="subtle"
        size="xs"
        mt={4}
        leftSection={shown ? <IconEyeOff size={14} /> : <IconEye size={14} />}
        loading={busy}
        onClick={() => void toggle()}
      >
        {shown ? '隐藏完整电话' : '显示完整电话'}
      </Button>
    </>
  );
}
