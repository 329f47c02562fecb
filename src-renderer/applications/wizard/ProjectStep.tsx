import { Alert, Badge, Button, Group, Paper, Select, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { districtByCode } from '../../../src-shared/codes';
import type { InvestmentProject } from '../../../src-shared/registration/application';
import { formatAmountWan } from '../../../src-shared/registration/rules/amount';
import { db } from '../../store/instance';
import { type ProjectFields, projectQuota, searchProjects } from '../../store/projects';
import { ProjectForm } from './ProjectForm';

interface ProjectStepProps {
  projectId: string | null;
  error: string | undefined;
  /** Chooses a project for this application; resolves to a message when refused. */
  onChoose: (projectId: string) => Promise<string | null>;
  onCreate: (fields: ProjectFields) => Promise<InvestmentProject>;
  /** Saves the project; resolves to a message when refused. */
  onUpdate: (project: InvestmentProject) => Promise<string | null>;
}

/** 招商项目信息: pick the project (search by name) or create it, with the places left in view. */
export function ProjectStep({ projectId, error, onChoose, onCreate, onUpdate }: ProjectStepProps) {
  const [mode, setMode] = useState<'view' | 'create' | 'edit'>('view');
  const [refusal, setRefusal] = useState<string | null>(null);
  const projects = useLiveQuery(() => searchProjects(db, '', 500), []) ?? [];
  const current = projects.find((project) => project.id === projectId) ?? null;
  const quota = useLiveQuery(
    async () => (current ? projectQuota(db, current) : null),
    [current?.id, current?.updatedAt],
  );

  const choose = async (id: string | null) => {
    if (!id || id === projectId) return;
    setRefusal(await onChoose(id));
  };

  return (
    <Stack gap="md">
      <Group align="flex-end">
        <Select
          label="选择招商项目"
          placeholder="输入项目名称搜索"
          searchable
          nothingFoundMessage="没有找到该项目，可新建"
          data={projects.map((project) => ({ value: project.id, label: project.name }))}
          value={projectId}
          onChange={(id) => void choose(id)}
          style={{ flex: 1 }}
          error={error}
        />
        <Button variant="light" leftSection={<IconPlus size={16} />} onClick={() => setMode('create')}>
          新建招商项目
        </Button>
      </Group>
      {refusal && (
        <Alert color="red" title="未能完成" role="alert" withCloseButton onClose={() => setRefusal(null)}>
          {refusal}
        </Alert>
      )}
      {mode === 'create' && (
        <ProjectForm
          project={null}
          onCancel={() => setMode('view')}
          onSubmit={async (fields) => {
            const created = await onCreate(fields);
            setMode('view');
            await choose(created.id);
          }}
        />
      )}
      {mode === 'edit' && current && (
        <ProjectForm
          project={current}
          onCancel={() => setMode('view')}
          onSubmit={async (fields) => {
            const problem = await onUpdate({ ...current, ...fields });
            setRefusal(problem);
            if (!problem) setMode('view');
          }}
        />
      )}
      {mode === 'view' && current && (
        <Paper withBorder p="md" radius="md">
          <Stack gap={6}>
            <Group justify="space-between">
              <Text fw={600}>{current.name}</Text>
              {quota && (
                <Badge color={quota.left > 0 ? 'teal' : 'orange'} variant="light" data-testid="quota-left" size="lg">
                  已申领 {quota.used} 人 · 名额 {quota.limit} 人 · 剩余 {quota.left} 个
                </Badge>
              )}
            </Group>
            <Text size="sm">项目金额：{formatAmountWan(current.amountWan)} 万元</Text>
            <Text size="sm">落地区市：{districtByCode(current.district)?.label ?? current.district}</Text>
            <Text size="sm">洽谈部门（单位）：{current.negotiatingUnit}</Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              整体概况及落地预期：{current.overview}
            </Text>
            {current.quotaException && (
              <Text size="sm">
                一事一议：增加 {current.quotaException.extraPlaces} 个名额（{current.quotaException.documentNumber}，
                {current.quotaException.documentDate}）
              </Text>
            )}
            <Group>
              <Button variant="default" size="xs" onClick={() => setMode('edit')}>
                编辑项目信息
              </Button>
            </Group>
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}
