import { Table } from '@mantine/core';
import type { ReactNode } from 'react';

export interface Fact {
  label: string;
  value: ReactNode;
}

/** Label–value rows, read by assistive technology (and tests) as “label value”. */
export function FactTable({ label, facts }: { label: string; facts: Fact[] }) {
  return (
    <Table aria-label={label} variant="vertical" layout="fixed" withRowBorders={false} verticalSpacing={6}>
      <Table.Tbody>
        {facts.map((fact) => (
          <Table.Tr key={fact.label}>
            <Table.Th w={140} fw={500} c="dimmed">
              {fact.label}
            </Table.Th>
            <Table.Td>{fact.value}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
