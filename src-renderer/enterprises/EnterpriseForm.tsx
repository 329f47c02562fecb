import { Button, Grid, Group, Paper, Select, Stack, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { parseUscc } from '../../src-shared/cards/uscc';
import type { Enterprise, EnterpriseFields } from '../../src-shared/enterprises/enterprise';
import { duplicateUsccMessage, validateEnterprise } from '../../src-shared/enterprises/rules';
import type { FieldErrors } from '../../src-shared/registration/rules/field-errors';
import { landingDistrictOptions } from '../applications/code-options';
import { enterpriseWithUscc } from '../store/enterprises';
import { db } from '../store/instance';
import { UsccInput } from './UsccInput';

interface EnterpriseFormProps {
  enterprise: Enterprise | null;
  /** The district a new enterprise starts with (the window's own, when it is one). */
  defaultDistrict: string;
  /** Saves; resolves to the problems by field when the store refused (e.g. the USCC is taken), else null. */
  onSubmit: (fields: EnterpriseFields) => Promise<FieldErrors | null>;
  onCancel: () => void;
}

function initialValues(enterprise: Enterprise | null, defaultDistrict: string): EnterpriseFields {
  return {
    name: enterprise?.name ?? '',
    uscc: enterprise?.uscc ?? '',
    district:
      enterprise?.district ?? (landingDistrictOptions.some((d) => d.value === defaultDistrict) ? defaultDistrict : ''),
    contactName: enterprise?.contactName ?? '',
    contactPhone: enterprise?.contactPhone ?? '',
  };
}

/** 冲击新目标企业: create one inline (or correct one), the 统一社会信用代码 checked as it is typed. */
export function EnterpriseForm({ enterprise, defaultDistrict, onSubmit, onCancel }: EnterpriseFormProps) {
  const [saving, setSaving] = useState(false);
  const form = useForm<EnterpriseFields>({
    mode: 'controlled',
    initialValues: initialValues(enterprise, defaultDistrict),
    validateInputOnBlur: ['name', 'district', 'contactName', 'contactPhone'],
    validate: validateEnterprise,
  });
  const { uscc } = form.getValues();
  const valid = parseUscc(uscc).ok;
  const taken = useLiveQuery(
    () => (valid ? enterpriseWithUscc(db, uscc, enterprise?.id) : undefined),
    [uscc, valid, enterprise?.id],
  );

  const submit = form.onSubmit(async (values) => {
    setSaving(true);
    const refused = await onSubmit(values);
    setSaving(false);
    if (refused) form.setErrors(refused);
  });

  return (
    <Paper withBorder p="md" radius="md" bg="gray.0">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={5}>{enterprise ? '编辑企业信息' : '新建企业'}</Title>
          <Grid>
            <Grid.Col span={8}>
              <TextInput label="企业名称" withAsterisk {...form.getInputProps('name')} />
            </Grid.Col>
            <Grid.Col span={4}>
              <Select
                label="所在区市"
                withAsterisk
                data={landingDistrictOptions}
                allowDeselect={false}
                {...form.getInputProps('district')}
              />
            </Grid.Col>
            <Grid.Col span={6}>
              <UsccInput
                inputProps={form.getInputProps('uscc')}
                value={uscc}
                problem={taken ? duplicateUsccMessage(taken) : null}
                placeholder="18 位，见营业执照"
              />
            </Grid.Col>
            <Grid.Col span={3}>
              <TextInput label="联系人" withAsterisk {...form.getInputProps('contactName')} />
            </Grid.Col>
            <Grid.Col span={3}>
              <TextInput
                label="联系电话"
                withAsterisk
                placeholder="手机号或 0631-5190505"
                {...form.getInputProps('contactPhone')}
              />
            </Grid.Col>
          </Grid>
          <Group>
            <Button type="submit" loading={saving}>
              {enterprise ? '保存企业信息' : '创建并选用此企业'}
            </Button>
            <Button variant="default" onClick={onCancel}>
              取消
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
