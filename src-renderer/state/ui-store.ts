import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { ApplicationStatus } from '../../src-shared/registration/application';

export interface ApplicationFilters {
  text: string;
  status: ApplicationStatus | '';
  projectId: string;
}

interface UiState {
  /** The wizard step each application was left at, so a reload returns to it. */
  wizardStep: Record<string, number>;
  setWizardStep: (applicationId: string, step: number) => void;
  applicationFilters: ApplicationFilters;
  setApplicationFilters: (filters: Partial<ApplicationFilters>) => void;
}

/** UI state only: records live in IndexedDB. Kept in sessionStorage so a reload keeps the place. */
export const useUiStore = create<UiState>()(
  persist(
    (set) => ({
      wizardStep: {},
      setWizardStep: (applicationId, step) =>
        set((state) => ({ wizardStep: { ...state.wizardStep, [applicationId]: step } })),
      applicationFilters: { text: '', status: '', projectId: '' },
      setApplicationFilters: (filters) =>
        set((state) => ({ applicationFilters: { ...state.applicationFilters, ...filters } })),
    }),
    { name: 'talent-card-ui', storage: createJSONStorage(() => sessionStorage) },
  ),
);
