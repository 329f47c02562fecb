import { Grid, Radio, Select, Stack, Text, TextInput } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { parseUscc } from '../../../src-shared/cards/uscc';
import {
  DESIGNATION_ROUTE_LABELS,
  DESIGNATION_ROUTES,
  STATION_STATUS_LABELS,
  STATION_TYPE_LABELS,
  STATION_TYPES,
  type StationType,
} from '../../../src-shared/stations/station';
import { landingDistrictOptions } from '../../applications/code-options';
import { UsccInput } from '../../enterprises/UsccInput';
import { db } from '../../store/instance';
import { listStations } from '../../store/stations';
import { STATION_TYPE_DESCRIPTIONS } from '../station-labels';
import type { StationForm } from './form-types';

const TYPE_OPTIONS = STATION_TYPES.map((type) => ({ value: type, label: STATION_TYPE_LABELS[type] }));

/** Other stations of the same host unit: not an error (a unit may host more than one), but worth knowing. */
function useSameHost(uscc: string, stationId: string | null): string | null {
  const code = parseUscc(uscc);
  const others = useLiveQuery(
    async () =>
      code.ok ? (await listStations(db)).filter((s) => s.hostUscc === code.value && s.id !== stationId) : [],
    [code.ok ? code.value : '', stationId],
  );
  if (!others || others.length === 0) return null;
  const names = others.map((s) => `“${s.name}”（${STATION_STATUS_LABELS[s.status]}）`).join('、');
  return `该依托单位已有驿站档案：${names}。同一驿站请勿重复建档。`;
}

/** 驿站名称, 类型, 依托单位 with its 统一社会信用代码 (checked as typed), 区市, 地址 and 申报途径. */
export function HostFields({ form, stationId }: { form: StationForm; stationId: string | null }) {
  const { hostUscc, type } = form.getValues();
  const sameHost = useSameHost(hostUscc, stationId);

  return (
    <Grid>
      <Grid.Col span={{ base: 12, md: 8 }}>
        <TextInput label="驿站名称" withAsterisk {...form.getInputProps('name')} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 4 }}>
        <Select
          label="驿站类型"
          withAsterisk
          data={TYPE_OPTIONS}
          allowDeselect={false}
          description={STATION_TYPE_DESCRIPTIONS[type as StationType] ?? '第五条的四种类型之一'}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          renderOption={({ option }) => (
            <Stack gap={0}>
              <Text size="sm">{option.label}</Text>
              <Text size="xs" c="dimmed" aria-hidden>
                {STATION_TYPE_DESCRIPTIONS[option.value as StationType]}
              </Text>
            </Stack>
          )}
          comboboxProps={{ width: 420, position: 'bottom-end' }}
          {...form.getInputProps('type')}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 8 }}>
        <TextInput label="依托单位名称" withAsterisk {...form.getInputProps('hostName')} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 4 }}>
        <Select
          label="所在区市"
          withAsterisk
          placeholder="请选择"
          data={landingDistrictOptions}
          allowDeselect={false}
          {...form.getInputProps('district')}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 6 }}>
        <UsccInput inputProps={form.getInputProps('hostUscc')} value={hostUscc} />
        {sameHost && (
          <Text size="xs" c="orange.8" mt={4} role="status">
            {sameHost}
          </Text>
        )}
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 6 }}>
        <TextInput label="依托单位地址" withAsterisk {...form.getInputProps('hostAddress')} />
      </Grid.Col>
      <Grid.Col span={12}>
        <Radio.Group
          label="申报途径"
          withAsterisk
          description="第七条：经区市人力资源社会保障部门推荐申报；市直单位、高校院所直接报市人力资源和社会保障局"
          {...form.getInputProps('route')}
        >
          <Stack gap={6} mt={8}>
            {DESIGNATION_ROUTES.map((route) => (
              <Radio key={route} value={route} label={DESIGNATION_ROUTE_LABELS[route]} />
            ))}
          </Stack>
        </Radio.Group>
      </Grid.Col>
    </Grid>
  );
}
