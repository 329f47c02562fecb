// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import ExcelJS from 'exceljs';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ReportsPage } from '../../../../src-renderer/reports/ReportsPage';
import { useReportFilters } from '../../../../src-renderer/reports/report-filters';
import { createDraft, setStatus } from '../../../../src-renderer/store/applications';
import { db } from '../../../../src-renderer/store/instance';
import type { SaveFileRequest } from '../../../../src-shared/bridge/contract';
import { actor } from '../store/helpers';

// The test plays the desktop bridge: it keeps what the page asks to save.
const saved = vi.hoisted(() => ({ requests: [] as SaveFileRequest[] }));
vi.mock('../../../../src-renderer/bridge/desktop', () => ({
  isBrowserMode: false,
  desktop: {
    saveFile: async (request: SaveFileRequest) => {
      saved.requests.push(request);
      return { ok: true, value: { saved: true, location: `/home/staff/${request.suggestedName}` } };
    },
  },
}));

// happy-dom lays nothing out, so recharts would only warn about a 0×0 chart; the charts are checked by screenshot.
vi.mock('../../../../src-renderer/reports/ReportCharts', () => ({ ReportCharts: () => null }));

const NOW = new Date('2026-05-20T04:00:00.000Z');

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'], now: NOW });
  saved.requests = [];
  useReportFilters.setState({ range: { from: null, to: null } });
  await Promise.all([db.applications.clear(), db.events.clear(), db.audit.clear(), db.outbox.clear(), db.meta.clear()]);
  const wd = { ...actor, districtCode: 'WD' };
  await createDraft(db, actor, new Date('2026-03-02T02:00:00Z'));
  const issued = await createDraft(db, actor, new Date('2026-03-05T02:00:00Z'));
  await setStatus(db, actor, issued.id, 'issued', '', new Date('2026-04-01T02:00:00Z'));
  const talent = await createDraft(db, wd, new Date('2026-04-03T02:00:00Z'), 'enterprise-talent');
  await setStatus(db, wd, talent.id, 'online-recorded', '', new Date('2026-04-04T02:00:00Z'));
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

function show() {
  render(
    <MantineProvider>
      <Notifications />
      <MemoryRouter>
        <ReportsPage />
      </MemoryRouter>
    </MantineProvider>,
  );
}

describe('统计报表', () => {
  it('shows the counts as tables, and 导出 Excel saves 威海英才卡统计-YYYYMMDD.xlsx with the same numbers', async () => {
    show();
    expect((await screen.findByTestId('report-summary')).textContent).toBe('登记月份 2026-03 至 2026-04，共 3 份申领');
    const table = screen.getByRole('table', { name: '按类别与状态' });
    const draftRow = within(table).getByText('草稿').closest('tr');
    expect([...(draftRow?.querySelectorAll('td') ?? [])].map((cell) => cell.textContent)).toEqual([
      '草稿',
      '1',
      '0',
      '1',
    ]);

    fireEvent.click(screen.getByRole('button', { name: '导出 Excel' }));
    await waitFor(() => expect(saved.requests).toHaveLength(1), { timeout: 5000 });
    const [request] = saved.requests;
    expect(request?.suggestedName).toBe('威海英才卡统计-20260520.xlsx');
    expect(request?.filters).toEqual([{ name: 'Excel 工作簿', extensions: ['xlsx'] }]);
    expect(await screen.findByText('/home/staff/威海英才卡统计-20260520.xlsx')).toBeTruthy();
    // A saved export is an event in the audit log.
    await waitFor(async () =>
      expect((await db.audit.toArray()).filter((event) => event.action === 'export')).toMatchObject([
        { subject: { table: '', id: '', label: '统计报表' }, detail: '导出 Excel：威海英才卡统计-20260520.xlsx' },
      ]),
    );

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((request?.data ?? new Uint8Array()).slice().buffer as ArrayBuffer);
    const byMonth = workbook.getWorksheet('按月份');
    expect(
      byMonth
        ?.getSheetValues()
        .slice(1)
        .map((row) => (row as unknown[]).slice(1)),
    ).toEqual([
      ['月份', '商务精英类', '名企优才类', '合计'],
      ['2026-03', 2, 0, 2],
      ['2026-04', 0, 1, 1],
      ['合计', 2, 1, 3],
    ]);
  });

  it('keeps to the chosen months and says so when none has applications', async () => {
    useReportFilters.setState({ range: { from: '2026-04', to: '2026-04' } });
    show();
    expect((await screen.findByTestId('report-summary')).textContent).toBe('登记月份 2026-04，共 1 份申领');
    fireEvent.click(screen.getByRole('button', { name: '今年' }));
    // The summary is already on the page: wait for it to show the new range rather than read it at once.
    await waitFor(() =>
      expect(screen.getByTestId('report-summary').textContent).toBe('登记月份 2026-01 至 2026-05，共 3 份申领'),
    );
    useReportFilters.setState({ range: { from: '2025-01', to: '2025-02' } });
    expect(await screen.findByText('没有可统计的申领')).toBeTruthy();
  });
});
