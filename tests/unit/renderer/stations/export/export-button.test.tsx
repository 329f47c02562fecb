// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ExportStationsButton } from '../../../../../src-renderer/stations/export/ExportStationsButton';
import { saveStaffProfile } from '../../../../../src-renderer/store/device';
import { db } from '../../../../../src-renderer/store/instance';
import { createStation } from '../../../../../src-renderer/store/stations';
import type { SaveFileRequest } from '../../../../../src-shared/bridge/contract';
import { emptyStationFields } from '../../../../../src-shared/stations/station';
import { actor } from '../../store/helpers';

// The test plays the desktop bridge: it keeps what the button asks to save.
const saved = vi.hoisted(() => ({ requests: [] as SaveFileRequest[] }));
const cancel = vi.hoisted(() => ({ next: false }));
vi.mock('../../../../../src-renderer/bridge/desktop', () => ({
  isBrowserMode: false,
  desktop: {
    saveFile: async (request: SaveFileRequest) => {
      saved.requests.push(request);
      if (cancel.next) return { ok: true, value: { saved: false } };
      return { ok: true, value: { saved: true, location: `/home/staff/${request.suggestedName}` } };
    },
  },
}));

const NOW = new Date('2026-05-20T04:00:00.000Z');
let ids: string[] = [];

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'], now: NOW });
  saved.requests = [];
  cancel.next = false;
  await Promise.all([
    db.stations.clear(),
    db.stationEvents.clear(),
    db.stationActivities.clear(),
    db.audit.clear(),
    db.outbox.clear(),
    db.meta.clear(),
  ]);
  await saveStaffProfile(db, { districtCode: 'HC', staffName: '王窗口' });
  ids = [];
  for (const [name, phone] of [
    ['甲驿站', '13812345678'],
    ['乙驿站', '13900001111'],
  ] as const) {
    const created = await createStation(db, actor, {
      ...emptyStationFields(),
      name,
      hostName: '某单位',
      hostUscc: '91371000MA3C00001Q',
      district: 'HC',
      hostAddress: '威海市环翠区',
      contacts: [{ name: '张三', title: '', phone }],
    });
    if (!created.ok) throw new Error(created.message);
    ids.push(created.value.id);
  }
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

function show(stationIds?: string[]) {
  render(
    <MantineProvider>
      <Notifications />
      <ExportStationsButton stationIds={stationIds} />
    </MantineProvider>,
  );
}

async function savedStations(): Promise<unknown[][]> {
  await waitFor(() => expect(saved.requests).toHaveLength(1), { timeout: 5000 });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((saved.requests[0]?.data ?? new Uint8Array()).slice().buffer as ArrayBuffer);
  const rows = workbook.getWorksheet('驿站')?.getSheetValues().slice(1) ?? [];
  return rows.map((row) => (row as unknown[]).slice(1));
}

describe('ExportStationsButton', () => {
  it('saves 威海市高层次人才驿站-YYYYMMDD.xlsx with the stations shown, phones masked', async () => {
    show([ids[1] ?? '']);
    fireEvent.click(screen.getByRole('button', { name: '导出 Excel' }));
    const rows = await savedStations();
    expect(saved.requests[0]?.suggestedName).toBe('威海市高层次人才驿站-20260520.xlsx');
    expect(saved.requests[0]?.filters).toEqual([{ name: 'Excel 工作簿', extensions: ['xlsx'] }]);
    expect(rows.map((row) => [row[0], row[6]])).toEqual([
      ['名称', '联系人'],
      ['乙驿站', '张三 139****1111'],
    ]);
    expect(await screen.findByText('/home/staff/威海市高层次人才驿站-20260520.xlsx')).toBeTruthy();
    // A saved export is an event in the audit log, as this device's staff member.
    await waitFor(async () =>
      expect(await db.audit.toArray()).toMatchObject([
        {
          seq: 1,
          action: 'export',
          actor: '王窗口',
          subject: { table: '', id: '', label: '人才驿站列表' },
          detail: '导出 Excel（1 个驿站）：威海市高层次人才驿站-20260520.xlsx',
        },
      ]),
    );
  });

  it('exports every live station when given no list', async () => {
    show();
    fireEvent.click(screen.getByRole('button', { name: '导出 Excel' }));
    expect((await savedStations()).map((row) => row[0]).sort()).toEqual(['乙驿站', '名称', '甲驿站'].sort());
  });

  it('is disabled when the list shows no station', () => {
    show([]);
    expect(screen.getByRole('button', { name: '导出 Excel' })).toHaveProperty('disabled', true);
  });

  it('records no export when the save is cancelled', async () => {
    cancel.next = true;
    show();
    fireEvent.click(screen.getByRole('button', { name: '导出 Excel' }));
    await waitFor(() => expect(saved.requests).toHaveLength(1), { timeout: 5000 });
    await waitFor(() => expect(screen.getByRole('button', { name: '导出 Excel' })).toHaveProperty('disabled', false));
    expect(await db.audit.count()).toBe(0);
  });
});
