import { Button, Group, Loader, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { ROLE_LABELS } from '../../../src-shared/api/roles';
import { districtByCode } from '../../../src-shared/codes/districts';
import type { StationStepId } from '../../../src-shared/stations/station';
import { allowedStationSteps, type StationStep } from '../../../src-shared/stations/workflow';
import { NeedsProfileAlert } from '../../app/NeedsProfileAlert';
import { StationStepDialog } from '../steps/StationStepDialog';
import type { StationTabProps } from '../tab-props';

/** Ways out (未入选, 公示未通过, 取消称号), shown apart from the way forward. */
const DANGER: readonly StationStepId[] = ['not-select', 'publicity-fail', 'revoke'];

interface StationStepButtonsProps extends StationTabProps {
  /** The steps this part of the page offers, in the order shown. */
  steps: readonly StationStepId[];
  /** Steps allowed by the workflow that cannot be taken yet, with the reason shown beside. */
  blocked?: Partial<Record<StationStepId, string>>;
  /** Said when none of `steps` is open to anyone now; nothing when absent. */
  idle?: string;
}

/** Why this device has none of `steps` to take while another role has. */
function waitingFor(props: StationStepButtonsProps): string | undefined {
  const { station, role, steps, idle } = props;
  if (role === 'admin') return '本机以管理员身份登记到服务器：管理员只管理账号与设备，不办理驿站的步骤。';
  const others = (['city', 'district'] as const).filter((other) => other !== role);
  for (const other of others) {
    const theirs = allowedStationSteps(station.status, other).filter((step) => steps.includes(step.id));
    if (theirs.length > 0) {
      const labels = theirs.map((step) => `“${step.label}”`).join('、');
      const mine = role ? `，本机（${ROLE_LABELS[role]}）无需操作` : '';
      return `${labels}由${ROLE_LABELS[other]}办理${mine}。`;
    }
  }
  return idle;
}

/** One button per step of `steps` this device's role may take now (each with the step's label), and its dialog. */
export function StationStepButtons(props: StationStepButtonsProps) {
  const { station, events, activities, role, actor, steps, blocked = {} } = props;
  const [open, setOpen] = useState<StationStep | null>(null);
  if (role === undefined) return <Loader size="sm" aria-label="正在确定本机身份" />;
  const allowed = allowedStationSteps(station.status, role).filter((step) => steps.includes(step.id));
  allowed.sort((a, b) => steps.indexOf(a.id) - steps.indexOf(b.id));
  if (allowed.length === 0) {
    const reason = waitingFor(props);
    return reason ? (
      <Text size="sm" c="dimmed">
        {reason}
      </Text>
    ) : null;
  }
  if (actor === null) {
    return <NeedsProfileAlert why="办理记录要写明由谁办理，因此需先在设置中填写本机所属区市与工作人员姓名。" />;
  }
  const elsewhere =
    role === 'district' && station.district !== actor.districtCode
      ? `该驿站属于${districtByCode(station.district)?.label ?? station.district}，本机只能办理本区市的驿站。`
      : null;
  const reasonOf = (id: StationStepId) => elsewhere ?? blocked[id];
  const reasons = [...new Set(allowed.map((step) => reasonOf(step.id)).filter((r): r is string => Boolean(r)))];
  return (
    <Stack gap="xs">
      <Group gap="sm">
        {allowed.map((step) => {
          const danger = DANGER.includes(step.id);
          return (
            <Button
              key={step.id}
              variant={danger ? 'light' : 'filled'}
              color={danger ? 'red' : undefined}
              disabled={Boolean(reasonOf(step.id))}
              onClick={() => setOpen(step)}
            >
              {step.label}
            </Button>
          );
        })}
        <Text size="xs" c="dimmed">
          本机身份：{ROLE_LABELS[role]}
        </Text>
      </Group>
      {reasons.map((reason) => (
        <Text key={reason} size="sm" c="orange.8">
          {reason}
        </Text>
      ))}
      {open && (
        <StationStepDialog
          station={station}
          events={events}
          activities={activities}
          step={open}
          actor={actor}
          role={role}
          onClose={() => setOpen(null)}
        />
      )}
    </Stack>
  );
}
