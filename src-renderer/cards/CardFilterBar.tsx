import { Button, Group, Select } from '@mantine/core';
import { CATEGORY_LABELS, STATUS_LABELS } from '../../src-shared/cards/workflow';
import { DISTRICTS } from '../../src-shared/codes/districts';
import { type CardFilters, EXPIRY_LABELS, NO_CARD_FILTERS } from './card-filter';
import { useCardFilters } from './use-card-filters';

const options = (labels: Record<string, string>, skip: readonly string[] = []) =>
  Object.entries(labels)
    .filter(([value]) => !skip.includes(value))
    .map(([value, label]) => ({ value, label }));

const CATEGORY_OPTIONS = options(CATEGORY_LABELS);
const STATUS_OPTIONS = options(STATUS_LABELS, ['draft']);
const DISTRICT_OPTIONS = DISTRICTS.map((district) => ({ value: district.code, label: district.label }));
const EXPIRY_OPTIONS = options(EXPIRY_LABELS);

/** 类别, 状态, 区市 and 到期 filters of the 英才卡 list. */
export function CardFilterBar() {
  const filters = useCardFilters((state) => state.filters);
  const setFilters = useCardFilters((state) => state.setFilters);
  const select = (label: string, key: keyof CardFilters, data: { value: string; label: string }[], width: number) => (
    <Select
      label={label}
      placeholder="全部"
      clearable
      data={data}
      value={filters[key] || null}
      onChange={(value) => setFilters({ [key]: value ?? '' })}
      w={width}
    />
  );
  const filtered = Object.values(filters).some(Boolean);
  return (
    <Group align="flex-end" gap="md">
      {select('类别', 'category', CATEGORY_OPTIONS, 150)}
      {select('状态', 'status', STATUS_OPTIONS, 160)}
      {select('区市', 'district', DISTRICT_OPTIONS, 220)}
      {select('到期', 'expiry', EXPIRY_OPTIONS, 150)}
      {filtered && (
        <Button variant="subtle" color="gray" onClick={() => setFilters(NO_CARD_FILTERS)}>
          清除筛选
        </Button>
      )}
    </Group>
  );
}
