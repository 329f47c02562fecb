// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../../src-renderer/store/instance';
import type { ServerConnection } from '../../../../src-shared/bridge/contract';
import type { ApplicationStatus } from '../../../../src-shared/cards/workflow';
import { applicationAt, freshDevice, showCards } from './setup';

// The enrolment the server gave this device (null: not enrolled, the role then follows the 设置 profile).
const server = vi.hoisted(() => ({ connection: null as unknown }));
vi.mock('../../../../src-renderer/bridge/desktop', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../../src-renderer/bridge/desktop')>();
  return {
    ...original,
    desktop: { ...original.desktop, serverConnection: async () => ({ ok: true, value: server.connection }) },
  };
});

const ADMIN: ServerConnection = {
  serverUrl: 'https://sync.weihai.example',
  secureStorage: 'os-keychain',
  device: {
    id: '0190f5a0-0000-7000-8000-0000000000ad',
    name: '管理员',
    role: 'admin',
    district: 'SJ',
    createdAt: '2025-03-01T08:00:00.000Z',
    lastSeenAt: null,
    revokedAt: null,
  },
};

beforeEach(() => {
  server.connection = null;
});
afterEach(cleanup);

/** The page's 办理 panel once the role is known: the names of its buttons and links, and its text. */
async function offered(): Promise<{ actions: string[]; text: string }> {
  const panel = await screen.findByRole('region', { name: '办理' });
  await within(panel).findByText(/^本机身份/);
  const actions = [...within(panel).queryAllByRole('button'), ...within(panel).queryAllByRole('link')];
  return { actions: actions.map((element) => element.textContent ?? ''), text: panel.textContent ?? '' };
}

async function open(status: ApplicationStatus, category?: 'enterprise-talent') {
  const application = await applicationAt(status);
  if (category) await db.applications.update(application.id, { category });
  showCards(`/cards/${application.id}`);
  return offered();
}

describe('the card page offers only the steps allowed now, for this device’s role', () => {
  it.each([
    ['district', 'sealed', ['报送人才创新发展院', '撤回申领', '归档盖章件']],
    ['city', 'sealed', ['报送人才创新发展院', '撤回申领', '归档盖章件']],
    ['district', 'submitted', ['撤回申领']],
    ['city', 'submitted', ['开始联合研究', '退回补正', '记录未通过', '撤回申领']],
    ['city', 'talent-office', ['记录同意', '退回补正', '记录未通过', '撤回申领']],
    ['district', 'card-made', []],
    ['city', 'card-made', ['发放英才卡']],
    ['district', 'issued', ['记录落地']],
    ['city', 'issued', ['记录落地', '注销英才卡']],
    ['district', 'returned', ['补正后重新办理', '撤回申领']],
    ['city', 'rejected', []],
  ] as const)('%s at %s', async (role, status, expected) => {
    await freshDevice(role);
    const { actions } = await open(status);
    expect(actions).toEqual(expected);
  });

  it('tells a district window that the city takes the next step', async () => {
    await freshDevice('district');
    const { text } = await open('card-made');
    expect(text).toContain('当前状态为“已制卡”，下一步由市级办理');
  });

  it('says that the review is over once refused', async () => {
    await freshDevice('city');
    const { text } = await open('rejected');
    expect(text).toContain('当前状态为“未通过”，办理已结束');
  });

  it('offers the 名企优才类 steps, and 记录正式引进 rather than 记录落地', async () => {
    await freshDevice('district');
    expect((await open('district-recommended', 'enterprise-talent')).actions).toEqual([
      '报市高层次人才服务窗口',
      '撤回申领',
    ]);
    cleanup();
    await freshDevice('city');
    expect((await open('issued', 'enterprise-talent')).actions).toEqual(['记录正式引进', '注销英才卡']);
  });

  it('offers nothing to an administrator device, and says why', async () => {
    await freshDevice('city');
    server.connection = ADMIN;
    const { actions, text } = await open('submitted');
    expect(actions).toEqual([]);
    expect(text).toContain('管理员只管理账号与设备，不办理英才卡的审核步骤');
  });

  it('asks for the window and staff member before offering anything', async () => {
    await freshDevice('city');
    await db.meta.delete('profile');
    const application = await applicationAt('submitted');
    showCards(`/cards/${application.id}`);
    const panel = await screen.findByRole('region', { name: '办理' });
    expect(panel.textContent).toContain('请先设置本机窗口与工作人员');
    expect(within(panel).queryAllByRole('button')).toEqual([]);
  });
});
