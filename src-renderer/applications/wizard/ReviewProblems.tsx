import { Alert, Anchor, List } from '@mantine/core';
import { stepOfField, type WizardStep } from './steps';

interface ReviewProblemsProps {
  steps: readonly WizardStep[];
  errors: Record<string, string>;
  warnings: Record<string, string>;
  onGoToStep: (step: number) => void;
  /** What to say when nothing is missing. */
  allDone: string;
}

/** 核对: what is still missing, each with a link to its step; then what is worth a second look. */
export function ReviewProblems({ steps, errors, warnings, onGoToStep, allDone }: ReviewProblemsProps) {
  const problems = Object.entries(errors);
  return (
    <>
      {problems.length > 0 ? (
        <Alert color="red" title={`还有 ${problems.length} 处需要填写或更正`} role="alert">
          <List size="sm">
            {problems.map(([path, message]) => {
              const step = stepOfField(path, steps);
              return (
                <List.Item key={path}>
                  {step >= 0 ? (
                    <Anchor component="button" type="button" size="sm" onClick={() => onGoToStep(step)}>
                      {steps[step]?.label}
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
          {allDone}
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
    </>
  );
}
