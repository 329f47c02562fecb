import { Paper, Table, Tabs } from '@mantine/core';
import type { ReportTable } from '../../src-shared/cards/report';

function CountTable({ table }: { table: ReportTable }) {
  const last = table.rows.length - 1;
  return (
    // The page scrolls, not the table: the header sticks below the app's header (56 px).
    <Table
      striped
      highlightOnHover
      withTableBorder
      withColumnBorders
      stickyHeader
      stickyHeaderOffset={56}
      aria-label={table.name}
    >
      <Table.Thead>
        <Table.Tr>
          {table.headers.map((header, index) => (
            <Table.Th key={header} ta={index < table.labelColumns ? 'left' : 'right'}>
              {header}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {table.rows.map((row, rowIndex) => (
          <Table.Tr
            // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity beyond their place
            key={rowIndex}
            fw={table.hasTotalRow && rowIndex === last ? 700 : undefined}
          >
            {row.map((value, index) => (
              <Table.Td
                // biome-ignore lint/suspicious/noArrayIndexKey: a column is its place
                key={index}
                ta={index < table.labelColumns ? 'left' : 'right'}
                c={index >= table.labelColumns && value === 0 ? 'dimmed' : undefined}
              >
                {value}
              </Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** The report's tables, one tab each, the same tables as the workbook's sheets. */
export function ReportTables({ tables }: { tables: readonly ReportTable[] }) {
  const first = tables[0]?.name ?? '';
  return (
    <Paper withBorder radius="md" p="md">
      <Tabs defaultValue={first} keepMounted={false}>
        <Tabs.List mb="sm">
          {tables.map((table) => (
            <Tabs.Tab key={table.name} value={table.name}>
              {table.name}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {tables.map((table) => (
          <Tabs.Panel key={table.name} value={table.name}>
            <CountTable table={table} />
          </Tabs.Panel>
        ))}
      </Tabs>
    </Paper>
  );
}
