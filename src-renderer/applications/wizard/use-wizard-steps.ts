import { hasErrors } from '../../../src-shared/registration/rules/field-errors';
import { useUiStore } from '../../state/ui-store';
import { errorsOfStep, type WizardStep } from './steps';

export interface WizardNavigation {
  step: number;
  /** The index of the last step (核对). */
  last: number;
  goTo: (step: number) => void;
  /** 下一步: shows what is missing on this step, next to each field; moves on only when nothing is. */
  next: () => void;
}

/**
 * Where a wizard stands (kept per application, so a reload returns there)
 * and how it moves: saving what was typed on every move.
 */
export function useWizardSteps(
  applicationId: string,
  steps: readonly WizardStep[],
  errors: Record<string, string>,
  setFieldError: (path: string, message: string) => void,
  flush: () => Promise<boolean>,
): WizardNavigation {
  const last = steps.length - 1;
  const step = Math.min(
    last,
    useUiStore((state) => state.wizardStep[applicationId] ?? 0),
  );
  const setStep = useUiStore((state) => state.setWizardStep);

  const goTo = (next: number) => {
    void flush();
    setStep(applicationId, Math.max(0, Math.min(last, next)));
  };

  const next = () => {
    const problems = errorsOfStep(errors, step, steps);
    if (hasErrors(problems)) {
      for (const [path, message] of Object.entries(problems)) setFieldError(path, message);
      const [firstPath] = Object.keys(problems);
      document.querySelector<HTMLElement>(`[data-path="${firstPath}"]`)?.focus();
      return;
    }
    goTo(step + 1);
  };

  return { step, last, goTo, next };
}
