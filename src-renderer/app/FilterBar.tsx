import { Button, Group, Select } from '@mantine/core';

export interface FilterOption {
  value: string;
  label: string;
}

/** The options of a select, from a label table, leaving out `skip`. */
export function filterOptions(labels: Record<string, string>, skip: readonly string[] = []): FilterOption[] {
  return Object.entries(labels)
    .filter(([value]) => !skip.includes(value))
    .map(([value, label]) => ({ value, label }));
}

/** Filters are texts keyed by name, '' meaning 全部; each select offers only values of its own field. */
type Filters<F> = { [K in keyof F]: string };

export interface FilterSelect<F extends Filters<F>> {
  label: string;
  key: keyof F & string;
  options: readonly FilterOption[];
  width: number;
}

interface FilterBarProps<F extends Filters<F>> {
  selects: readonly FilterSelect<F>[];
  /** The chosen value of each select; '' for 全部. */
  values: F;
  onChange: (change: Partial<F>) => void;
  onClear: () => void;
}

/** A row of list filters, each a select with 全部 as its empty choice, and 清除筛选 while any is set. */
export function FilterBar<F extends Filters<F>>({ selects, values, onChange, onClear }: FilterBarProps<F>) {
  const filtered = Object.values<string>(values).some(Boolean);
  return (
    <Group align="flex-end" gap="md">
      {selects.map(({ label, key, options, width }) => (
        <Select
          key={key}
          label={label}
          placeholder="全部"
          clearable
          data={[...options]}
          value={values[key] || null}
          onChange={(value) => onChange({ [key]: value ?? '' } as Partial<F>)}
          w={width}
        />
      ))}
      {filtered && (
        <Button variant="subtle" color="gray" onClick={onClear}>
          清除筛选
        </Button>
      )}
    </Group>
  );
}
