// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { MantineProvider } from '@mantine/core';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WorkbenchPage } from '../../../../src-renderer/pages/WorkbenchPage';
import { ReminderSettingsCard } from '../../../../src-renderer/settings/ReminderSettingsCard';
import { createDraft, saveApplication, setStatus } from '../../../../src-renderer/store/applications';
import { db } from '../../../../src-renderer/store/instance';
import { ReminderNavBadge } from '../../../../src-renderer/workbench/ReminderNavBadge';
import { waitingDays } from '../../../../src-renderer/workbench/waiting-days';
import { actor } from '../store/helpers';
import { publish, seedStations, TODAY } from './station-seed';

// Today is 20 March 2026 in Weihai; only the clock is faked, timers run as usual.
const NOW = new Date('2026-03-20T04:00:00.000Z');
const at = (date: string) => new Date(`${date}T02:00:00.000Z`);

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'], now: NOW });
  await Promise.all([
    db.applications.clear(),
    db.events.clear(),
    db.outbox.clear(),
    db.meta.clear(),
    db.stations.clear(),
    db.stationEvents.clear(),
    db.stationActivities.clear(),
  ]);
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

async function seed(): Promise<{ draft: string; stamp: string; card: string }> {
  const named = async (name: string, made: string) => {
    const draft = await createDraft(db, actor, at(made));
    const saved = await saveApplication(db, actor, { ...draft, applicant: { ...draft.applicant, name } }, at(made));
    if (!saved.ok) throw new Error(saved.message);
    return draft;
  };
  const draft = await named('王草稿', '2026-03-02');
  const stamp = await named('李盖章', '2026-02-20');
  await setStatus(db, actor, stamp.id, 'registered', '', at('2026-02-25'));
  await setStatus(db, actor, stamp.id, 'awaiting-seal', '', at('2026-03-01'));
  const card = await named('赵到期', '2025-03-01');
  await setStatus(db, actor, card.id, 'issued', '', at('2025-04-01'), {
    card: { number: 'WH-1', issuedOn: '2025-04-01', revokedOn: null, revokeReason: null },
  });
  return { draft: draft.id, stamp: stamp.id, card: card.id };
}

function show() {
  render(
    <MantineProvider>
      <MemoryRouter>
        <ReminderNavBadge />
        <WorkbenchPage />
      </MemoryRouter>
    </MantineProvider>,
  );
}

const section = (testId: string) => within(screen.getByTestId(testId));

describe('工作台', () => {
  it('says in Chinese that there is nothing to do, and shows no badge, on an empty store', async () => {
    show();
    expect(await section('reminders-expiring').findByText('没有 30 天内到期且未落地（引进）的英才卡。')).toBeTruthy();
    expect(await section('reminders-waiting').findByText('没有在同一环节停留超过 10 天的申领。')).toBeTruthy();
    expect(section('reminders-drafts').getByText('没有超过 7 天未修改的草稿。')).toBeTruthy();
    expect(await section('reminders-station-publicity').findByText('没有公示中的驿站。')).toBeTruthy();
    expect(section('reminders-station-evaluation').getByText('没有 60 天内应评估的驿站。')).toBeTruthy();
    expect(section('reminders-station-rectification').getByText('没有整改中的驿站。')).toBeTruthy();
    expect(section('reminders-station-reports').getByText('没有 60 天内应报送的年度工作计划或总结。')).toBeTruthy();
    expect(screen.getByText(/暂无待办提醒/)).toBeTruthy();
    expect(screen.queryByTestId('nav-reminder-count')).toBeNull();
  });

  it('lists each reminder with its number, name, status and days, linking to the card page or the wizard', async () => {
    const ids = await seed();
    show();
    const expiring = section('reminders-expiring');
    expect(await expiring.findByText('赵到期')).toBeTruthy();
    expect(expiring.getByText('剩 12 天')).toBeTruthy();
    expect(expiring.getByText('2026-03-31')).toBeTruthy();
    expect(expiring.getByText('已发放')).toBeTruthy();
    expect(expiring.getByText('赵到期').closest('a')?.getAttribute('href')).toBe(`/cards/${ids.card}`);

    const waiting = section('reminders-waiting');
    expect(await waiting.findByText('李盖章')).toBeTruthy();
    expect(waiting.getByText('待盖章')).toBeTruthy();
    expect(waiting.getByText('19 天')).toBeTruthy();
    expect(waiting.getByText('李盖章').closest('a')?.getAttribute('href')).toBe(`/cards/${ids.stamp}`);

    const drafts = section('reminders-drafts');
    expect(await drafts.findByText('王草稿')).toBeTruthy();
    expect(drafts.getByText('18 天')).toBeTruthy();
    expect(drafts.getByText('王草稿').closest('a')?.getAttribute('href')).toBe(`/applications/${ids.draft}`);

    expect((await screen.findByTestId('nav-reminder-count')).textContent).toBe('3');
  });

  it('updates the lists and the badge live when a record changes', async () => {
    const ids = await seed();
    show();
    await waitFor(() => expect(screen.getByTestId('nav-reminder-count').textContent).toBe('3'));
    await setStatus(db, actor, ids.stamp, 'sealed', '', new Date());
    await waitFor(() => expect(screen.getByTestId('nav-reminder-count').textContent).toBe('2'));
    expect(await section('reminders-waiting').findByText('没有在同一环节停留超过 10 天的申领。')).toBeTruthy();
  });
});

/** The cells of the table row holding `text`, as the user reads them. */
function rowOf(scope: ReturnType<typeof section>, text: string): string[] {
  const row = scope.getByText(text).closest('tr');
  return [...(row?.querySelectorAll('td') ?? [])].map((cell) => cell.textContent ?? '');
}

