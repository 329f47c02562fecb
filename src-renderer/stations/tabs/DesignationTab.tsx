import { Alert, Anchor, List, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { applicationGaps, stepBlockers } from '../../../src-shared/stations/blockers';
import { policyById, policyFor, policyTitle } from '../../../src-shared/stations/policy';
import type { StationStepId } from '../../../src-shared/stations/station';
import { CardSection } from '../../cards/CardSection';
import { useToday } from '../../cards/use-today';
import type { StationTabProps } from '../tab-props';
import { DesignationStages } from './DesignationStages';
import { StationStepButtons } from './StationStepButtons';
import { latestOf } from './station-events';

/** The steps of 认定 (第七条), in the order they are offered. */
export const DESIGNATION_STEPS: readonly StationStepId[] = [
  'apply',
  'select',
  'not-select',
  'publicize',
  'object',
  'settle',
  'publish',
  'publicity-fail',
];

/** 认定: 申报 → 认定 → 公示 → 公布 with what each recorded, the policy it is under, and the steps open now. */
export function DesignationTab(props: StationTabProps) {
  const { station, events } = props;
  const today = useToday();
  const gaps = station.status === 'draft' ? applicationGaps(station) : [];
  const blocked = props.role ? stepBlockers(station, events, props.role, today) : {};

  return (
    <Stack gap="md">
      <PolicyNote {...props} today={today} />
      {gaps.length > 0 && (
        <Alert color="orange" title="申报前请在基本信息中补齐" role="note">
          <List size="sm" spacing={2}>
            {gaps.map((gap) => (
              <List.Item key={gap}>{gap}</List.Item>
            ))}
          </List>
          <Anchor component={Link} to={`/stations/${station.id}/edit`} size="sm" mt="xs" display="inline-block">
            编辑基本信息
          </Anchor>
        </Alert>
      )}
      <CardSection title="办理">
        <StationStepButtons
          {...props}
          steps={DESIGNATION_STEPS}
          blocked={blocked}
          idle={station.designation ? '认定已完成；此后的工作计划、总结与评估见“评估”页。' : '认定已办结。'}
        />
      </CardSection>
      <CardSection title="认定进度">
        <DesignationStages station={station} events={events} today={today} />
      </CardSection>
    </Stack>
  );
}

/** Which version of the measures the designation is under; a note when it was continued past its term. */
function PolicyNote({ station, events, today }: StationTabProps & { today: string }) {
  if (!station.policyVersion) {
    const choice = policyFor(today);
    if (!choice) return null;
    return (
      <Text size="sm" c="dimmed">
        申报时按申报日期适用的办法认定；现行：{policyTitle(choice.policy)}
        {choice.continued ? `（有效期至 ${choice.policy.effectiveUntil}，期满后继续执行）` : ''}
      </Text>
    );
  }
  const policy = policyById(station.policyVersion);
  const applied = latestOf(events, 'apply');
  const continued = applied?.details.policyContinued === 'yes';
  return (
    <Text size="sm">
      认定依据：
      <Text span fw={500}>
        {policyTitle(policy)}
      </Text>
      {continued && (
        <Text span size="sm" c="orange.8" data-testid="policy-continued">
          （申报日期 {applied?.date} 已过该办法的有效期 {policy.effectiveFrom} 至 {policy.effectiveUntil}
          ，尚无新版本，按该办法继续执行）
        </Text>
      )}
    </Text>
  );
}
