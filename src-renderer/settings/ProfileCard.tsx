import { Button, Group, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect } from 'react';
import { DISTRICTS } from '../../src-shared/codes';
import { parseName } from '../../src-shared/registration/rules/text';
import { type StaffProfile, saveStaffProfile } from '../store/device';
import { db } from '../store/instance';
import { useActor } from '../store/use-actor';

const districtOptions = DISTRICTS.map((district) => ({ value: district.code, label: district.label }));

/** 本机所属窗口与工作人员: stamped on every record and used in 申领编号. */
export function ProfileCard() {
  const actor = useActor();
  const form = useForm<StaffProfile>({
    mode: 'controlled',
    initialValues: { districtCode: '', staffName: '' },
    validate: {
      districtCode: (value) => (value ? null : '请选择本机所属区市'),
      staffName: (value) => {
        const parsed = parseName(value);
        return parsed.ok ? null : parsed.message;
      },
    },
  });

  const storedDistrict = actor?.districtCode;
  const storedName = actor?.staffName;
  const { setValues } = form;
  // Follow the stored profile when it changes (first load, saved elsewhere), not on every keystroke.
  useEffect(() => {
    if (storedDistrict !== undefined && storedName !== undefined) {
      setValues({ districtCode: storedDistrict, staffName: storedName });
    }
  }, [storedDistrict, storedName, setValues]);

  return (
    <Paper withBorder radius="md" p="md">
      <form
        onSubmit={form.onSubmit(async (values) => {
          const name = parseName(values.staffName);
          await saveStaffProfile(db, {
            districtCode: values.districtCode,
            staffName: name.ok ? name.value : values.staffName,
          });
        })}
      >
        <Stack gap="sm">
          <Title order={4}>本机窗口与工作人员</Title>
          <Text size="sm" c="dimmed">
            申领编号中的区市代码和每条记录的经办人取自这里。{actor === null && '请先填写后再办理申领登记。'}
          </Text>
          <Group align="flex-start" grow>
            <Select label="本机所属区市" data={districtOptions} {...form.getInputProps('districtCode')} />
            <TextInput label="工作人员姓名" {...form.getInputProps('staffName')} />
          </Group>
          <Group>
            <Button type="submit">保存</Button>
            {actor && (
              <Text size="sm" c="dimmed" data-testid="device-code">
                本机代码 {actor.deviceCode}
              </Text>
            )}
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
