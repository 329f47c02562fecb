import { Anchor, Badge, Paper, Table, Text } from '@mantine/core';
import { Link, useNavigate } from 'react-router';
import { districtByCode } from '../../../src-shared/codes/districts';
import { STATION_STATUS_LABELS, STATION_TYPE_LABELS } from '../../../src-shared/stations/station';
import { STATION_STATUS_COLORS } from '../station-labels';
import { NextEvaluationCell } from './NextEvaluationCell';
import type { StationRow } from './station-filter';

/** The stations the filters let through (`shown`); a row (or its name) opens the station page. */
export function StationList({ shown, today }: { shown: readonly StationRow[]; today: string }) {
  const navigate = useNavigate();
  const open = (id: string) => navigate(`/stations/${id}`);

  return (
    <Paper withBorder radius="md" p="md">
      <Table highlightOnHover verticalSpacing="xs" aria-label="人才驿站列表">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>名称</Table.Th>
            <Table.Th>类型</Table.Th>
            <Table.Th>依托单位</Table.Th>
            <Table.Th>区市</Table.Th>
            <Table.Th>状态</Table.Th>
            <Table.Th>认定日期</Table.Th>
            <Table.Th>下次评估</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {shown.map(({ station, nextDue }) => (
            <Table.Tr key={station.id} style={{ cursor: 'pointer' }} onClick={() => open(station.id)}>
              <Table.Td>
                <Anchor
                  component={Link}
                  to={`/stations/${station.id}`}
                  size="sm"
                  onClick={(event) => event.stopPropagation()}
                >
                  {station.name}
                </Anchor>
              </Table.Td>
              <Table.Td>{STATION_TYPE_LABELS[station.type]}</Table.Td>
              <Table.Td>{station.hostName}</Table.Td>
              <Table.Td>{districtByCode(station.district)?.shortLabel ?? station.district}</Table.Td>
              <Table.Td>
                <Badge variant="light" color={STATION_STATUS_COLORS[station.status]}>
                  {STATION_STATUS_LABELS[station.status]}
                </Badge>
              </Table.Td>
              <Table.Td>{station.designation?.approvalDate ?? <Text c="dimmed">—</Text>}</Table.Td>
              <Table.Td>
                <NextEvaluationCell nextDue={nextDue} today={today} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {shown.length === 0 && (
        <Text c="dimmed" ta="center" py="lg">
          没有符合筛选条件的人才驿站
        </Text>
      )}
    </Paper>
  );
}
