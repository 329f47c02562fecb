import { Group, Radio, Select, Textarea, TextInput } from '@mantine/core';
import type { StationStepField } from '../../../src-shared/stations/workflow';
import { DateField } from '../../cards/DateField';
import type { ObjectionOption } from './step-form';

interface StepFieldInputProps {
  field: StationStepField;
  /** Needed for this station (an optional field may be, see step-form.ts fieldNeeded). */
  needed: boolean;
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
  autoFocus: boolean;
  /** For an `objection` field: the objections still open. */
  objections: readonly ObjectionOption[];
}

/** One field of a station step, drawn by its kind (src-shared/stations/workflow.ts). */
export function StepFieldInput(props: StepFieldInputProps) {
  const { field, needed, value, onChange, error, autoFocus, objections } = props;
  const common = { label: field.label, error, withAsterisk: needed };
  switch (field.kind) {
    case 'date':
      return <DateField label={field.label} value={value} onChange={onChange} error={error} autoFocus={autoFocus} />;
    case 'longtext':
      return (
        <Textarea
          {...common}
          value={value}
          autoFocus={autoFocus}
          autosize
          minRows={3}
          maxRows={10}
          description={needed ? undefined : '选填'}
          onChange={(event) => onChange(event.currentTarget.value)}
        />
      );
    case 'year':
      return (
        <TextInput
          {...common}
          value={value}
          autoFocus={autoFocus}
          w={160}
          maxLength={4}
          inputMode="numeric"
          placeholder="如 2025"
          onChange={(event) => onChange(event.currentTarget.value.replace(/\D/g, ''))}
        />
      );
    case 'yes-no':
      return (
        <Radio.Group {...common} value={value} onChange={onChange}>
          <Group gap="xl" mt={6}>
            <Radio value="yes" label="成立" autoFocus={autoFocus} />
            <Radio value="no" label="不成立" />
          </Group>
        </Radio.Group>
      );
    case 'objection':
      return (
        <Select
          {...common}
          data={[...objections]}
          value={value || null}
          autoFocus={autoFocus}
          placeholder={objections.length > 0 ? '请选择' : '没有待处理的异议'}
          description={objections.length > 0 ? `待处理的异议 ${objections.length} 条` : undefined}
          allowDeselect={false}
          onChange={(chosen) => onChange(chosen ?? '')}
        />
      );
    default:
      return (
        <TextInput
          {...common}
          value={value}
          autoFocus={autoFocus}
          onChange={(event) => onChange(event.currentTarget.value)}
        />
      );
  }
}
