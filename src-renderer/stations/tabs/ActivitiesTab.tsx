import { ActionIcon, Alert, Button, Group, Loader, Stack, Table, Text, Tooltip } from '@mantine/core';
import { IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { ACTIVITY_KIND_LABELS, type StationActivity } from '../../../src-shared/stations/station';
import { NeedsProfileAlert } from '../../app/NeedsProfileAlert';
import { CardSection } from '../../cards/CardSection';
import { ActivityDialog } from '../steps/ActivityDialog';
import type { StationTabProps } from '../tab-props';
import { AttachmentButtons } from './AttachmentButtons';
import { totalsByYear } from './activity-years';
import { DeleteActivityDialog } from './DeleteActivityDialog';

type Editing =
  | { kind: 'new' }
  | { kind: 'edit'; activity: StationActivity }
  | { kind: 'delete'; activity: StationActivity };

/** 活动: the station's activity log (第八条) that feeds its evaluation, with totals per year. */
export function ActivitiesTab({ station, activities, role, actor }: StationTabProps) {
  const [editing, setEditing] = useState<Editing | null>(null);
  const revoked = station.status === 'revoked';
  const canWrite = !revoked && actor !== null && role !== undefined && role !== 'admin';
  const years = totalsByYear(activities);

  return (
    <Stack gap="md">
      <CardSection
        title="活动记录"
        aside={
          role === undefined ? (
            <Loader size="sm" aria-label="正在确定本机身份" />
          ) : (
            <Button
              leftSection={<IconPlus size={16} />}
              disabled={!canWrite}
              onClick={() => setEditing({ kind: 'new' })}
            >
              记录活动
            </Button>
          )
        }
      >
        <Stack gap="sm">
          {revoked && (
            <Alert color="gray" role="status">
              该驿站已于 {station.revokedOn ?? '—'} 取消称号，不能再记录、修改或删除活动；以下为取消前的记录。
            </Alert>
          )}
          {!revoked && actor === null && (
            <NeedsProfileAlert why="记录活动要写明由谁记录，因此需先在设置中填写本机所属区市与工作人员姓名。" />
          )}
          {!revoked && role === 'admin' && (
            <Text size="sm" c="dimmed">
              本机以管理员身份登记到服务器：管理员只管理账号与设备，不记录驿站活动。
            </Text>
          )}
          {activities.length === 0 ? (
            <Text size="sm" c="dimmed">
              尚无活动记录。驿站举办的专家讲座、交流对接、项目路演等活动请逐次记录，两年一次的评估按此统计。
            </Text>
          ) : (
            <ActivityTable activities={activities} owner={station.name} canWrite={canWrite} onEdit={setEditing} />
          )}
        </Stack>
      </CardSection>
      {years.length > 0 && (
        <CardSection title="年度合计">
          <Table aria-label="年度合计" striped withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>年度</Table.Th>
                <Table.Th ta="right">活动场次</Table.Th>
                <Table.Th ta="right">参加人数</Table.Th>
                <Table.Th ta="right">服务高层次人才人次</Table.Th>
                <Table.Th ta="right">照片</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {years.map((year) => (
                <Table.Tr key={year.year}>
                  <Table.Td>{year.year} 年</Table.Td>
                  <Table.Td ta="right">{year.activityCount}</Table.Td>
                  <Table.Td ta="right">{year.participants}</Table.Td>
                  <Table.Td ta="right">{year.servedCount}</Table.Td>
                  <Table.Td ta="right">{year.photos}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </CardSection>
      )}
      {actor && editing?.kind === 'new' && (
        <ActivityDialog station={station} actor={actor} onClose={() => setEditing(null)} />
      )}
      {actor && editing?.kind === 'edit' && (
        <ActivityDialog station={station} activity={editing.activity} actor={actor} onClose={() => setEditing(null)} />
      )}
      {actor && editing?.kind === 'delete' && (
        <DeleteActivityDialog activity={editing.activity} actor={actor} onClose={() => setEditing(null)} />
      )}
    </Stack>
  );
}

interface ActivityTableProps {
  activities: readonly StationActivity[];
  owner: string;
  canWrite: boolean;
  onEdit: (editing: Editing) => void;
}

function ActivityTable({ activities, owner, canWrite, onEdit }: ActivityTableProps) {
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table aria-label="活动记录" striped highlightOnHover verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={100}>日期</Table.Th>
            <Table.Th w={110}>类型</Table.Th>
            <Table.Th>名称</Table.Th>
            <Table.Th w={80} ta="right">
              参加人数
            </Table.Th>
            <Table.Th w={100} ta="right">
              服务高层次人才人次
            </Table.Th>
            <Table.Th>成效</Table.Th>
            <Table.Th w={120}>照片</Table.Th>
            {canWrite && <Table.Th w={84}>操作</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {activities.map((activity) => (
            <Table.Tr key={activity.id}>
              <Table.Td>{activity.date}</Table.Td>
              <Table.Td>{ACTIVITY_KIND_LABELS[activity.kind]}</Table.Td>
              <Table.Td>{activity.title}</Table.Td>
              <Table.Td ta="right">{activity.participants}</Table.Td>
              <Table.Td ta="right">{activity.expertsServed}</Table.Td>
              <Table.Td>
                <Text size="sm" lineClamp={2} title={activity.outcomes}>
                  {activity.outcomes || '—'}
                </Text>
              </Table.Td>
              <Table.Td>
                <Group gap={6} wrap="nowrap">
                  <Text size="sm">{activity.photos.length} 张</Text>
                  <AttachmentButtons
                    hashes={activity.photos}
                    label={`${activity.date} ${activity.title} 照片`}
                    owner={owner}
                  />
                </Group>
              </Table.Td>
              {canWrite && (
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    <Tooltip label="修改">
                      <ActionIcon
                        variant="subtle"
                        aria-label={`修改活动 ${activity.title}`}
                        onClick={() => onEdit({ kind: 'edit', activity })}
                      >
                        <IconPencil size={16} />
                      </ActionIcon>
                    </Tooltip>
                    <Tooltip label="删除">
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={`删除活动 ${activity.title}`}
                        onClick={() => onEdit({ kind: 'delete', activity })}
                      >
                        <IconTrash size={16} />
                      </ActionIcon>
                    </Tooltip>
                  </Group>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
