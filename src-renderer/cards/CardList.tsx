import { Anchor, Badge, Group, Paper, Table, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { Link, useNavigate } from 'react-router';
import { CATEGORY_LABELS } from '../../src-shared/cards/workflow';
import { districtByCode } from '../../src-shared/codes/districts';
import { STATUS_COLORS, STATUS_LABELS } from '../applications/status-labels';
import { type CardRow, listCards } from '../store/cards';
import { db } from '../store/instance';
import { filterCards } from './card-filter';
import { SubjectName } from './SubjectName';
import { useCardFilters } from './use-card-filters';
import { useToday } from './use-today';
import { ValidityBadge } from './ValidityBadge';

function ValidityCell({ row }: { row: CardRow }) {
  if (!row.validity) return <Text c="dimmed">—</Text>;
  return (
    <Group gap={6} wrap="nowrap">
      <Text size="sm">{row.validity.until}</Text>
      <ValidityBadge validity={row.validity} short />
    </Group>
  );
}

/** Every application of either category past 草稿, with its status and card; a row opens the card page. */
export function CardList() {
  const navigate = useNavigate();
  const today = useToday();
  const filters = useCardFilters((state) => state.filters);
  const rows = useLiveQuery(() => listCards(db, today), [today]);
  const shown = rows ? filterCards(rows, filters) : undefined;
  const open = (id: string) => navigate(`/cards/${id}`);

  return (
    <Paper withBorder radius="md" p="md">
      <Table highlightOnHover verticalSpacing="xs" aria-label="英才卡列表">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>申领编号</Table.Th>
            <Table.Th>类别</Table.Th>
            <Table.Th>姓名</Table.Th>
            <Table.Th>区市</Table.Th>
            <Table.Th>状态</Table.Th>
            <Table.Th>有效期至</Table.Th>
            <Table.Th>项目/企业</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {shown?.map((row) => (
            <Table.Tr key={row.application.id} style={{ cursor: 'pointer' }} onClick={() => open(row.application.id)}>
              <Table.Td>
                <Anchor
                  component={Link}
                  to={`/cards/${row.application.id}`}
                  size="sm"
                  onClick={(event) => event.stopPropagation()}
                >
                  {row.application.number}
                </Anchor>
              </Table.Td>
              <Table.Td>{CATEGORY_LABELS[row.category]}</Table.Td>
              <Table.Td>{row.application.applicant.name || <Text c="dimmed">（未填姓名）</Text>}</Table.Td>
              <Table.Td>{districtByCode(row.district)?.shortLabel ?? row.district}</Table.Td>
              <Table.Td>
                <Badge variant="light" color={STATUS_COLORS[row.status]}>
                  {STATUS_LABELS[row.status]}
                </Badge>
              </Table.Td>
              <Table.Td>
                <ValidityCell row={row} />
              </Table.Td>
              <Table.Td>
                <SubjectName subject={row.subject} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {shown?.length === 0 && (
        <Text c="dimmed" ta="center" py="lg">
          {rows?.length === 0 ? '尚无完成登记的申领' : '没有符合筛选条件的英才卡'}
        </Text>
      )}
    </Paper>
  );
}
