import { CATEGORY_LABELS, STATUS_LABELS } from '../../src-shared/cards/workflow';
import { DISTRICTS } from '../../src-shared/codes/districts';
import { FilterBar, type FilterSelect, filterOptions } from '../app/FilterBar';
import { type CardFilters, EXPIRY_LABELS, NO_CARD_FILTERS } from './card-filter';
import { useCardFilters } from './use-card-filters';

const SELECTS: readonly FilterSelect<CardFilters>[] = [
  { label: '类别', key: 'category', options: filterOptions(CATEGORY_LABELS), width: 150 },
  { label: '状态', key: 'status', options: filterOptions(STATUS_LABELS, ['draft']), width: 160 },
  { label: '区市', key: 'district', options: DISTRICTS.map((d) => ({ value: d.code, label: d.label })), width: 220 },
  { label: '到期', key: 'expiry', options: filterOptions(EXPIRY_LABELS), width: 150 },
];

/** 类别, 状态, 区市 and 到期 filters of the 英才卡 list. */
export function CardFilterBar() {
  const filters = useCardFilters((state) => state.filters);
  const setFilters = useCardFilters((state) => state.setFilters);
  return (
    <FilterBar selects={SELECTS} values={filters} onChange={setFilters} onClear={() => setFilters(NO_CARD_FILTERS)} />
  );
}
