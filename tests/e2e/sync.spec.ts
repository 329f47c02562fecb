import { expect, type Page, test } from '@playwright/test';
import type { EnrolResponse } from '../../src-shared/api/schemas';
import type { PullResponse, PushResponse } from '../../src-shared/sync/schemas';
import { call } from '../server/server-process';
import { fill, newApplication, openApp, setUpDevice, watchForErrors } from './helpers';
import { enrolmentCode, serverForSpec } from './server-admin';

const spec = serverForSpec();

/** Another 环翠区 window's app, speaking the sync protocol directly. */
async function secondWindow() {
  const code = await enrolmentCode(spec.dataDir, '环翠区');
  const enrolled = await call<EnrolResponse>(spec.server.address, 'POST', '/api/v1/devices/enrol', {
    body: { code, deviceName: '李窗口（环翠区）' },
  });
  expect(enrolled.status).toBe(201);
  const token = enrolled.body.token;
  return {
    async pull() {
      const pulled = await call<PullResponse>(spec.server.address, 'GET', '/api/v1/sync/pull?cursor=0', { token });
      expect(pulled.status).toBe(200);
      return pulled.body.changes;
    },
    async push(body: unknown) {
      const pushed = await call<PushResponse>(spec.server.address, 'POST', '/api/v1/sync/push', { token, body });
      expect(pushed.status).toBe(200);
      return pushed.body.results;
    },
  };
}

function syncState(page: Page, name: string) {
  return page
    .getByRole('table', { name: '申领列表' })
    .getByRole('row', { name: new RegExp(name) })
    .getByTestId('record-sync-state');
}

test('work done offline reaches the server, and another window’s change arrives with the next periodic sync', async ({
  page,
}) => {
  const errors = watchForErrors(page);
  // The page's clock is the test's, so "five minutes later" takes no five minutes.
  await page.clock.install();
  await setUpDevice(page);
  await fill(page, '服务器地址', spec.server.address);
  await fill(page, '登记码', await enrolmentCode(spec.dataDir, '环翠区'));
  await fill(page, '本机名称', '王窗口（环翠区）');
  await page.getByRole('form', { name: '登记本设备' }).getByRole('button', { name: '登记本设备' }).click();
  await expect(page.getByTestId('server-district')).toHaveText('环翠区');

  // On site, without a network: the application is made and kept on this device.
  await page.context().setOffline(true);
  await newApplication(page);
  await fill(page, '姓名', '赵离线');
  await expect(page.getByTestId('save-state')).toContainText('草稿已保存');
  await page.getByRole('link', { name: /^申领登记/ }).click();
  await expect(syncState(page, '赵离线')).toHaveText('待上传');
  await page.screenshot({ path: 'test-results/screenshots/sync-offline-waiting.png' });

  // The network returns: the app syncs by itself.
  await page.context().setOffline(false);
  await expect(syncState(page, '赵离线')).toHaveText('已同步', { timeout: 20_000 });
  const other = await secondWindow();
  const arrived = (await other.pull()).find(
    (change) => change.table === 'applications' && (change.data.applicant as { name?: string }).name === '赵离线',
  );
  expect(arrived?.district).toBe('HC');

  // Another window renames the applicant; this page learns of it at its next periodic sync.
  const results = await other.push({
    mutations: [
      {
        mutationId: 1,
        op: 'update',
        table: 'applications',
        id: arrived?.id,
        district: 'HC',
        baseRev: arrived?.rev,
        changes: { 'applicant/name': { base: '赵离线', value: '赵同步' } },
      },
    ],
  });
  expect(results[0]?.status).toBe('applied');
  await page.waitForTimeout(1000);
  await expect(page.getByRole('table', { name: '申领列表' })).not.toContainText('赵同步');
  await page.clock.fastForward('05:01');
  await expect(syncState(page, '赵同步')).toHaveText('已同步', { timeout: 20_000 });
  await expect(page.getByRole('table', { name: '申领列表' })).not.toContainText('赵离线');

  await openApp(page, '/#/sync');
  await expect(page.getByTestId('pending-count')).toContainText('0');
  await expect(page.getByTestId('last-sync')).not.toBeEmpty();
  await page.screenshot({ path: 'test-results/screenshots/sync-page.png', fullPage: true });
  expect(errors.filter((error) => !/ERR_INTERNET_DISCONNECTED|Failed to fetch|net::/.test(error))).toEqual([]);
});
