import { describe, expect, it } from 'vitest';
import { formatAmountWan, parseAmount } from '../../../../src-shared/registration/rules/amount';

describe('parseAmount', () => {
  it.each([
    ['1200', '万元', '1200'],
    ['1,200.5', '万元', '1200.5'],
    ['1,234,567.89', '万元', '1234567.89'],
    ['１２００．５０', '万元', '1200.5'],
    [' 0.0001 ', '万元', '0.0001'],
    ['007.500', '万元', '7.5'],
    ['1200万元', '万元', '1200'],
    ['1.2345', '亿元', '12345'],
    ['0.00001', '亿元', '0.1'],
    ['0.00000001', '亿元', '0.0001'],
    ['12', '亿元', '120000'],
    ['3.5亿', '亿元', '35000'],
    ['1000', '亿元', '10000000'],
    ['10000000', '万元', '10000000'],
  ] as const)('reads %j %s as %s 万元', (raw, unit, expected) => {
    expect(parseAmount(raw, unit)).toEqual({ ok: true, value: expected });
  });

  it('converts without floating-point error', () => {
    // 0.1 + 0.2 style inputs: the digits must come through exactly.
    expect(parseAmount('0.3', '亿元')).toEqual({ ok: true, value: '3000' });
    expect(parseAmount('1.0001', '亿元')).toEqual({ ok: true, value: '10001' });
    expect(parseAmount('9999999.9999', '万元')).toEqual({ ok: true, value: '9999999.9999' });
  });

  it.each([
    ['', '万元', '请填写项目金额'],
    ['0', '万元', '项目金额必须大于 0'],
    ['0.0000', '亿元', '项目金额必须大于 0'],
    ['-5', '万元', '项目金额不能为负数'],
    ['abc', '万元', '项目金额只能填写数字，如 1200 或 1200.5'],
    ['1e5', '万元', '项目金额只能填写数字，如 1200 或 1200.5'],
    ['1.2.3', '万元', '项目金额只能填写数字，如 1200 或 1200.5'],
    ['12,00', '万元', '千位分隔符的位置不正确，应每三位一个逗号，如 1,200.5；也可以不写逗号'],
    ['1.23456', '万元', '项目金额最多保留 4 位小数（精确到 0.0001 万元，即 1 元），请减少小数位数'],
    ['0.000000001', '亿元', '项目金额最多精确到 1 元：按亿元填写时最多 8 位小数，请减少小数位数'],
    ['10000000.0001', '万元', '项目金额超过 1000 亿元（10,000,000 万元），请核对金额和单位是否填错'],
    ['1001', '亿元', '项目金额超过 1000 亿元（10,000,000 万元），请核对金额和单位是否填错'],
    ['5亿元', '万元', '金额后写了“亿元”，但单位选的是“万元”：请删去数字后的文字，并在单位中选择正确的单位'],
  ] as const)('refuses %j %s', (raw, unit, message) => {
    expect(parseAmount(raw, unit)).toEqual({ ok: false, message });
  });
});

describe('formatAmountWan', () => {
  it('groups thousands and keeps the decimals as stored', () => {
    expect(formatAmountWan('12345678.5')).toBe('12,345,678.5');
    expect(formatAmountWan('1200')).toBe('1,200');
    expect(formatAmountWan('999')).toBe('999');
    expect(formatAmountWan('0.0001')).toBe('0.0001');
  });

  it('leaves anything that is not a stored amount unchanged', () => {
    expect(formatAmountWan('')).toBe('');
    expect(formatAmountWan('abc')).toBe('abc');
  });
});
