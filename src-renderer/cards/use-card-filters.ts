import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { type CardFilters, NO_CARD_FILTERS } from './card-filter';

interface CardFilterState {
  filters: CardFilters;
  setFilters: (filters: Partial<CardFilters>) => void;
}

/** The 英才卡 list's filters: UI state, kept for the session so that coming back from a card keeps them. */
export const useCardFilters = create<CardFilterState>()(
  persist(
    (set) => ({
      filters: NO_CARD_FILTERS,
      setFilters: (filters) => set((state) => ({ filters: { ...state.filters, ...filters } })),
    }),
    { name: 'talent-card-card-filters', storage: createJSONStorage(() => sessionStorage) },
  ),
);
