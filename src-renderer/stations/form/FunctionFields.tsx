import { Checkbox, SimpleGrid } from '@mantine/core';
import { STATION_FUNCTION_LABELS, STATION_FUNCTIONS } from '../../../src-shared/stations/station';
import type { StationForm } from './form-types';

/** 第八条: the functions the station takes on, any of six. */
export function FunctionFields({ form }: { form: StationForm }) {
  return (
    <Checkbox.Group
      label="第八条职责功能"
      description="驿站承担的职责功能，可多选；申报前至少选择一项"
      {...form.getInputProps('functions')}
    >
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="xs" verticalSpacing="xs" mt="xs">
        {STATION_FUNCTIONS.map((fn) => (
          <Checkbox key={fn} value={fn} label={STATION_FUNCTION_LABELS[fn]} />
        ))}
      </SimpleGrid>
    </Checkbox.Group>
  );
}