const hrefOf = (scope: ReturnType<typeof section>, text: string) =>
  scope.getByText(text).closest('a')?.getAttribute('href');

describe('工作台: talent stations', () => {
  // Today is 10 June 2026 in Weihai (station-seed.ts works the dates out for it).
  beforeEach(() => {
    vi.setSystemTime(new Date(`${TODAY}T04:00:00.000Z`));
  });

  it('lists each station reminder with its district, status, dates and days, linking to the right tab', async () => {
    const ids = await seedStations(db);
    show();

    const publicity = section('reminders-station-publicity');
    expect(await publicity.findByText('公示A驿站')).toBeTruthy();
    expect(rowOf(publicity, '公示A驿站')).toEqual([
      '公示A驿站',
      '环翠',
      '公示中',
      '2026-06-01 至 2026-06-05',
      '2026-06-05',
      '已期满 5 天',
    ]);
    expect(rowOf(publicity, '公示B驿站')).toEqual([
      '公示B驿站',
      '文登',
      '公示中',
      '2026-06-08 至 2026-06-12',
      '2026-06-12',
      '今天之后 2 个工作日',
    ]);
    expect(hrefOf(publicity, '公示A驿站')).toBe(`/stations/${ids.publicityEnded}?tab=designation`);
    expect(publicity.getByText('2 项')).toBeTruthy();

    const evaluation = section('reminders-station-evaluation');
    expect(await evaluation.findByText('评估C驿站')).toBeTruthy();
    expect(rowOf(evaluation, '整改E驿站')).toEqual([
      '整改E驿站',
      '乳山',
      '整改中',
      '2022-06-01整改验收合格后才能记录评估',
      '2026-06-01',
      '已逾期 9 天',
    ]);
    expect(rowOf(evaluation, '评估C驿站')).toEqual([
      '评估C驿站',
      '荣成',
      '已认定',
      '2024-07-01',
      '2026-07-01',
      '剩 21 天',
    ]);
    expect(hrefOf(evaluation, '评估C驿站')).toBe(`/stations/${ids.evaluationDue}?tab=evaluation`);

    const rectification = section('reminders-station-rectification');
    expect(await rectification.findByText('整改E驿站')).toBeTruthy();
    expect(rowOf(rectification, '整改E驿站')).toEqual([
      '整改E驿站',
      '乳山',
      '整改中',
      '活动场次不足',
      '2026-06-30',
      '剩 20 天',
    ]);
    expect(hrefOf(rectification, '整改E驿站')).toBe(`/stations/${ids.rectifying}?tab=evaluation`);

    const reports = section('reminders-station-reports');
    expect(await reports.findByText('报告D驿站')).toBeTruthy();
    expect(rowOf(reports, '报告D驿站')).toEqual([
      '报告D驿站',
      '高区',
      '已认定',
      '2025 年度工作总结',
      '2026-01-31',
      '已逾期 130 天',
    ]);
    expect(hrefOf(reports, '报告D驿站')).toBe(`/stations/${ids.reportsDue}?tab=evaluation`);

    // The draft and the deleted station are on no list.
    expect(screen.queryByText('草稿F驿站')).toBeNull();
    expect(screen.queryByText('删除G驿站')).toBeNull();
    // 2 + 2 + 1 + 1 station reminders; no application reminders.
    expect((await screen.findByTestId('nav-reminder-count')).textContent).toBe('6');
    expect(screen.getByText(/待办提醒 6 项/)).toBeTruthy();
  });

  it('counts application and station reminders together, and follows a step recorded on a station', async () => {
    const ids = await seedStations(db);
    // The applications of seed() are dated for 20 March; on 10 June the draft and the wait are old, the card gone.
    await seed();
    show();
    await waitFor(() => expect(screen.getByTestId('nav-reminder-count').textContent).toBe('8'));
    expect(screen.getByText(/待办提醒 8 项/)).toBeTruthy();

    await publish(db, ids.publicityEnded, TODAY);
    await waitFor(() => expect(screen.getByTestId('nav-reminder-count').textContent).toBe('7'));
    const publicity = section('reminders-station-publicity');
    await waitFor(() => expect(publicity.queryByText('公示A驿站')).toBeNull());
    expect(publicity.getByText('公示B驿站')).toBeTruthy();
  });
});

describe('工作台提醒 in 设置', () => {
  it('refuses a limit that is not 1–365 whole days, saves a good one, and the 工作台 follows it', async () => {
    await seed();
    render(
      <MantineProvider>
        <MemoryRouter>
          <ReminderNavBadge />
          <ReminderSettingsCard />
        </MemoryRouter>
      </MantineProvider>,
    );
    const field = () => screen.getByRole('textbox', { name: /在同一环节停留超过几天时提醒/ });
    await waitFor(() => expect(field()).toHaveProperty('value', '10 天'));
    fireEvent.change(field(), { target: { value: '0' } });
    fireEvent.click(screen.getByRole('button', { name: '设定天数' }));
    expect(await screen.findByText('停留天数须为 1 到 365 之间的整数')).toBeTruthy();
    expect(await waitingDays(db)).toBe(10);

    // 李盖章 has waited 19 days: with a limit of 20 it is no longer listed.
    fireEvent.change(field(), { target: { value: '20' } });
    fireEvent.click(screen.getByRole('button', { name: '设定天数' }));
    expect(await screen.findByTestId('waiting-days-saved')).toBeTruthy();
    expect(await waitingDays(db)).toBe(20);
    await waitFor(() => expect(screen.getByTestId('nav-reminder-count').textContent).toBe('2'));
  });
});
