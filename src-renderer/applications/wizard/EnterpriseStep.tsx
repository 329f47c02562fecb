import { Alert, Button, Group, Select, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { Enterprise, EnterpriseFields } from '../../../src-shared/enterprises/enterprise';
import type { FieldErrors } from '../../../src-shared/registration/rules/field-errors';
import { PLACES_PER_ENTERPRISE } from '../../../src-shared/registration/rules/quota';
import { EnterpriseCard } from '../../enterprises/EnterpriseCard';
import { EnterpriseForm } from '../../enterprises/EnterpriseForm';
import { type EnterpriseResult, searchEnterprises } from '../../store/enterprises';
import { db } from '../../store/instance';

interface EnterpriseStepProps {
  enterpriseId: string | null;
  error: string | undefined;
  defaultDistrict: string;
  /** Chooses the enterprise for this application; resolves to a message when refused (e.g. its places are taken). */
  onChoose: (enterpriseId: string) => Promise<string | null>;
  onCreate: (fields: EnterpriseFields) => Promise<EnterpriseResult>;
  onUpdate: (enterprise: Enterprise) => Promise<EnterpriseResult>;
}

/** 企业: pick the 冲击新目标企业 (by name or USCC) or register it, with its places in view. */
export function EnterpriseStep({
  enterpriseId,
  error,
  defaultDistrict,
  onChoose,
  onCreate,
  onUpdate,
}: EnterpriseStepProps) {
  const [mode, setMode] = useState<'view' | 'create' | 'edit'>('view');
  const [refusal, setRefusal] = useState<string | null>(null);
  const enterprises = useLiveQuery(() => searchEnterprises(db, '', 1000), []) ?? [];
  const current = enterprises.find((enterprise) => enterprise.id === enterpriseId) ?? null;

  const choose = async (id: string | null) => {
    if (!id || id === enterpriseId) return;
    setRefusal(await onChoose(id));
  };

  /** The store's answer as the form's field errors (null when saved). */
  const saved = async (result: EnterpriseResult, then: (enterprise: Enterprise) => Promise<void>) => {
    if (!result.ok) return result.fields;
    setMode('view');
    await then(result.value);
    return null as FieldErrors | null;
  };

  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        名企优才类由冲击新目标企业为计划引进的高层次人才申领，每家企业可为 {PLACES_PER_ENTERPRISE} 人申领。
      </Text>
      <Group align="flex-end">
        <Select
          label="选择企业"
          placeholder="输入企业名称或统一社会信用代码搜索"
          searchable
          nothingFoundMessage="没有找到该企业，可新建"
          data={enterprises.map((enterprise) => ({
            value: enterprise.id,
            label: `${enterprise.name}（${enterprise.uscc}）`,
          }))}
          value={enterpriseId}
          onChange={(id) => void choose(id)}
          style={{ flex: 1 }}
          error={error}
        />
        <Button variant="light" leftSection={<IconPlus size={16} />} onClick={() => setMode('create')}>
          新建企业
        </Button>
      </Group>
      {refusal && (
        <Alert color="red" title="未能选用该企业" role="alert" withCloseButton onClose={() => setRefusal(null)}>
          {refusal}
        </Alert>
      )}
      {mode === 'create' && (
        <EnterpriseForm
          enterprise={null}
          defaultDistrict={defaultDistrict}
          onCancel={() => setMode('view')}
          onSubmit={async (fields) => saved(await onCreate(fields), (created) => choose(created.id))}
        />
      )}
      {mode === 'edit' && current && (
        <EnterpriseForm
          enterprise={current}
          defaultDistrict={defaultDistrict}
          onCancel={() => setMode('view')}
          onSubmit={async (fields) => saved(await onUpdate({ ...current, ...fields }), async () => {})}
        />
      )}
      {mode === 'view' && current && <EnterpriseCard enterprise={current} onEdit={() => setMode('edit')} />}
    </Stack>
  );
}
