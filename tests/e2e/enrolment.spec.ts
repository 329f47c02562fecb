import { expect, test } from '@playwright/test';
import { fill, reloadApp, setUpDevice, watchForErrors } from './helpers';
import { enrolmentCode, serverForSpec } from './server-admin';

const spec = serverForSpec();

/**
 * Browser mode calls the server from the page (http://127.0.0.1:4173), a
 * different origin: the server must answer the browser's CORS preflight.
 */
async function expectCorsPreflightAnswered(): Promise<void> {
  const preflight = await fetch(`${spec.server.address}/api/v1/devices/enrol`, {
    method: 'OPTIONS',
    headers: {
      origin: 'http://127.0.0.1:4173',
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'content-type',
    },
  });
  expect(preflight.status).toBe(204);
  expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
}

/** Brings a heading to the top of the view, clear of the fixed app header. */
function scrollBelowHeader(heading: HTMLElement | SVGElement): void {
  heading.style.scrollMarginTop = '72px';
  heading.scrollIntoView();
}

/** A one-time code for a district window, as the administrator makes it. */
const districtCode = (district: string) => enrolmentCode(spec.dataDir, district);

test('a window enrols this browser with the central server from 设置', async ({ page }) => {
  const errors = watchForErrors(page);
  await expectCorsPreflightAnswered();
  await setUpDevice(page);
  const section = page.getByRole('form', { name: '登记本设备' });
  await expect(page.getByTestId('token-storage-warning')).toContainText('未加密');

  // Each bad input gets its message next to its field, before anything is sent.
  await fill(page, '服务器地址', 'ftp://sync.example.cn');
  await fill(page, '登记码', 'AB12');
  await fill(page, '本机名称', ' ');
  await section.getByRole('button', { name: '登记本设备' }).click();
  await expect(page.getByRole('textbox', { name: '服务器地址' })).toHaveAccessibleDescription(
    /须以 http:\/\/ 或 https:\/\//,
  );
  await expect(page.getByRole('textbox', { name: '登记码' })).toHaveAccessibleDescription(/应为 8 位字母或数字/);
  await expect(page.getByRole('textbox', { name: '本机名称' })).toHaveAccessibleDescription(/请填写本机名称/);

  // A code the server does not know: the server's own message, next to the code.
  await fill(page, '服务器地址', `${spec.server.address}/`);
  await fill(page, '登记码', 'zzzz-zzzz');
  await fill(page, '本机名称', '王窗口（环翠区）');
  await section.getByRole('button', { name: '登记本设备' }).click();
  await expect(page.getByRole('textbox', { name: '登记码' })).toHaveAccessibleDescription(/登记码不正确/);
  await expect(page.getByRole('textbox', { name: '服务器地址' })).not.toHaveAttribute('aria-invalid', 'true');

  // The administrator's code enrols the device as a 环翠区 window.
  const code = await districtCode('环翠区');
  await fill(page, '登记码', code.toLowerCase());
  await section.getByRole('button', { name: '登记本设备' }).click();
  const enrolment = page.getByRole('table', { name: '同步服务器登记' });
  await expect(enrolment.getByTestId('server-role')).toHaveText('区市窗口');
  await expect(enrolment.getByTestId('server-district')).toHaveText('环翠区');
  await expect(enrolment.getByTestId('server-url')).toHaveText(spec.server.address);
  await expect(enrolment.getByTestId('server-device-name')).toHaveText('王窗口（环翠区）');
  await expect(page.getByTestId('token-storage-warning')).toBeVisible();
  await expect(page.getByTestId('district-mismatch')).toHaveCount(0);
  await page.getByRole('heading', { name: '同步服务器' }).evaluate(scrollBelowHeader);
  await page.screenshot({ path: 'test-results/screenshots/settings-enrolment.png' });

  // Kept across a reload (IndexedDB), and the page never holds the token in its DOM.
  await reloadApp(page);
  await expect(page.getByTestId('server-district')).toHaveText('环翠区');

  // The same code cannot enrol a second device.
  await page.getByRole('button', { name: '解除登记' }).click();
  await page.getByRole('dialog', { name: '解除登记？' }).getByRole('button', { name: '确认解除登记' }).click();
  await expect(page.getByRole('form', { name: '登记本设备' })).toBeVisible();
  await fill(page, '服务器地址', spec.server.address);
  await fill(page, '登记码', code);
  await section.getByRole('button', { name: '登记本设备' }).click();
  await expect(page.getByRole('textbox', { name: '登记码' })).toHaveAccessibleDescription(/已被使用过/);
  await page.getByRole('heading', { name: '同步服务器' }).evaluate(scrollBelowHeader);
  await page.screenshot({ path: 'test-results/screenshots/settings-enrolment-used-code.png' });

  expect(errors.filter((error) => !/401 \(Unauthorized\)/.test(error))).toEqual([]);
});

test('an enrolment for another district is called out', async ({ page }) => {
  await expectCorsPreflightAnswered();
  await setUpDevice(page);
  const code = await districtCode('文登区');
  await fill(page, '服务器地址', spec.server.address);
  await fill(page, '登记码', code);
  await page.getByRole('form', { name: '登记本设备' }).getByRole('button', { name: '登记本设备' }).click();
  await expect(page.getByTestId('server-district')).toHaveText('文登区');
  await expect(page.getByTestId('district-mismatch')).toContainText('本设备在服务器上登记为“文登区”');
  await page.getByRole('button', { name: '解除登记' }).click();
  await page.getByRole('button', { name: '确认解除登记' }).click();
  await expect(page.getByRole('button', { name: '登记本设备' })).toBeVisible();
});

test('an address where no server listens is reported next to the address', async ({ page }) => {
  await setUpDevice(page);
  await fill(page, '服务器地址', 'http://127.0.0.1:9');
  await fill(page, '登记码', 'ABCD-EFGH');
  await page.getByRole('form', { name: '登记本设备' }).getByRole('button', { name: '登记本设备' }).click();
  await expect(page.getByRole('textbox', { name: '服务器地址' })).toHaveAccessibleDescription(/服务器无法连接/);
});
