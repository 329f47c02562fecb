import { Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import type { Application, InvestmentProject } from '../../../src-shared/registration/application';
import { FormSheet } from './FormSheet';
import { ReviewProblems } from './ReviewProblems';
import { WIZARD_STEPS } from './steps';

interface ReviewStepProps {
  application: Application;
  project: InvestmentProject | null;
  photoUrl: string | null;
  errors: Record<string, string>;
  warnings: Record<string, string>;
  onGoToStep: (step: number) => void;
  /** 打印申领登记表 and 导出, once the application is registered. */
  actions?: ReactNode;
}

/** 核对: everything laid out as the official form will print it, with what is still missing. */
export function ReviewStep({ application, project, photoUrl, errors, warnings, onGoToStep, actions }: ReviewStepProps) {
  return (
    <Stack gap="md">
      {actions}
      <ReviewProblems
        steps={WIZARD_STEPS}
        errors={errors}
        warnings={warnings}
        onGoToStep={onGoToStep}
        allDone={
          actions
            ? '已登记。打印申领登记表交申领单位盖章；打印前请与申领人再次核对以下内容。'
            : '请与申领人核对以下内容，确认无误后完成登记。'
        }
      />
      <FormSheet application={application} project={project} photoUrl={photoUrl} />
    </Stack>
  );
}
