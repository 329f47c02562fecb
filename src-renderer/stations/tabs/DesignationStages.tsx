import { Badge, Group, List, Stack, Text, Timeline, Title } from '@mantine/core';
import { addDays } from '../../../src-shared/cards/validity';
import { objections } from '../../../src-shared/stations/blockers';
import { DESIGNATION_ROUTE_LABELS, type Station, type StationEvent } from '../../../src-shared/stations/station';
import { workingDaysBetween } from '../../../src-shared/stations/working-days';
import { type Fact, FactTable } from '../../cards/FactTable';
import { AttachmentButtons } from './AttachmentButtons';
import { latestOf, recordedBy } from './station-events';

interface StagesProps {
  station: Station;
  events: readonly StationEvent[];
  today: string;
}

const pending = (text: string) => (
  <Text size="sm" c="dimmed">
    {text}
  </Text>
);

function files(event: StationEvent, label: string, owner: string): Fact[] {
  return event.evidence.length > 0
    ? [{ label: '材料', value: <AttachmentButtons hashes={event.evidence} label={label} owner={owner} /> }]
    : [];
}

/** 申报 → 认定 → 公示 → 公布, each with what was recorded, as a vertical timeline. */
export function DesignationStages({ station, events, today }: StagesProps) {
  const applied = latestOf(events, 'apply');
  const assessed = latestOf(events, 'select', 'not-select');
  const failed = latestOf(events, 'publicity-fail');
  const published = latestOf(events, 'publish');
  const reached = [applied, assessed, station.publicity, published ?? station.designation].filter(Boolean).length;

  return (
    <Timeline active={reached - 1} bulletSize={22} lineWidth={2} aria-label="认定进度">
      <Timeline.Item title={<StageTitle title="申报" done={Boolean(applied)} />} bullet={1}>
        {applied ? (
          <FactTable
            label="申报"
            facts={[
              { label: '申报日期', value: applied.date },
              { label: '申报途径', value: DESIGNATION_ROUTE_LABELS[station.route] },
              ...(applied.details.recommendation
                ? [{ label: '推荐意见', value: <Multiline text={applied.details.recommendation} /> }]
                : []),
              ...files(applied, '申报材料', station.name),
              { label: '记录', value: recordedBy(applied) },
            ]}
          />
        ) : (
          pending('尚未申报')
        )}
      </Timeline.Item>
      <Timeline.Item
        title={
          <StageTitle
            title="认定"
            done={Boolean(assessed)}
            badge={assessed ? (assessed.step === 'select' ? '入选' : '未入选') : undefined}
            bad={assessed?.step === 'not-select'}
          />
        }
        bullet={2}
      >
        {assessed ? (
          <FactTable
            label="认定"
            facts={[
              { label: '实地考察日期', value: assessed.date },
              { label: '考察评估专家', value: assessed.details.experts },
              { label: '综合评估意见', value: <Multiline text={assessed.details.opinion ?? ''} /> },
              { label: '认定结果', value: assessed.step === 'select' ? '入选' : '未入选' },
              ...files(assessed, '考察评估材料', station.name),
              { label: '记录', value: recordedBy(assessed) },
            ]}
          />
        ) : (
          pending('申报后由市人力资源和社会保障局组织实地考察、综合评估')
        )}
      </Timeline.Item>
      <Timeline.Item
        title={
          <StageTitle
            title="公示"
            done={Boolean(station.publicity)}
            badge={failed ? '公示未通过' : undefined}
            bad={Boolean(failed)}
          />
        }
        bullet={3}
      >
        <Publicity station={station} events={events} today={today} failed={failed} />
      </Timeline.Item>
      <Timeline.Item
        title={
          <StageTitle
            title="公布"
            done={Boolean(station.designation)}
            badge={station.designation ? '已授牌' : undefined}
          />
        }
        bullet={4}
      >
        {station.designation ? (
          <FactTable
            label="公布"
            facts={[
              { label: '核准批复文号', value: station.designation.reference },
              { label: '核准日期', value: station.designation.approvalDate },
              { label: '授牌日期', value: station.designation.plaqueDate },
              ...(published ? files(published, '核准批复', station.name) : []),
              ...(published ? [{ label: '记录', value: recordedBy(published) }] : []),
            ]}
          />
        ) : (
          pending('公示期满无异议的，报市人才工作领导小组办公室核准后公布并授牌')
        )}
      </Timeline.Item>
    </Timeline>
  );
}

