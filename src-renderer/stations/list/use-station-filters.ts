import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { NO_STATION_FILTERS, type StationFilters } from './station-filter';

interface StationFilterState {
  filters: StationFilters;
  setFilters: (filters: Partial<StationFilters>) => void;
}

/** The 人才驿站 list's filters: UI state, kept for the session so that coming back from a station keeps them. */
export const useStationFilters = create<StationFilterState>()(
  persist(
    (set) => ({
      filters: NO_STATION_FILTERS,
      setFilters: (filters) => set((state) => ({ filters: { ...state.filters, ...filters } })),
    }),
    { name: 'talent-card-station-filters', storage: createJSONStorage(() => sessionStorage) },
  ),
);
