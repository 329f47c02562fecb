import { Stack, Text, Title } from '@mantine/core';
import { daysBetween } from '../../src-shared/cards/validity';
import {
  EVALUATION_REMINDER_DAYS,
  REPORT_REMINDER_DAYS,
  type StationReminders,
} from '../../src-shared/stations/reminders';
import { DaysText } from './DaysText';
import { StationReminderCard, type StationReminderRow } from './StationReminderCard';

/** The station page's tab where each matter is recorded (认定 → designation, 评估 → evaluation). */
export type StationTab = 'designation' | 'evaluation';

export function stationLink(id: string, tab: StationTab): string {
  return `/stations/${id}?tab=${tab}`;
}

/** A list's days column: left, today, or overdue; urgent within a week and once past. */
function dueDays(daysLeft: number) {
  const text = daysLeft > 0 ? `剩 ${daysLeft} 天` : daysLeft === 0 ? '今天到期' : `已逾期 ${-daysLeft} 天`;
  return <DaysText urgent={daysLeft <= 7}>{text}</DaysText>;
}

function Dimmed({ children }: { children: string }) {
  return (
    <Text size="xs" c="dimmed">
      {children}
    </Text>
  );
}

/**
 * The 工作台's four lists about talent stations (《威海市高层次人才驿站管理暂行办法》
 * 第七条, 第十六条, 第十七条), each row leading to the station on the tab where
 * the next step is recorded. `lists` is undefined while loading.
 */
export function StationReminderCards({ lists, today }: { lists: StationReminders | undefined; today: string }) {
  const publicity: StationReminderRow[] | undefined = lists?.publicity.map((item) => ({
    ...item,
    key: item.id,
    to: stationLink(item.id, 'designation'),
    detail: (
      <>
        <Text size="sm">{`${item.start} 至 ${item.end}`}</Text>
        {item.estimated && <Dimmed>当年节假日安排未公布，按周一至周五估算</Dimmed>}
      </>
    ),
    date: item.end,
    days: item.ended ? (
      <DaysText urgent>{`已期满 ${daysBetween(item.end, today)} 天`}</DaysText>
    ) : item.workingDaysLeft === 0 ? (
      <DaysText urgent>今天期满</DaysText>
    ) : (
      <DaysText urgent={false}>{`今天之后 ${item.workingDaysLeft} 个工作日`}</DaysText>
    ),
  }));
  const evaluations: StationReminderRow[] | undefined = lists?.evaluations.map((item) => ({
    ...item,
    key: item.id,
    to: stationLink(item.id, 'evaluation'),
    detail: (
      <>
        <Text size="sm">{item.approvalDate}</Text>
        {item.status === 'rectifying' && <Dimmed>整改验收合格后才能记录评估</Dimmed>}
      </>
    ),
    date: item.dueDate,
    days: dueDays(item.daysLeft),
  }));
  const rectifications: StationReminderRow[] | undefined = lists?.rectifications.map((item) => ({
    ...item,
    key: item.id,
    to: stationLink(item.id, 'evaluation'),
    detail: (
      <Text size="sm" lineClamp={2} title={item.items}>
        {item.items}
      </Text>
    ),
    date: item.deadline,
    days: dueDays(item.daysLeft),
  }));
  const reports: StationReminderRow[] | undefined = lists?.reports.map((item) => ({
    ...item,
    key: `${item.id}-${item.kind}-${item.year}`,
    to: stationLink(item.id, 'evaluation'),
    detail: <Text size="sm">{`${item.year} 年度${item.kind === 'plan' ? '工作计划' : '工作总结'}`}</Text>,
    date: item.dueDate,
    days: dueDays(item.daysLeft),
  }));

  return (
    <Stack gap="md">
      <Title order={3} size="h4" c="dimmed" mt="xs">
        人才驿站
      </Title>
      <StationReminderCard
        title="公示即将期满或已期满的驿站"
        description="公示中的驿站（第七条）。期满无异议的，记录“核准公布并授牌”；异议经核查成立的，记录“公示未通过”。"
        detailHeader="公示期"
        dateHeader="期满日"
        daysHeader="剩余"
        rows={publicity}
        empty="没有公示中的驿站。"
        testId="reminders-station-publicity"
      />
      <StationReminderCard
        title={`${EVALUATION_REMINDER_DAYS} 天内应评估的驿站`}
        description={`驿站认定后每两年评估一次（第十六条）：应评估日期在 ${EVALUATION_REMINDER_DAYS} 天以内或已经过了、尚未评估的驿站。`}
        detailHeader="认定日期"
        dateHeader="应评估日期"
        daysHeader="剩余"
        rows={evaluations}
        empty={`没有 ${EVALUATION_REMINDER_DAYS} 天内应评估的驿站。`}
        testId="reminders-station-evaluation"
      />
      <StationReminderCard
        title="整改期限"
        description="评估后限期整改的驿站（第十七条）。期限届满后，记录“整改验收合格”；整改后仍不能正常发挥作用的，记录“取消称号”。"
        detailHeader="整改事项"
        dateHeader="整改期限"
        daysHeader="剩余"
        rows={rectifications}
        empty="没有整改中的驿站。"
        testId="reminders-station-rectification"
      />
      <StationReminderCard
        title="年度工作计划与总结"
        description={`驿站每年报送工作计划和工作总结（第十六条（六））：报送期限在 ${REPORT_REMINDER_DAYS} 天以内或已经过了、尚未报送的。`}
        detailHeader="事项"
        dateHeader="报送期限"
        daysHeader="剩余"
        rows={reports}
        empty={`没有 ${REPORT_REMINDER_DAYS} 天内应报送的年度工作计划或总结。`}
        testId="reminders-station-reports"
      />
    </Stack>
  );
}
