import { describe, expect, it } from 'vitest';
import { addMonths, dateOf, monthOf, parseDate, parseMonth } from '../../../../src-shared/registration/rules/dates';
import { TODAY } from './fixtures';

describe('parseMonth', () => {
  it.each([
    ['1985-07', '1985-07'],
    ['1985-7', '1985-07'],
    ['1985.07', '1985-07'],
    ['1985/7', '1985-07'],
    ['1985年7月', '1985-07'],
    [' 1985-12 ', '1985-12'],
  ])('reads %j as %j', (raw, expected) => {
    expect(parseMonth(raw, '出生年月')).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['', '请填写出生年月'],
    ['1985', '出生年月应写成“年-月”，如 1985-07'],
    ['85-07', '出生年月应写成“年-月”，如 1985-07'],
    ['1985-13', '出生年月中的月份“13”不存在，月份应为 1–12'],
    ['1985-00', '出生年月中的月份“00”不存在，月份应为 1–12'],
  ])('refuses %j', (raw, message) => {
    expect(parseMonth(raw, '出生年月')).toEqual({ ok: false, message });
  });
});

describe('parseDate', () => {
  it('reads common spellings and refuses impossible dates', () => {
    expect(parseDate('2024-2-29', '填表日期')).toEqual({ ok: true, value: '2024-02-29' });
    expect(parseDate('2024年3月5日', '填表日期')).toEqual({ ok: true, value: '2024-03-05' });
    expect(parseDate('2023-02-29', '填表日期')).toEqual({ ok: false, message: '填表日期 2023-02-29 不存在，请核对' });
    expect(parseDate('2023-02-30', '填表日期')).toEqual({ ok: false, message: '填表日期 2023-02-30 不存在，请核对' });
    expect(parseDate('2023-04-31', '填表日期')).toEqual({ ok: false, message: '填表日期 2023-04-31 不存在，请核对' });
    expect(parseDate('2023-04', '填表日期')).toEqual({ ok: false, message: '填表日期应写成“年-月-日”，如 2024-03-15' });
  });
});

describe('month arithmetic', () => {
  it('uses the local calendar date of today', () => {
    expect(dateOf(TODAY)).toBe('2025-06-15');
    expect(monthOf(TODAY)).toBe('2025-06');
  });

  it('adds and subtracts months across years', () => {
    expect(addMonths('1985-07', 16 * 12)).toBe('2001-07');
    expect(addMonths('2025-11', 3)).toBe('2026-02');
    expect(addMonths('2025-01', -1)).toBe('2024-12');
  });
});
