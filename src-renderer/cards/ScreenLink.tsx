import { Button } from '@mantine/core';
import { Link } from 'react-router';
import type { Step } from '../../src-shared/cards/workflow';
import { WIZARD_STEPS } from '../applications/wizard/steps';
import { useUiStore } from '../state/ui-store';

const REVIEW_STEP = WIZARD_STEPS.length - 1;

/**
 * A step done on the registration screen: 完成登记 on the wizard as it was
 * left; 打印 and 归档盖章件 on its 核对 step, where their buttons are.
 */
export function ScreenLink({ step, applicationId }: { step: Step; applicationId: string }) {
  const setWizardStep = useUiStore((state) => state.setWizardStep);
  const label = step.id === 'register' ? '继续填写登记表' : step.label;
  return (
    <Button
      component={Link}
      to={`/applications/${applicationId}`}
      variant="default"
      onClick={() => step.id !== 'register' && setWizardStep(applicationId, REVIEW_STEP)}
    >
      {label}
    </Button>
  );
}
