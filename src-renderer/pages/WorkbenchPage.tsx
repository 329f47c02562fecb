import { Anchor, Stack, Text, Title } from '@mantine/core';
import dayjs from 'dayjs';
import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'react-router';
import { dateInShanghai, EXPIRY_WINDOW_DAYS, reminderCount, STALE_DRAFT_DAYS } from '../../src-shared/cards/reminders';
import { stationReminderCount } from '../../src-shared/stations/reminders';
import { Page } from '../app/Page';
import { db } from '../store/instance';
import { useNow } from '../sync-ui/use-now';
import { DaysText } from '../workbench/DaysText';
import { ReminderCard, type ReminderRow } from '../workbench/ReminderCard';
import { StationReminderCards } from '../workbench/StationReminderCards';
import { useReminders } from '../workbench/use-reminders';
import { useStationReminders } from '../workbench/use-station-reminders';
import { waitingDays } from '../workbench/waiting-days';

/**
 * 工作台: what needs doing, in lists: three about applications and cards, each
 * row leading to the application; four about talent stations, each row
 * leading to the station.
 */
export function WorkbenchPage() {
  const lists = useReminders();
  const stationLists = useStationReminders();
  const today = dateInShanghai(new Date(useNow(60_000)));
  const limit = useLiveQuery(() => waitingDays(db), []);
  const total = lists && stationLists ? reminderCount(lists) + stationReminderCount(stationLists) : undefined;

  const expiring: ReminderRow[] | undefined = lists?.expiring.map((card) => ({
    ...card,
    to: `/cards/${card.id}`,
    date: card.until,
    days: (
      <DaysText urgent={card.daysLeft <= 7}>{card.daysLeft === 1 ? '今天到期' : `剩 ${card.daysLeft} 天`}</DaysText>
    ),
  }));
  const waiting: ReminderRow[] | undefined = lists?.waiting.map((application) => ({
    ...application,
    to: `/cards/${application.id}`,
    date: application.since,
    days: <DaysText urgent={limit !== undefined && application.days > limit * 2}>{`${application.days} 天`}</DaysText>,
  }));
  const drafts: ReminderRow[] | undefined = lists?.staleDrafts.map((draft) => ({
    ...draft,
    to: `/applications/${draft.id}`,
    date: draft.lastChanged,
    days: <DaysText urgent={false}>{`${draft.days} 天`}</DaysText>,
  }));

  return (
    <Page
      title="工作台"
      description={`${dayjs().format('YYYY年M月D日 dddd')}${total === undefined ? '' : total === 0 ? ' · 暂无待办提醒' : ` · 待办提醒 ${total} 项`}`}
    >
      <Stack gap="md">
        <Title order={3} size="h4" c="dimmed">
          威海英才卡
        </Title>
        <ReminderCard
          title="即将到期且未落地（引进）的英才卡"
          description={`有效期还剩 ${EXPIRY_WINDOW_DAYS} 天以内、尚未记录招商项目落地或人才正式引进的英才卡。记录落地（引进）后，绿色通道服务有效期延长至 5 年。`}
          dateHeader="有效期至"
          daysHeader="剩余"
          rows={expiring}
          empty={`没有 ${EXPIRY_WINDOW_DAYS} 天内到期且未落地（引进）的英才卡。`}
          testId="reminders-expiring"
        />
        <ReminderCard
          title="在同一环节停留过久的申领"
          description={
            limit === undefined
              ? '在同一环节停留过久、等待下一步办理的申领。'
              : `在同一环节停留超过 ${limit} 天、等待下一步办理的申领（天数可在“设置”中修改）。`
          }
          dateHeader="进入本环节"
          daysHeader="已停留"
          rows={waiting}
          empty={limit === undefined ? '没有停留过久的申领。' : `没有在同一环节停留超过 ${limit} 天的申领。`}
          testId="reminders-waiting"
        />
        <ReminderCard
          title={`超过 ${STALE_DRAFT_DAYS} 天未修改的草稿`}
          description="登记后长时间未继续填写的草稿：请继续填写，或放弃草稿（申领编号不会重复使用）。"
          dateHeader="最后修改"
          daysHeader="未修改"
          rows={drafts}
          empty={`没有超过 ${STALE_DRAFT_DAYS} 天未修改的草稿。`}
          testId="reminders-drafts"
        />
        <StationReminderCards lists={stationLists} today={today} />
        <Text size="sm" c="dimmed">
          按类别、状态、区市和月份的申领统计见{' '}
          <Anchor component={Link} to="/reports" size="sm">
            统计报表
          </Anchor>
          。
        </Text>
      </Stack>
    </Page>
  );
}
