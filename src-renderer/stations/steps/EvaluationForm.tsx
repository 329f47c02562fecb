import { Alert, Fieldset, Group, Radio, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { isCalendarDate } from '../../../src-shared/cards/validity';
import {
  activityTotals,
  type EvaluationInput,
  evaluationPeriodStart,
  nextEvaluationDue,
} from '../../../src-shared/stations/evaluation';
import type { StationPolicy } from '../../../src-shared/stations/policy';
import {
  EVALUATION_ITEMS,
  EVALUATION_OUTCOME_LABELS,
  EVALUATION_OUTCOMES,
  type EvaluationOutcome,
  type Station,
  type StationActivity,
  type StationEvent,
} from '../../../src-shared/stations/station';
import { DateField } from '../../cards/DateField';

/** The keys of the store's refusal this form shows beside its fields. */
export const EVALUATION_FIELD_KEYS: readonly string[] = [
  ...EVALUATION_ITEMS.map((_, index) => `item${index + 1}`),
  'outcome',
  'subsidyWan',
  'decisionReference',
  'rectifyItems',
  'rectifyDeadline',
];

interface EvaluationFormProps {
  station: Station;
  events: readonly StationEvent[];
  activities: readonly StationActivity[];
  policy: StationPolicy;
  /** The evaluation date as typed and read ("YYYY-MM-DD" once it is a date). */
  date: string;
  value: EvaluationInput;
  onChange: (value: EvaluationInput) => void;
  errors: Partial<Record<string, string>>;
}

/** The sum of the scores typed so far that are numbers. */
export function scoreTotal(input: EvaluationInput): number {
  const total = input.items.reduce((sum, item) => {
    const score = Number(item.score.trim());
    return item.score.trim() !== '' && Number.isFinite(score) ? sum + score : sum;
  }, 0);
  return Math.round(total * 10) / 10;
}

/**
 * 记录评估 (第十六条, 第十七条): the six items scored with a note each, the
 * period's activity counts as they will be recorded, and the conclusion
 * with what it needs (示范站: subsidy and decision; 整改: items and deadline).
 */
export function EvaluationForm(props: EvaluationFormProps) {
  const { station, events, activities, policy, date, value, onChange, errors } = props;
  const max = policy.evaluationItemMaxScore;
  const subsidy = policy.demonstrationSubsidyWan;
  const due = nextEvaluationDue(station, events, policy);
  const set = (patch: Partial<EvaluationInput>) => onChange({ ...value, ...patch });
  const setItem = (index: number, patch: Partial<{ score: string; note: string }>) =>
    set({ items: value.items.map((item, at) => (at === index ? { ...item, ...patch } : item)) });

  return (
    <Stack gap="md">
      <PeriodCounts station={station} events={events} activities={activities} date={date} due={due} />
      {EVALUATION_ITEMS.map((item, index) => (
        <Fieldset key={item} legend={item} variant="filled" p="sm">
          <Group align="flex-start" wrap="nowrap" gap="sm">
            <TextInput
              label="评分"
              withAsterisk
              w={130}
              inputMode="decimal"
              placeholder={`0–${max}`}
              rightSection={<Text size="xs" c="dimmed">{`/${max}`}</Text>}
              rightSectionWidth={44}
              value={value.items[index]?.score ?? ''}
              error={errors[`item${index + 1}`]}
              onChange={(event) => setItem(index, { score: event.currentTarget.value })}
            />
            <Textarea
              label="说明"
              style={{ flex: 1 }}
              autosize
              minRows={1}
              maxRows={6}
              value={value.items[index]?.note ?? ''}
              onChange={(event) => setItem(index, { note: event.currentTarget.value })}
            />
          </Group>
        </Fieldset>
      ))}
      <Text size="sm" fw={500} data-testid="evaluation-total">
        合计 {scoreTotal(value)} / {max * EVALUATION_ITEMS.length} 分
      </Text>
      <Radio.Group
        label="评估结论"
        withAsterisk
        value={value.outcome}
        error={errors.outcome}
        onChange={(outcome) => set({ outcome: outcome as EvaluationOutcome })}
      >
        <Group gap="lg" mt={6}>
          {EVALUATION_OUTCOMES.map((outcome) => (
            <Radio key={outcome} value={outcome} label={EVALUATION_OUTCOME_LABELS[outcome]} />
          ))}
        </Group>
      </Radio.Group>
      {value.outcome === 'demonstration' && (
        <SimpleGrid cols={2}>
          <TextInput
            label="建站补助（万元）"
            withAsterisk
            inputMode="decimal"
            description={`第九条：给予每个示范站 ${subsidy.min}–${subsidy.max} 万元的建站补助`}
            value={value.subsidyWan}
            error={errors.subsidyWan}
            onChange={(event) => set({ subsidyWan: event.currentTarget.value })}
          />
          <TextInput
            label="确定示范站的决定文号"
            withAsterisk
            description="如 威人社字〔2024〕12号"
            value={value.decisionReference}
            error={errors.decisionReference}
            onChange={(event) => set({ decisionReference: event.currentTarget.value })}
          />
        </SimpleGrid>
      )}
      {value.outcome === 'rectify' && (
        <>
          <Textarea
            label="整改事项"
            withAsterisk
            description="第十七条：评估不合格的，限期整改"
            autosize
            minRows={3}
            value={value.rectifyItems}
            error={errors.rectifyItems}
            onChange={(event) => set({ rectifyItems: event.currentTarget.value })}
          />
          <DateField
            label="整改期限"
            value={value.rectifyDeadline}
            error={errors.rectifyDeadline}
            onChange={(rectifyDeadline) => set({ rectifyDeadline })}
          />
        </>
      )}
    </Stack>
  );
}

interface PeriodCountsProps {
  station: Station;
  events: readonly StationEvent[];
  activities: readonly StationActivity[];
  date: string;
  due: string | null;
}

/** What the evaluation will record from the activity log, computed as the store will compute it. */
function PeriodCounts({ station, events, activities, date, due }: PeriodCountsProps) {
  const answered = due ? `本次评估对应 ${due} 到期的评估。` : '';
  if (!isCalendarDate(date)) {
    return (
      <Alert color="gray" title="本评估期的活动" role="status">
        {answered}填写评估日期后，显示自上次评估（或认定）以来活动记录中的活动场次与服务高层次人才人次。
      </Alert>
    );
  }
  const from = evaluationPeriodStart(station, events, date);
  const totals = activityTotals(activities, from, date);
  return (
    <Alert color="blue" title="本评估期的活动（记录评估时按此记入）" role="status" data-testid="evaluation-period">
      <Text size="sm">{answered}</Text>
      <Text size="sm">
        统计期间 {from} 至 {date}：举办活动 {totals.activityCount} 场，参加 {totals.participants} 人次，服务高层次人才{' '}
        {totals.servedCount} 人次。
      </Text>
      <Text size="xs" c="dimmed">
        数字来自“活动”页的活动记录；如有遗漏，请先补记活动再记录评估。
      </Text>
    </Alert>
  );
}
