import { Badge, Button, Group, Paper, Stack, Stepper, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import type { Application, ApplicationStatus } from '../../../src-shared/registration/application';
import { RecordSyncBadge } from '../../sync-ui/RecordSyncBadge';
import { STATUS_COLORS, STATUS_LABELS } from '../status-labels';
import { enterMovesOn } from './enter-moves-on';
import { SaveIndicator } from './SaveIndicator';
import type { WizardStep } from './steps';
import type { SaveState } from './use-autosave';
import type { WizardNavigation } from './use-wizard-steps';

interface WizardFrameProps {
  title: string;
  application: Pick<Application, 'id' | 'number'>;
  status: ApplicationStatus;
  steps: readonly WizardStep[];
  nav: WizardNavigation;
  saveState: SaveState;
  /** Beside the save state in the header (e.g. 归档盖章件). */
  headerActions?: ReactNode;
  /** The button on the last step, in place of 下一步. */
  finish: ReactNode;
  children: ReactNode;
}

/** The frame every application wizard shares: title and status, the steps, the page, 上一步 / 下一步. */
export function WizardFrame({
  title,
  application,
  status,
  steps,
  nav,
  saveState,
  headerActions,
  finish,
  children,
}: WizardFrameProps) {
  return (
    <Stack gap="md">
      <Group justify="space-between">
        <div>
          <Title order={2}>{title}</Title>
          <Group gap="xs" mt={4}>
            <Text c="dimmed" size="sm">
              申领编号 {application.number}
            </Text>
            <Badge variant="light" color={STATUS_COLORS[status]} data-testid="application-status">
              {STATUS_LABELS[status]}
            </Badge>
            <RecordSyncBadge table="applications" id={application.id} />
          </Group>
        </div>
        <Group gap="md">
          {headerActions}
          <SaveIndicator state={saveState} />
        </Group>
      </Group>
      <Stepper active={nav.step} onStepClick={nav.goTo} size="sm" allowNextStepsSelect>
        {steps.map((wizardStep) => (
          <Stepper.Step key={wizardStep.key} label={wizardStep.label} />
        ))}
      </Stepper>
      <Paper withBorder radius="md" p="lg" onKeyDownCapture={(event) => enterMovesOn(event, nav.next)}>
        {children}
      </Paper>
      <Group justify="space-between">
        <Button variant="default" disabled={nav.step === 0} onClick={() => nav.goTo(nav.step - 1)}>
          上一步
        </Button>
        {nav.step < nav.last ? <Button onClick={nav.next}>下一步</Button> : finish}
      </Group>
    </Stack>
  );
}