function StageTitle({ title, done, badge, bad }: { title: string; done: boolean; badge?: string; bad?: boolean }) {
  return (
    <Group gap="xs">
      <Title order={5} c={done ? undefined : 'dimmed'}>
        {title}
      </Title>
      {badge && (
        <Badge variant="light" color={bad ? 'red' : 'teal'}>
          {badge}
        </Badge>
      )}
    </Group>
  );
}

function Multiline({ text }: { text: string }) {
  return <span style={{ whiteSpace: 'pre-wrap' }}>{text}</span>;
}

interface PublicityProps extends StagesProps {
  failed: StationEvent | null;
}

/** 公示: the period (its end prominent), the working days left while it runs, every objection and its settlement. */
function Publicity({ station, events, today, failed }: PublicityProps) {
  const period = station.publicity;
  if (!period) return pending('认定入选后公示 5 个工作日');
  const all = objections(events);
  const open = all.filter((entry) => !entry.settled).length;
  const running = station.status === 'publicizing';
  // Counted as on the 工作台: the working days after today.
  const left = workingDaysBetween(addDays(today, 1), period.end);
  return (
    <Stack gap="xs">
      <Text size="sm">
        {period.start} 起公示，至{' '}
        <Text span fw={700} size="lg" data-testid="publicity-end">
          {period.end}
        </Text>{' '}
        止
        {period.estimated && (
          <Text span size="xs" c="orange.8">
            {' '}
            （日历尚未收录当年节假日安排，按周一至周五估算，请核对）
          </Text>
        )}
      </Text>
      {running && today < period.start && <Text size="sm">公示将于 {period.start} 开始。</Text>}
      {running && today >= period.start && today <= period.end && (
        <Text size="sm" c="blue.8" fw={500} data-testid="publicity-left">
          {left === 0 ? '公示中，今天是公示期的最后一天' : `公示中，今天之后还有 ${left} 个工作日`}
        </Text>
      )}
      {!running && !failed && station.designation && (
        <Text size="sm" c="teal.8">
          公示期满{all.length > 0 ? '，异议经核查均不成立' : '，无异议'}
        </Text>
      )}
      {running && today > period.end && (
        <Text size="sm" c={open > 0 ? 'orange.8' : 'teal.8'} fw={500}>
          公示期已满{open > 0 ? `，还有 ${open} 条异议待处理` : all.length > 0 ? '，异议均已处理' : '，无异议'}
        </Text>
      )}
      <Text size="sm" fw={500}>
        异议（{all.length} 条）
      </Text>
      {all.length === 0 ? (
        pending('公示期间未收到异议')
      ) : (
        <List spacing="xs" size="sm" aria-label="异议">
          {all.map(({ objection, settled }) => (
            <List.Item key={objection.id}>
              <Group gap="xs">
                <Text size="sm">
                  {objection.date} 收到：{objection.details.content}
                </Text>
                {settled ? (
                  <Badge color={settled.details.upheld === 'yes' ? 'red' : 'teal'} variant="light">
                    {settled.details.upheld === 'yes' ? '成立' : '不成立'}
                  </Badge>
                ) : (
                  <Badge color="orange" variant="light">
                    待处理
                  </Badge>
                )}
              </Group>
              {settled && (
                <Text size="sm" c="dimmed">
                  {settled.date} 处理：{settled.details.settlement}
                </Text>
              )}
              <AttachmentButtons hashes={objection.evidence} label="异议材料" owner={station.name} />
            </List.Item>
          ))}
        </List>
      )}
      {failed && (
        <Text size="sm" c="red.8">
          {failed.date} 公示未通过：{failed.details.reason}
        </Text>
      )}
    </Stack>
  );
}
