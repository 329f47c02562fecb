import { Alert, Badge, Group, Stack, Text } from '@mantine/core';
import { daysBetween } from '../../../src-shared/cards/validity';
import { stepBlockers } from '../../../src-shared/stations/blockers';
import { nextEvaluationDue } from '../../../src-shared/stations/evaluation';
import { policyById } from '../../../src-shared/stations/policy';
import { CardSection } from '../../cards/CardSection';
import { type Fact, FactTable } from '../../cards/FactTable';
import { useToday } from '../../cards/use-today';
import { daysLeftText } from '../steps/step-form';
import type { StationTabProps } from '../tab-props';
import { EvaluationRecord } from './EvaluationRecord';
import { StationStepButtons } from './StationStepButtons';
import { allOf, latestOf } from './station-events';
import { YearlyReports } from './YearlyReports';

/** 评估: when the next biennial evaluation is due, the rectification in progress, past evaluations, yearly reports. */
export function EvaluationTab(props: StationTabProps) {
  const { station, events } = props;
  const today = useToday();
  const policy = policyById(station.policyVersion);
  const due = nextEvaluationDue(station, events, policy);
  const evaluations = allOf(events, 'evaluate').reverse();
  const followUps = allOf(events, 'review-rectification', 'revoke');
  const followUpOf = (date: string) => followUps.find((event) => event.date >= date) ?? null;
  const revoked = latestOf(events, 'revoke');

  return (
    <Stack gap="md">
      <CardSection title="评估">
        <Stack gap="sm">
          {station.status === 'revoked' ? (
            <Alert color="red" title="已取消称号" role="status">
              {station.revokedOn ?? revoked?.date} 取消称号
              {revoked ? `（${revoked.details.reference}）：${revoked.details.reason}` : ''}
            </Alert>
          ) : due ? (
            <DueLine
              due={due}
              today={today}
              interval={policy.evaluationIntervalYears}
              rectifying={Boolean(station.rectification)}
            />
          ) : (
            <Text size="sm" c="dimmed">
              认定（公布）后，每 {policy.evaluationIntervalYears} 年评估一次（第十六条）。
            </Text>
          )}
          <StationStepButtons {...props} steps={['evaluate']} />
        </Stack>
      </CardSection>
      {station.rectification && <Rectification {...props} today={today} />}
      <CardSection title="评估记录">
        {evaluations.length === 0 ? (
          <Text size="sm" c="dimmed">
            尚无评估记录。
          </Text>
        ) : (
          <Stack gap="sm">
            {evaluations.map((event) => (
              <EvaluationRecord
                key={event.id}
                event={event}
                followUp={event.evaluation?.outcome === 'rectify' ? followUpOf(event.date) : null}
                maxScore={policy.evaluationItemMaxScore}
                owner={station.name}
              />
            ))}
          </Stack>
        )}
      </CardSection>
      <YearlyReports {...props} today={today} />
    </Stack>
  );
}

interface DueLineProps {
  due: string;
  today: string;
  interval: number;
  rectifying: boolean;
}

function DueLine({ due, today, interval, rectifying }: DueLineProps) {
  const days = daysBetween(today, due);
  return (
    <Group gap="sm">
      <Text size="sm">
        下次评估（每 {interval} 年一次）应于{' '}
        <Text span fw={700} data-testid="evaluation-due">
          {due}
        </Text>{' '}
        前完成
      </Text>
      <Badge color={days < 0 ? 'red' : days <= 60 ? 'orange' : 'gray'} variant="light">
        {daysLeftText(days)}
      </Badge>
      {rectifying && (
        <Text size="xs" c="dimmed">
          整改验收合格后方可记录评估
        </Text>
      )}
    </Group>
  );
}

/** The rectification ordered by the latest evaluation: its items, deadline and days left, and the two ways it ends. */
function Rectification(props: StationTabProps & { today: string }) {
  const { station, today } = props;
  const rectification = station.rectification;
  if (!rectification) return null;
  const days = daysBetween(today, rectification.deadline);
  const facts: Fact[] = [
    { label: '整改事项', value: <span style={{ whiteSpace: 'pre-wrap' }}>{rectification.items}</span> },
    { label: '责令整改日期', value: rectification.orderedOn },
    {
      label: '整改期限',
      value: (
        <Group gap="xs">
          <Text size="sm" fw={700}>
            {rectification.deadline}
          </Text>
          <Badge color={days < 0 ? 'red' : 'orange'} variant="light">
            {daysLeftText(days)}
          </Badge>
        </Group>
      ),
    },
  ];
  const blocked = props.role ? stepBlockers(props.station, props.events, props.role, today) : {};
  return (
    <CardSection title="整改中">
      <Stack gap="sm">
        <FactTable label="整改" facts={facts} />
        <StationStepButtons {...props} steps={['review-rectification', 'revoke']} blocked={blocked} />
      </Stack>
    </CardSection>
  );
}
