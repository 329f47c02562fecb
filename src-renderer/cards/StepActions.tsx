import { Button, Group, Loader, Text } from '@mantine/core';
import { useState } from 'react';
import { ROLE_LABELS } from '../../src-shared/api/roles';
import type { CardCategory, Step } from '../../src-shared/cards/workflow';
import type { Application } from '../../src-shared/registration/application';
import { NeedsProfileAlert } from '../app/NeedsProfileAlert';
import { useActingRole } from '../app/use-acting-role';
import { useActor } from '../store/use-actor';
import { CardSection } from './CardSection';
import { LandingDialog } from './LandingDialog';
import { ScreenLink } from './ScreenLink';
import { StepDialog } from './StepDialog';
import { cardActions, hasActions, noActionReason } from './step-actions';
import { LANDING_WORDS } from './step-labels';

/** Ways out of the review, shown apart from the way forward. */
const DANGER: readonly Step['id'][] = ['return', 'reject', 'withdraw', 'revoke'];

/** 办理: one button per step this device's role may take now, and why there is none when there is none. */
export function StepActions({ application, category }: { application: Application; category: CardCategory }) {
  const actor = useActor();
  const role = useActingRole();
  const [open, setOpen] = useState<Step | 'landing' | null>(null);

  if (actor === undefined || role === undefined) return <Loader size="sm" />;
  if (actor === null) {
    return (
      <CardSection title="办理">
        <NeedsProfileAlert why="办理记录要写明由谁办理，因此需先在设置中填写本机所属区市与工作人员姓名。" />
      </CardSection>
    );
  }
  const actions = cardActions(application, category, role);
  const danger = (step: Step) => DANGER.includes(step.id);
  return (
    <CardSection
      title="办理"
      aside={
        <Text size="sm" c="dimmed">
          本机身份：{ROLE_LABELS[role]}
        </Text>
      }
    >
      {!hasActions(actions) && <Text size="sm">{noActionReason(application, category, role)}</Text>}
      <Group gap="sm">
        {actions.steps
          .filter((step) => !danger(step))
          .map((step) => (
            <Button key={step.id} onClick={() => setOpen(step)}>
              {step.label}
            </Button>
          ))}
        {actions.landing && (
          <Button color="teal" onClick={() => setOpen('landing')}>
            {LANDING_WORDS[category].action}
          </Button>
        )}
        {actions.screens.map((step) => (
          <ScreenLink key={step.id} step={step} applicationId={application.id} />
        ))}
        {actions.steps.filter(danger).map((step) => (
          <Button key={step.id} variant="light" color="red" onClick={() => setOpen(step)}>
            {step.label}
          </Button>
        ))}
      </Group>
      {open === 'landing' && (
        <LandingDialog
          application={application}
          category={category}
          actor={actor}
          role={role}
          onClose={() => setOpen(null)}
        />
      )}
      {open && open !== 'landing' && (
        <StepDialog application={application} step={open} actor={actor} role={role} onClose={() => setOpen(null)} />
      )}
    </CardSection>
  );
}
