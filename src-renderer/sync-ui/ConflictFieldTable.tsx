import { Table, Text } from '@mantine/core';
import type { FieldConflict } from '../../src-shared/sync/fields';
import { fieldLabel } from './field-labels';
import { EMPTY_VALUE, type FormatOptions, formatFieldValue } from './field-values';

interface ConflictFieldTableProps {
  table: string;
  fields: FieldConflict[];
  options: FormatOptions;
}

function Value({ text }: { text: string }) {
  return (
    <Text
      size="sm"
      c={text === EMPTY_VALUE ? 'dimmed' : undefined}
      style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}
    >
      {text}
    </Text>
  );
}

/** 字段 / 本机的值 / 服务器的值, side by side, one row per field. */
export function ConflictFieldTable({ table, fields, options }: ConflictFieldTableProps) {
  return (
    <Table layout="fixed" withTableBorder withColumnBorders verticalSpacing="xs" aria-label="冲突的字段">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={180}>字段</Table.Th>
          <Table.Th>本机的值</Table.Th>
          <Table.Th>服务器的值</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {fields.map(({ field, local, server }) => (
          <Table.Tr key={field}>
            <Table.Td>
              <Text size="sm" fw={500}>
                {fieldLabel(table, field)}
              </Text>
            </Table.Td>
            <Table.Td>
              <Value text={formatFieldValue(table, field, local, options)} />
            </Table.Td>
            <Table.Td>
              <Value text={formatFieldValue(table, field, server, options)} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
