// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../../src-renderer/store/instance';
import { listStations } from '../../../../src-renderer/store/stations';
import { station } from '../../shared/stations/fixtures';
import { answerFilePicker } from '../file-picker';
import { freshDevice, showStations } from './setup';

afterEach(cleanup);
// fake-indexeddb hands stored Blobs back as plain objects under happy-dom, which cannot make object URLs of them.
beforeEach(() => {
  vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:thumbnail');
  vi.spyOn(URL, 'revokeObjectURL').mockReturnValue(undefined);
});

const VALID_USCC = '91350100M000100Y43';
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

const field = (name: string) => screen.getByRole('textbox', { name }) as HTMLInputElement;
const type = (name: string, value: string) => fireEvent.change(field(name), { target: { value } });
const save = (name = '保存驿站') => fireEvent.click(screen.getByRole('button', { name }));
const location = () => screen.getByTestId('location').textContent;

/** The message shown beside a field: the text of the element its aria-describedby names as the error. */
function errorOf(name: string): string | null {
  const input = field(name);
  if (input.getAttribute('aria-invalid') !== 'true') return null;
  const ids = input.getAttribute('aria-describedby')?.split(' ') ?? [];
  const error = ids.map((id) => document.getElementById(id)).find((el) => el?.id.endsWith('-error'));
  return error?.textContent ?? null;
}

function fillValid() {
  type('驿站名称', '威海市高层次人才驿站（环翠）');
  type('依托单位名称', '威海某人才服务有限公司');
  type('统一社会信用代码', VALID_USCC.toLowerCase());
  type('依托单位地址', '威海市环翠区某路 1 号');
  type('联系人 1 姓名', '张三');
  type('联系人 1 电话', '138 0000 0000');
}

async function openNew() {
  showStations('/stations/new');
  await screen.findByRole('heading', { name: '新建人才驿站' });
  return screen.findByRole('textbox', { name: '驿站名称' });
}

describe('the station form', { timeout: 30_000 }, () => {
  beforeEach(() => freshDevice('district'));

  it('shows every problem beside its field and saves nothing', async () => {
    await openNew();
    save();
    expect(await screen.findByText('请更正标出的 6 处内容后再保存')).toBeTruthy();
    expect(errorOf('驿站名称')).toBe('请填写驿站名称');
    expect(errorOf('依托单位名称')).toBe('请填写依托单位名称');
    expect(errorOf('统一社会信用代码')).toBe('请填写统一社会信用代码');
    expect(errorOf('依托单位地址')).toBe('请填写依托单位地址');
    expect(errorOf('联系人 1 姓名')).toBe('请填写联系人姓名');
    expect(errorOf('联系人 1 电话')).toBe('请填写联系电话');
    // The window's own district is chosen already.
    expect((screen.getByRole('combobox', { name: '所在区市' }) as HTMLInputElement).value).toBe('环翠区');
    expect(await listStations(db)).toEqual([]);
  });

  it('checks the 统一社会信用代码 as it is typed', async () => {
    await openNew();
    type('统一社会信用代码', '91350');
    expect(screen.getByText('已输入 5 / 18 位')).toBeTruthy();
    type('统一社会信用代码', '91350100M000100Y44');
    expect(await screen.findByText('统一社会信用代码的校验位不对，请核对后重新输入')).toBeTruthy();
    type('统一社会信用代码', VALID_USCC);
    expect(await screen.findByText('校验位正确')).toBeTruthy();
  });

  it('mentions another station of the same host unit, without refusing it', async () => {
    await db.stations.put(station({ id: 'other', name: '已有的驿站', hostUscc: VALID_USCC }));
    await openNew();
    type('统一社会信用代码', VALID_USCC);
    expect(
      await screen.findByText('该依托单位已有驿站档案：“已有的驿站”（草稿）。同一驿站请勿重复建档。'),
    ).toBeTruthy();
    expect(errorOf('统一社会信用代码')).toBeNull();
  });

  it('marks the contact row at fault even when a blank row lies before it', async () => {
    await openNew();
    fillValid();
    fireEvent.click(screen.getByRole('button', { name: '添加联系人' }));
    fireEvent.click(screen.getByRole('button', { name: '添加联系人' }));
    type('联系人 3 姓名', '李四');
    type('联系人 3 电话', '12345');
    save();
    expect(await screen.findByText('请更正标出的 1 处内容后再保存')).toBeTruthy();
    expect(errorOf('联系人 3 电话')).toMatch(/^手机号码应为 11 位数字/);
    expect(errorOf('联系人 2 电话')).toBeNull();
    expect(await listStations(db)).toEqual([]);
  });

  it('allows at most five contacts and keeps at least one', async () => {
    await openNew();
    const add = screen.getByRole('button', { name: '添加联系人' }) as HTMLButtonElement;
    expect((screen.getByRole('button', { name: '删除联系人 1' }) as HTMLButtonElement).disabled).toBe(true);
    for (let i = 0; i < 4; i += 1) fireEvent.click(add);
    expect(screen.getAllByTestId('station-contact')).toHaveLength(5);
    expect(add.disabled).toBe(true);
    expect(screen.getByText('最多 5 位联系人')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '删除联系人 5' }));
    expect(screen.getAllByTestId('station-contact')).toHaveLength(4);
  });

  it('refuses a condition note past 2000 characters beside that condition', async () => {
    await openNew();
    fillValid();
    type('条件（二）说明', '很'.repeat(2001));
    save();
    expect(await screen.findByText('请更正标出的 1 处内容后再保存')).toBeTruthy();
    expect(errorOf('条件（二）说明')).toContain('2000');
    expect(errorOf('条件（一）说明')).toBeNull();
  });

  it('saves a new station as 草稿 with its evidence and opens its page', async () => {
    await openNew();
    fillValid();
    fireEvent.click(screen.getByRole('radio', { name: '市直单位直接申报' }));
    fireEvent.click(screen.getByRole('checkbox', { name: '交流对接的纽带' }));
    fireEvent.click(screen.getByRole('checkbox', { name: '人才联谊的空间' }));
    type('条件（一）说明', '场地 300 平方米，年运行经费 50 万元');
    answerFilePicker([new File([PNG], '场地.png', { type: '' })]);
    fireEvent.click(screen.getByRole('button', { name: '上传条件（一）证明材料' }));
    expect(await screen.findByRole('button', { name: '查看条件（一）证明材料第 1 份' })).toBeTruthy();
    save();

    expect(await screen.findByTestId('station-status')).toBeTruthy();
    const [saved] = await listStations(db);
    expect(location()).toBe(`/stations/${saved?.id}`);
    expect(saved).toMatchObject({
      name: '威海市高层次人才驿站（环翠）',
      hostUscc: VALID_USCC,
      district: 'HC',
      route: 'city-unit',
      status: 'draft',
      contacts: [{ name: '张三', title: '', phone: '13800000000' }],
      functions: ['liaison', 'fellowship'],
      conditions: { venue: '场地 300 平方米，年运行经费 50 万元', industry: '', experts: '', management: '' },
      updatedBy: '王窗口',
    });
    expect(saved?.conditionEvidence.venue).toHaveLength(1);
    expect((await db.attachments.get(saved?.conditionEvidence.venue[0] ?? ''))?.type).toBe('image/png');
    expect(screen.getByTestId('station-status').textContent).toBe('草稿');
    expect(await db.outbox.where('table').equals('stations').count()).toBe(1);
  });

  it('asks before leaving with unsaved changes, and leaves without asking when nothing changed', async () => {
    await openNew();
    fireEvent.click(screen.getByRole('button', { name: '取消' }));
    await waitFor(() => expect(location()).toBe('/stations'));

    cleanup();
    await openNew();
    type('驿站名称', '半途的驿站');
    fireEvent.click(screen.getByRole('button', { name: '取消' }));
    const dialog = await screen.findByRole('dialog', { name: '有尚未保存的修改' });
    fireEvent.click(within(dialog).getByRole('button', { name: '继续编辑' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(field('驿站名称').value).toBe('半途的驿站');
    expect(location()).toBe('/stations/new');

    fireEvent.click(screen.getByRole('link', { name: '返回人才驿站列表' }));
    fireEvent.click(
      within(await screen.findByRole('dialog', { name: '有尚未保存的修改' })).getByRole('button', {
        name: '放弃修改并离开',
      }),
    );
    await waitFor(() => expect(location()).toBe('/stations'));
    expect(await listStations(db)).toEqual([]);
  });

  it('sends a window without a staff profile to 设置', async () => {
    await freshDevice('no-profile');
    showStations('/stations/new');
    expect(await screen.findByText('请先设置本机窗口与工作人员')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '保存驿站' })).toBeNull();
  });
});

