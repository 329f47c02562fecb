import { LANDING_DISTRICTS } from '../../../src-shared/codes/districts';
import { STATION_STATUS_LABELS, STATION_TYPE_LABELS } from '../../../src-shared/stations/station';
import { FilterBar, type FilterSelect, filterOptions } from '../../app/FilterBar';
import { EVALUATION_WINDOW_LABELS, NO_STATION_FILTERS, type StationFilters } from './station-filter';
import { useStationFilters } from './use-station-filters';

const SELECTS: readonly FilterSelect<StationFilters>[] = [
  { label: '类型', key: 'type', options: filterOptions(STATION_TYPE_LABELS), width: 130 },
  {
    label: '区市',
    key: 'district',
    options: LANDING_DISTRICTS.map((d) => ({ value: d.code, label: d.label })),
    width: 220,
  },
  { label: '状态', key: 'status', options: filterOptions(STATION_STATUS_LABELS), width: 140 },
  { label: '评估到期', key: 'evaluation', options: filterOptions(EVALUATION_WINDOW_LABELS), width: 150 },
];

/** 类型, 区市, 状态 and 评估到期 filters of the 人才驿站 list. */
export function StationFilterBar() {
  const filters = useStationFilters((state) => state.filters);
  const setFilters = useStationFilters((state) => state.setFilters);
  return (
    <FilterBar
      selects={SELECTS}
      values={filters}
      onChange={setFilters}
      onClear={() => setFilters(NO_STATION_FILTERS)}
    />
  );
}
