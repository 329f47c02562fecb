import { Badge, Box, Button, Checkbox, Group, Paper, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconPrinter, IconSearch } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { ApplicationStatus } from '../../src-shared/registration/application';
import { maskIdNumber, maskPhone } from '../../src-shared/registration/mask';
import { PLACES_PER_ENTERPRISE } from '../../src-shared/registration/rules/quota';
import { PrintDialog } from '../printing/PrintDialog';
import { useUiStore } from '../state/ui-store';
import { searchApplications } from '../store/applications';
import { searchEnterprises } from '../store/enterprises';
import { db } from '../store/instance';
import { searchProjects } from '../store/projects';
import { overQuotaIds } from '../store/quota';
import { useActor } from '../store/use-actor';
import { RecordSyncBadge } from '../sync-ui/RecordSyncBadge';
import { CategoryBadge } from './CategoryBadge';
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

  const enterprises = useLiveQuery(() => searchEnterprises(db, '', 1000), []) ?? [];
  const enterpriseName = new Map(enterprises.map((enterprise) => [enterprise.id, enterprise.name]));
  // Applications beyond their project's or enterprise's places (possible once two devices have synced) are
  // flagged, never hidden.
  const overQuota = useLiveQuery(() => overQuotaIds(db, rows ?? []), [rows]);

  // Only rows on screen count as selected: a filter change never prints something the staff cannot see. Only
  // 商务精英类 has a form to print (名企优才类 is applied for online).
  const printable = (rows ?? []).filter((application) => application.category !== 'enterprise-talent');
  const chosen = printable.filter((application) => selected.has(application.id));
  const allChosen = printable.length > 0 && chosen.length === printable.length;
  const toggle = (id: string, on: boolean) =>
    setSelected((previous) => {
      const next = new Set(previous);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const toggleAll = (on: boolean) => setSelected(new Set(on ? printable.map((application) => application.id) : []));

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
                disabled={printable.length === 0}
                onChange={(event) => toggleAll(event.currentTarget.checked)}
              />
            </Table.Th>
            <Table.Th>申领编号</Table.Th>
            <Table.Th>姓名</Table.Th>
            <Table.Th>证件号码</Table.Th>
            <Table.Th>联系电话</Table.Th>
            <Table.Th>类别 · 招商项目或企业</Table.Th>
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
                  disabled={application.category === 'enterprise-talent'}
                  title={
                    application.category === 'enterprise-talent'
                      ? '名企优才类在网上申请，没有申领登记表可打印'
                      : undefined
                  }
                  onChange={(event) => toggle(application.id, event.currentTarget.checked)}
                />
              </Table.Td>
              <Table.Td>{application.number}</Table.Td>
              <Table.Td>{application.applicant.name || <Text c="dimmed">（未填姓名）</Text>}</Table.Td>
              <Table.Td>{maskIdNumber(application.applicant.idNumber)}</Table.Td>
              <Table.Td>{maskPhone(application.applicant.phone)}</Table.Td>
              <Table.Td>
                <Stack gap={2} align="flex-start">
                  <CategoryBadge category={application.category} />
                  <Text size="sm">
                    {application.projectId
                      ? projectName.get(application.projectId)
                      : application.enterpriseId
                        ? enterpriseName.get(application.enterpriseId)
                        : null}
                  </Text>
                </Stack>
              </Table.Td>
              <Table.Td>
                {/* Badges cut their words short when a column is squeezed; these must be read whole. */}
                <Group gap={4} miw="max-content">
                  <Badge variant="light" color={STATUS_COLORS[application.status]}>
                    {STATUS_LABELS[application.status]}
                  </Badge>
                  {overQuota?.has(application.id) && (
                    <Badge
                      variant="filled"
                      color="red"
                      title={
                        application.category === 'enterprise-talent'
                          ? `该企业申领人数超出名额（每家企业 ${PLACES_PER_ENTERPRISE} 人），请核实后撤回多出的申领`
                          : '该项目申领人数超出名额，请核实或申请“一事一议”'
                      }
                    >
                      超出名额
                    </Badge>
                  )}
                </Group>
              </Table.Td>
              <Table.Td>
                <Box miw="max-content">
                  <RecordSyncBadge table="applications" id={application.id} />
                </Box>
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
