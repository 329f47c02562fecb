// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { db } from '../../../../src-renderer/store/instance';
import { applicationAt, freshDevice, showCards } from './setup';

afterEach(cleanup);

const views = async () => (await db.audit.toArray()).filter((event) => event.action === 'view');

describe('the card page’s 持卡人', () => {
  it('shows the 证件号码 and phone masked, and in full only once the view is in the audit log', async () => {
    await freshDevice('district');
    const application = await applicationAt('issued');
    showCards(`/cards/${application.id}`);
    const holder = await screen.findByRole('table', { name: '持卡人' });
    const row = (label: string) => within(holder).getByRole('row', { name: new RegExp(label) }).textContent ?? '';
    expect(row('证件号码')).not.toContain('370102198506150013');
    expect(row('联系电话')).not.toContain('13912345678');
    expect(await views()).toEqual([]);

    fireEvent.click(screen.getByRole('button', { name: '显示完整号码' }));
    await waitFor(() => expect(row('证件号码')).toContain('370102198506150013'));
    expect(row('联系电话')).toContain('13912345678');
    const [view] = await views();
    expect(view).toMatchObject({
      action: 'view',
      actor: '王窗口',
      district: 'HC',
      subject: { table: 'applications', id: application.id, label: `${application.number} 张三` },
      detail: '显示持卡人完整证件号码和联系电话',
    });
    // Recorded as this device (its own chain), and only the view: nothing else was written for it.
    const device = (await db.meta.get('device'))?.value as { deviceId: string };
    expect(view).toMatchObject({ chain: device.deviceId, deviceId: device.deviceId, hash: expect.any(String) });

    // Hiding records nothing.
    fireEvent.click(screen.getByRole('button', { name: '隐藏完整号码' }));
    await waitFor(() => expect(row('证件号码')).not.toContain('370102198506150013'));
    expect(await views()).toHaveLength(1);
  });
});