describe('editing 基本信息', { timeout: 30_000 }, () => {
  beforeEach(() => freshDevice('district'));

  it('saves what was changed here over a change that arrived meanwhile, and returns to the page', async () => {
    await db.stations.put(station({ id: 'st-1', hostUscc: VALID_USCC }));
    showStations('/stations/st-1/edit');
    await screen.findByRole('textbox', { name: '驿站名称' });
    expect(field('驿站名称').value).toBe('威海市高层次人才驿站（环翠）');
    type('驿站名称', '威海市高层次人才驿站（环翠海洋）');
    fireEvent.click(screen.getByRole('button', { name: '移除条件（三）证明材料第 1 份' }));
    // Another window changed the address; it arrives by sync while this form is open.
    await db.stations.update('st-1', { hostAddress: '威海市环翠区新址 9 号' });
    save('保存修改');

    await waitFor(() => expect(location()).toBe('/stations/st-1?tab=basic'));
    const saved = await db.stations.get('st-1');
    expect(saved).toMatchObject({
      name: '威海市高层次人才驿站（环翠海洋）',
      hostAddress: '威海市环翠区新址 9 号',
      conditionEvidence: { venue: ['a'], industry: ['b'], experts: [], management: ['d'] },
    });
  });

  it('shows a stored code that is wrong at once', async () => {
    await db.stations.put(station({ id: 'st-1', hostUscc: '91350100M000100Y44' }));
    showStations('/stations/st-1/edit');
    await screen.findByRole('textbox', { name: '驿站名称' });
    expect(await screen.findByText('统一社会信用代码的校验位不对，请核对后重新输入')).toBeTruthy();
    save('保存修改');
    expect(await screen.findByText('请更正标出的 1 处内容后再保存')).toBeTruthy();
  });

  it('says when the file was closed meanwhile instead of offering the form', async () => {
    await db.stations.put(station({ id: 'st-1' }));
    showStations('/stations/st-1/edit');
    await screen.findByRole('textbox', { name: '驿站名称' });
    type('驿站名称', '改名');
    await db.stations.update('st-1', { status: 'not-selected' });
    // The page sees the file closed and says so instead of the form.
    expect(await screen.findByText('档案已办结')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '保存修改' })).toBeNull();
  });
});
