import { Anchor, Badge, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { type ApplicationStatus, CATEGORY_LABELS, type CardCategory } from '../../src-shared/cards/workflow';
import { STATUS_COLORS, STATUS_LABELS } from '../applications/status-labels';
import { ReminderFrame } from './ReminderFrame';

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

/** One list of the 工作台 about applications: a row per application, each a link to it. */
export function ReminderCard({ title, description, dateHeader, daysHeader, rows, empty, testId }: ReminderCardProps) {
  return (
    <ReminderFrame title={title} description={description} count={rows?.length} empty={empty} testId={testId}>
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
          {rows?.map((row) => (
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
    </ReminderFrame>
  );
}
