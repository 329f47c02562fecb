import { Anchor, Badge, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { districtByCode } from '../../src-shared/codes/districts';
import { STATION_STATUS_LABELS, type StationStatus } from '../../src-shared/stations/station';
import { STATION_STATUS_COLORS } from '../stations/station-labels';
import { ReminderFrame } from './ReminderFrame';

export interface StationReminderRow {
  /** Unique within the list: a station may be listed twice (its plan and its summary). */
  key: string;
  name: string;
  /** District code. */
  district: string;
  status: StationStatus;
  /** Where the row leads: the station page, on the tab where the step is recorded. */
  to: string;
  /** What is due (公示期, 整改事项, 2026 年度工作计划 …). */
  detail: ReactNode;
  /** The date column (公示期满, 应评估日期, 整改期限, 报送期限). */
  date: string;
  days: ReactNode;
}

interface StationReminderCardProps {
  title: string;
  description: string;
  detailHeader: string;
  dateHeader: string;
  daysHeader: string;
  rows: readonly StationReminderRow[] | undefined;
  empty: string;
  testId: string;
}

/** One list of the 工作台 about talent stations: a row per station and matter, each a link to the station. */
export function StationReminderCard(props: StationReminderCardProps) {
  const { title, description, detailHeader, dateHeader, daysHeader, rows, empty, testId } = props;
  return (
    <ReminderFrame title={title} description={description} count={rows?.length} empty={empty} testId={testId}>
      {/* Fixed widths line the four station lists up under one another. */}
      <Table striped highlightOnHover verticalSpacing={6} aria-label={title} layout="fixed" miw={640}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>驿站名称</Table.Th>
            <Table.Th w={90}>区市</Table.Th>
            <Table.Th w={90}>状态</Table.Th>
            <Table.Th>{detailHeader}</Table.Th>
            <Table.Th w={110}>{dateHeader}</Table.Th>
            <Table.Th w={120} ta="right">
              {daysHeader}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows?.map((row) => (
            <Table.Tr key={row.key}>
              <Table.Td>
                <Anchor component={Link} to={row.to} size="sm">
                  {row.name}
                </Anchor>
              </Table.Td>
              <Table.Td>
                {/* The short name (高区, 经区 …) staff use; the full one on hover. */}
                <Text size="sm" title={districtByCode(row.district)?.label}>
                  {districtByCode(row.district)?.shortLabel ?? row.district}
                </Text>
              </Table.Td>
              <Table.Td>
                <Badge variant="light" color={STATION_STATUS_COLORS[row.status]}>
                  {STATION_STATUS_LABELS[row.status]}
                </Badge>
              </Table.Td>
              <Table.Td>{row.detail}</Table.Td>
              <Table.Td>
                <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                  {row.date}
                </Text>
              </Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                {row.days}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ReminderFrame>
  );
}
