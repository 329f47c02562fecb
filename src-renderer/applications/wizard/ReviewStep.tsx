import { Alert, Anchor, List, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import type { Application, InvestmentProject } from '../../../src-shared/registration/application';
import { FormSheet } from './FormSheet';
import { stepOfField, WIZARD_STEPS } from './steps';

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
  const problems = Object.entries(errors);
  return (
    <Stack gap="md">
      {actions}
      {problems.length > 0 ? (
        <Alert color="red" title={`还有 ${problems.length} 处需要填写或更正`} role="alert">
          <List size="sm">
            {problems.map(([path, message]) => {
              const step = stepOfField(path);
              return (
                <List.Item key={path}>
                  {step >= 0 ? (
                    <Anchor component="button" type="button" size="sm" onClick={() => onGoToStep(step)}>
                      {WIZARD_STEPS[step]?.label}
                    </Anchor>
                  ) : null}
                  ：{message}
                </List.Item>
              );
            })}
          </List>
        </Alert>
      ) : (
        <Alert color="teal" title="各项均已填写">
          {actions
            ? '已登记。打印申领登记表交申领单位盖章；打印前请与申领人再次核对以下内容。'
            : '请与申领人核对以下内容，确认无误后完成登记。'}
        </Alert>
      )}
      {Object.values(warnings).length > 0 && (
        <Alert color="orange" title="请留意">
          <List size="sm">
            {Object.entries(warnings).map(([path, message]) => (
              <List.Item key={path}>{message}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      <FormSheet application={application} project={project} photoUrl={photoUrl} />
    </Stack>
  );
}
