import { Anchor, Badge, Group, Paper, ScrollArea, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { type ApplicationStatus, CATEGORY_LABELS, type CardCategory } from '../../src-shared/cards/workflow';
import { STATUS_COLORS, STATUS_LABELS } from '../applications/status-labels';

export interface ReminderRow {
  id: string;
  number: string;
  name: string;
  category: CardCategory;
  status: ApplicationStatus;
  /** Where the row leads: the card page, or the wizard for a draft. */
  to: string;
  /** The date column (有效期至, 进入本状态, 最后修改). */
  date: string;
  days: ReactNode;
}

interface ReminderCardProps {
  title: string;
  description: string;
  dateHeader: string;
  daysHeader: string;
  rows: readonly ReminderRow[] | undefined;
  empty: string;
  testId: string;
}

/** One list of the 工作台: a heading with its count, then a row per application, each a link to it. */
export function ReminderCard({ title, description, dateHeader, daysHeader, rows, empty, testId }: ReminderCardProps) {
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label={title} data-testid={testId}>
      <Stack gap="xs">
        <Group gap="xs">
          <Title order={4}>{title}</Title>
          {rows && rows.length > 0 && (
            <Badge color="orange" variant="light">
              {rows.length} 项
            </Badge>
          )}
        </Group>
        <Text size="sm" c="dimmed">
          {description}
        </Text>
        {rows === undefined && <Text size="sm">正在读取…</Text>}
        {rows?.length === 0 && (
          <Text size="sm" c="teal.8" py="xs">
            {empty}
          </Text>
        )}
        {rows && rows.length > 0 && (
          <ScrollArea.Autosize mah={360} type="auto" offsetScrollbars>
            <Table striped highlightOnHover verticalSpacing={6} aria-label={title}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>申领编号</Table.Th>
                  <Table.Th>姓名</Table.Th>
                  <Table.Th>类别</Table.Th>
                  <Table.Th>状态</Table.Th>
                  <Table.Th>{dateHeader}</Table.Th>
                  <Table.Th ta="right">{daysHeader}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((row) => (
                  <Table.Tr key={row.id}>
                    <Table.Td>
                      <Anchor component={Link} to={row.to} size="sm" ff="monospace">
                        {row.number}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      <Anchor component={Link} to={row.to} size="sm" c="inherit">
                        {row.name || '（未填姓名）'}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{CATEGORY_LABELS[row.category]}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Badge variant="light" color={STATUS_COLORS[row.status]}>
                        {STATUS_LABELS[row.status]}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{row.date}</Text>
                    </Table.Td>
                    <Table.Td ta="right">{row.days}</Table.Td>
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
