// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { MantineProvider } from '@mantine/core';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EnterpriseForm } from '../../../../src-renderer/enterprises/EnterpriseForm';
import { createEnterprise } from '../../../../src-renderer/store/enterprises';
import { db } from '../../../../src-renderer/store/instance';
import type { EnterpriseFields } from '../../../../src-shared/enterprises/enterprise';
import type { FieldErrors } from '../../../../src-shared/registration/rules/field-errors';
import { actor } from '../store/helpers';

const VALID = '91350100M000100Y43';
const WRONG_CHECK = '91350100M000100Y44';

beforeEach(async () => {
  await Promise.all([db.enterprises.clear(), db.outbox.clear()]);
});

afterEach(() => {
  cleanup();
  document.body.innerHTML = '';
});

function renderForm(onSubmit = vi.fn(async (_fields: EnterpriseFields): Promise<FieldErrors | null> => null)) {
  render(
    <MantineProvider>
      <EnterpriseForm enterprise={null} defaultDistrict="HC" onSubmit={onSubmit} onCancel={() => {}} />
    </MantineProvider>,
  );
  return onSubmit;
}

const field = (label: string) => screen.getByRole('textbox', { name: label });
const type = (label: string, value: string) => fireEvent.change(field(label), { target: { value } });

function fillOthers() {
  type('企业名称', '威海海洋装备制造有限公司');
  type('联系人', '刘洋');
  type('联系电话', '0631-5190505');
}

describe('the 统一社会信用代码 in the enterprise form', () => {
  it('counts the characters while typing, then refuses a wrong check character at once', async () => {
    renderForm();
    type('统一社会信用代码', '91350');
    expect(screen.getByText('已输入 5 / 18 位')).toBeTruthy();
    type('统一社会信用代码', WRONG_CHECK);
    expect(await screen.findByText('统一社会信用代码的校验位不对，请核对后重新输入')).toBeTruthy();
    expect(field('统一社会信用代码').getAttribute('aria-invalid')).toBe('true');
  });

  it('does not save with a wrong check character, and saves once it is corrected', async () => {
    const onSubmit = renderForm();
    fillOthers();
    type('统一社会信用代码', WRONG_CHECK);
    fireEvent.click(screen.getByRole('button', { name: '创建并选用此企业' }));
    await screen.findByText('统一社会信用代码的校验位不对，请核对后重新输入');
    expect(onSubmit).not.toHaveBeenCalled();

    type('统一社会信用代码', VALID.toLowerCase());
    expect(await screen.findByText('校验位正确')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '创建并选用此企业' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit.mock.calls[0]?.[0]).toMatchObject({
      uscc: VALID.toLowerCase(),
      district: 'HC',
      contactName: '刘洋',
    });
  });

  it('says a short code is short once the field is left', async () => {
    renderForm();
    type('统一社会信用代码', '9135010');
    fireEvent.blur(field('统一社会信用代码'));
    expect(await screen.findByText('统一社会信用代码应为 18 位，现为 7 位')).toBeTruthy();
  });

  it('warns as soon as the code belongs to an enterprise already registered here', async () => {
    await createEnterprise(db, actor, {
      name: '威海海洋装备制造有限公司',
      uscc: VALID,
      district: 'HC',
      contactName: '刘洋',
      contactPhone: '13812345678',
    });
    renderForm();
    type('统一社会信用代码', VALID);
    expect(
      await screen.findByText(
        `统一社会信用代码 ${VALID} 已登记为“威海海洋装备制造有限公司”，同一企业不能重复登记；请直接选用该企业`,
      ),
    ).toBeTruthy();
  });

  it('shows the store’s refusal next to the field', async () => {
    const onSubmit = renderForm(vi.fn(async () => ({ uscc: '该代码已被另一台设备登记' })));
    fillOthers();
    type('统一社会信用代码', VALID);
    fireEvent.click(screen.getByRole('button', { name: '创建并选用此企业' }));
    expect(await screen.findByText('该代码已被另一台设备登记')).toBeTruthy();
    expect(onSubmit).toHaveBeenCalledTimes(1);
  });
});
