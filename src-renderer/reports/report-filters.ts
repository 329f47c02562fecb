import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { MonthRange } from '../../src-shared/cards/report';

interface ReportFilterState {
  /** The months counted, both ends included ("YYYY-MM"); null leaves an end open. */
  range: MonthRange;
  setRange: (range: MonthRange) => void;
}

/** The 统计报表's filters: UI state only, kept for the session so a reload keeps them. */
export const useReportFilters = create<ReportFilterState>()(
  persist(
    (set) => ({
      range: { from: null, to: null },
      setRange: (range) => set({ range }),
    }),
    { name: 'talent-card-report-filters', storage: createJSONStorage(() => sessionStorage) },
  ),
);
