import { Badge, Button, Checkbox, Group, Paper, Select, Table, Text, TextInput } from '@mantine/core';
import { IconPrinter, IconSearch } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { ApplicationStatus } from '../../src-shared/registration/application';
import { maskIdNumber, maskPhone } from '../../src-shared/registration/mask';
import { PrintDialog } from '../printing/PrintDialog';
import { useUiStore } from '../state/ui-store';
import { searchApplications } from '../store/applications';
import { db } from '../store/instance';
import { getProject, projectQuota, searchProjects } from '../store/projects';
import { useActor } from '../store/use-actor';
import { RecordSyncBadge } from '../sync-ui/RecordSyncBadge';
import { STATUS_COLORS, STATUS_LABELS } from './status-labels';

const statusOptions = Object.entries(STATUS_LABELS).map(([value, label]) => ({ value, label }));

/**
 * All applications: search by name or 证件号码 tail, filter by project and
 * status; personal data masked. Rows can be selected for 批量打印.
 */
export function ApplicationList() {
  const navigate = useNavigate();
  const actor = useActor();
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [printing, setPrinting] = useState<string[] | null>(null);
  const filters = useUiStore((state) => state.applicationFilters);
  const setFilters = useUiStore((state) => state.setApplicationFilters);
  const projects = useLiveQuery(() => searchProjects(db, '', 500), []) ?? [];
  const projectName = new Map(projects.map((project) => [project.id, project.name]));
  const rows = useLiveQuery(
    () =>
      searchApplications(db, {
        text: filters.text,
        status: filters.status || undefined,
        projectId: filters.projectId || undefined,
        limit: 100,
      }),
    [filters.text, filters.status, filters.projectId],
  );

  // Applications beyond their project's places (possible once two devices have synced) are flagged, never hidden.
  const overQuota = useLiveQuery(async () => {
    const flagged = new Set<string>();
    const projectIds = new Set(
      (rows ?? []).flatMap((application) => (application.projectId ? [application.projectId] : [])),
    );
    for (const projectId of projectIds) {
      const project = await getProject(db, projectId);
      if (project) for (const application of (await projectQuota(db, project)).overQuota) flagged.add(application.id);
    }
    return flagged;
  }, [rows]);

  // Only rows on screen count as selected: a filter change never prints something the staff cannot see.
  const chosen = (rows ?? []).filter((application) => selected.has(application.id));
  const allChosen = rows !== undefined && rows.length > 0 && chosen.length === rows.length;
  const toggle = (id: string, on: boolean) =>
    setSelected((previous) => {
      const next = new Set(previous);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const toggleAll = (on: boolean) => setSelected(new Set(on ? (rows ?? []).map((application) => application.id) : []));

  return (
    <Paper withBorder radius="md" p="md">
      <Group mb="md" align="flex-end">
        <TextInput
          label="搜索"
          placeholder="姓名，或证件号码后几位"
          leftSection={<IconSearch size={16} />}
          value={filters.text}
          onChange={(event) => setFilters({ text: event.currentTarget.value })}
          style={{ flex: 1 }}
        />
        <Select
          label="招商项目"
          placeholder="全部项目"
          clearable
          searchable
          data={projects.map((project) => ({ value: project.id, label: project.name }))}
          value={filters.projectId || null}
          onChange={(value) => setFilters({ projectId: value ?? '' })}
          w={260}
        />
        <Select
          label="状态"
          placeholder="全部状态"
          clearable
          data={statusOptions}
          value={filters.status || null}
          onChange={(value) => setFilters({ status: (value ?? '') as ApplicationStatus | '' })}
          w={140}
        />
      </Group>
      <Group mb="sm" gap="sm">
        <Text size="sm" c="dimmed" data-testid="selection-count">
          {chosen.length > 0 ? `已选 ${chosen.length} 份` : '勾选申领后可批量打印申领登记表'}
        </Text>
        <Button
          size="xs"
          leftSection={<IconPrinter size={14} />}
          disabled={chosen.length === 0 || !actor}
          title={actor ? undefined : '请先在设置中填写本机窗口与工作人员'}
          onClick={() => setPrinting(chosen.map((application) => application.id))}
        >
          批量打印
        </Button>
        {chosen.length > 0 && (
          <Button size="xs" variant="subtle" color="gray" onClick={() => toggleAll(false)}>
            清除选择
          </Button>
        )}
      </Group>
      <Table highlightOnHover verticalSpacing="xs" aria-label="申领列表">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={40}>
              <Checkbox
                aria-label="全选"
                checked={allChosen}
                indeterminate={chosen.length > 0 && !allChosen}
                disabled={!rows?.length}
                onChange={(event) => toggleAll(event.currentTarget.checked)}
              />
            </Table.Th>
            <Table.Th>申领编号</Table.Th>
            <Table.Th>姓名</Table.Th>
            <Table.Th>证件号码</Table.Th>
            <Table.Th>联系电话</Table.Th>
            <Table.Th>招商项目</Table.Th>
            <Table.Th>状态</Table.Th>
            <Table.Th>同步</Table.Th>
            <Table.Th>更新时间</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows?.map((application) => (
            <Table.Tr
              key={application.id}
              style={{ cursor: 'pointer' }}
              tabIndex={0}
              onClick={() => navigate(`/applications/${application.id}`)}
              onKeyDown={(event) =>
                event.key === 'Enter' &&
                event.target === event.currentTarget &&
                navigate(`/applications/${application.id}`)
              }
            >
              <Table.Td onClick={(event) => event.stopPropagation()}>
                <Checkbox
                  aria-label={`选择 ${application.applicant.name || application.number}`}
                  checked={selected.has(application.id)}
                  onChange={(event) => toggle(application.id, event.currentTarget.checked)}
                />
              </Table.Td>
              <Table.Td>{application.number}</Table.Td>
              <Table.Td>{application.applicant.name || <Text c="dimmed">（未填姓名）</Text>}</Table.Td>
              <Table.Td>{maskIdNumber(application.applicant.idNumber)}</Table.Td>
              <Table.Td>{maskPhone(application.applicant.phone)}</Table.Td>
              <Table.Td>{application.projectId ? (projectName.get(application.projectId) ?? '') : ''}</Table.Td>
              <Table.Td>
                <Group gap={4}>
                  <Badge variant="light" color={STATUS_COLORS[application.status]}>
                    {STATUS_LABELS[application.status]}
                  </Badge>
                  {overQuota?.has(application.id) && (
                    <Badge variant="filled" color="red" title="该项目申领人数超出名额，请核实或申请“一事一议”">
                      超出名额
                    </Badge>
                  )}
                </Group>
              </Table.Td>
              <Table.Td>
                <RecordSyncBadge table="applications" id={application.id} />
              </Table.Td>
              <Table.Td>{dayjs(application.updatedAt).format('YYYY-MM-DD HH:mm')}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {rows?.length === 0 && (
        <Text c="dimmed" ta="center" py="lg">
          没有符合条件的申领记录
        </Text>
      )}
      {printing && actor && <PrintDialog applicationIds={printing} actor={actor} onClose={() => setPrinting(null)} />}
    </Paper>
  );
}
