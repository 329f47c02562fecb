import { describe, expect, it } from 'vitest';
import {
  parseName,
  parseOptionalText,
  parseRequiredText,
  textLength,
} from '../../../../src-shared/registration/rules/text';

describe('parseName', () => {
  it.each([
    ['张三', '张三'],
    ['  李 四　', '李 四'],
    ['\u3000王五\u3000', '王五'],
    ['𠮷田太郎', '𠮷田太郎'],
    ['阿卜杜・热合曼', '阿卜杜·热合曼'],
    ['阿卜杜•热合曼', '阿卜杜·热合曼'],
    ['阿卜杜‧热合曼', '阿卜杜·热合曼'],
    ['阿卜杜･热合曼', '阿卜杜·热合曼'],
    ['阿卜杜 · 热合曼', '阿卜杜·热合曼'],
    ['John   Smith', 'John Smith'],
    ['Zoe\u0301', 'Zoé'],
    ['Владимир Путинцев', 'Владимир Путинцев'],
  ])('normalises %j to %j', (raw, expected) => {
    expect(parseName(raw)).toEqual({ ok: true, value: expected });
  });

  it('counts characters outside the BMP as one', () => {
    expect(textLength('𠮷')).toBe(1);
    expect('𠮷'.length).toBe(2);
    expect(parseName('𠮷'.repeat(50))).toEqual({ ok: true, value: '𠮷'.repeat(50) });
    expect(parseName('𠮷'.repeat(51))).toEqual({ ok: false, message: '姓名不能超过 50 个字，当前为 51 个字' });
  });

  it.each([
    ['', '请填写姓名'],
    ['　 ', '请填写姓名'],
    ['张\n三', '姓名中含有换行、制表符等不可见字符，请删除后重新输入'],
    ['张\u0000三', '姓名中含有换行、制表符等不可见字符，请删除后重新输入'],
    ['·热合曼', '姓名不能以间隔号“·”开头或结尾，请删去多余的“·”'],
    ['热合曼・', '姓名不能以间隔号“·”开头或结尾，请删去多余的“·”'],
    ['阿卜杜··热合曼', '姓名中不能有连续的间隔号“··”，请只保留一个'],
    ['阿卜杜・•热合曼', '姓名中不能有连续的间隔号“··”，请只保留一个'],
  ])('refuses %j', (raw, message) => {
    expect(parseName(raw)).toEqual({ ok: false, message });
  });
});

describe('parseRequiredText', () => {
  it('trims, keeps inner text and counts code points', () => {
    expect(parseRequiredText('  山东　威海 ', '籍贯', 50)).toEqual({ ok: true, value: '山东　威海' });
    expect(parseRequiredText('𠮷'.repeat(3), '籍贯', 3)).toEqual({ ok: true, value: '𠮷𠮷𠮷' });
  });

  it('refuses empty, control characters and long text', () => {
    expect(parseRequiredText(' ', '籍贯', 50)).toEqual({ ok: false, message: '请填写籍贯' });
    expect(parseRequiredText('山东\t威海', '籍贯', 50)).toEqual({
      ok: false,
      message: '籍贯中含有换行、制表符等不可见字符，请删除后重新输入',
    });
    expect(parseRequiredText('一二三四', '籍贯', 3)).toEqual({
      ok: false,
      message: '籍贯不能超过 3 个字，当前为 4 个字',
    });
  });

  it('keeps line breaks in multi-line fields and normalises Windows line ends', () => {
    expect(parseRequiredText('第一段\r\n第二段\n', '概况', 100, { multiline: true })).toEqual({
      ok: true,
      value: '第一段\n第二段',
    });
    expect(parseRequiredText('第一段\t第二段', '概况', 100, { multiline: true })).toEqual({
      ok: false,
      message: '概况中含有制表符等不可见字符，请删除后重新输入',
    });
  });

  it('accepts an empty optional field', () => {
    expect(parseOptionalText('  ', '备注', 10)).toEqual({ ok: true, value: '' });
  });
});
