import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { fontPath } from '../../../scripts/pdf';
import {
  coverageFromCharacterSet,
  type FontCoverage,
  findUnprintable,
  formatCodePoint,
  splitIntoRuns,
} from '../../../src-renderer/pdf/coverage';
import { FONT_FALLBACK_ORDER, FONT_FILES, normalFontFile } from '../../../src-renderer/pdf/fonts';
import { fieldsInFormOrder, formFields } from '../../../src-renderer/pdf/form-fields';
import { example, withApplicant } from './fixtures';

const fake = (family: string, chars: string): FontCoverage =>
  coverageFromCharacterSet(
    family,
    [...chars].map((char) => char.codePointAt(0) ?? 0),
  );

// SC has the common characters, spaces and a combining acute; JP has 𠮷; TC has 丟 and e.
const SC = fake('SC', '张三李 ·\u3000\u0301a');
const JP = fake('JP', '𠮷张');
const TC = fake('TC', '丟e');
const FONTS = [SC, JP, TC];

describe('splitting text into runs by font', () => {
  it('uses the primary font first and falls back to JP, then TC', () => {
    expect(splitIntoRuns('张𠮷三丟', FONTS)).toEqual({
      ok: true,
      runs: [
        { text: '张', font: 'SC' },
        { text: '𠮷', font: 'JP' },
        { text: '三', font: 'SC' },
        { text: '丟', font: 'TC' },
      ],
    });
  });

  it('names the first character no font has, by code point outside the BMP too', () => {
    expect(splitIntoRuns('张\uE000三', FONTS)).toEqual({ ok: false, char: '\uE000', codePoint: 0xe000 });
    expect(splitIntoRuns('张\u{2A6D6}', FONTS)).toEqual({ ok: false, char: '\u{2A6D6}', codePoint: 0x2a6d6 });
    expect(formatCodePoint(0xe000)).toBe('U+E000');
    expect(formatCodePoint(0x20bb7)).toBe('U+20BB7');
  });

  it('keeps spaces and line breaks in the run they are in, without asking a font for them', () => {
    expect(splitIntoRuns('𠮷 𠮷\n张', FONTS)).toEqual({
      ok: true,
      runs: [
        { text: '𠮷 𠮷\n', font: 'JP' },
        { text: '张', font: 'SC' },
      ],
    });
    // A carriage return is dropped; a tab prints as a space; an ideographic space stays.
    expect(splitIntoRuns('张\r\n三\t李\u3000', FONTS)).toEqual({
      ok: true,
      runs: [{ text: '张\n三 李\u3000', font: 'SC' }],
    });
  });

  it('keeps a combining mark with its base character, in a font that has both', () => {
    // No font has e with U+0301: each is drawn in a font that has it rather than refused.
    expect(splitIntoRuns('a\u0301', FONTS)).toEqual({ ok: true, runs: [{ text: 'a\u0301', font: 'SC' }] });
    expect(splitIntoRuns('e\u0301', FONTS)).toEqual({
      ok: true,
      runs: [
        { text: 'e', font: 'TC' },
        { text: '\u0301', font: 'SC' },
      ],
    });
    expect(splitIntoRuns('a\u0302', FONTS)).toEqual({ ok: false, char: '\u0302', codePoint: 0x302 });
  });

  it('lets variation selectors and zero-width characters through without a glyph', () => {
    expect(splitIntoRuns('张\uFE00三\u200B李', FONTS)).toEqual({
      ok: true,
      runs: [{ text: '张\uFE00三李', font: 'SC' }],
    });
  });
});

describe('the fields of a form', () => {
  it('finds the first unprintable character in form order and says where it is, in Chinese', () => {
    const data = withApplicant({ name: '张三', school: '李\uE001' });
    data.application.resume.entries[1] = { ...data.application.resume.entries[1], organisation: '三\uE002' } as never;
    const fonts = [
      fake(
        'SC',
        `${fieldsInFormOrder(formFields(example()))
          .map((f) => f.text)
          .join('')}张三李 `,
      ),
    ];
    expect(findUnprintable(fieldsInFormOrder(formFields(data)), fonts)).toMatchObject({
      code: 'unprintable',
      field: 'applicant.school',
      fieldLabel: '毕业院校',
      codePoint: 'U+E001',
      message:
        '毕业院校中的字符“\uE001”（U+E001）无法打印：所有内置字体都没有这个字。请核对输入，或改用常用字后再打印。',
    });
    data.application.applicant.school = '李';
    expect(findUnprintable(fieldsInFormOrder(formFields(data)), fonts)).toMatchObject({
      field: 'resume.entries.1.organisation',
      fieldLabel: '工作简历第 2 段的单位',
      codePoint: 'U+E002',
    });
  });

  it('prints the ID type beside the number unless it is a 居民身份证, and dates the official way', () => {
    const data = withApplicant({ idType: 'passport', idNumber: 'E12345678' });
    const fields = formFields(data);
    expect(fields.idNumber.text).toBe('E12345678（护照）');
    expect(formFields(example()).idNumber.text).toBe('371002198503121239');
    expect(fields.date.text).toBe('2025年3月18日');
    expect(fields.amount.text).toBe('150,000 万元');
    expect(fields.resume.at(-1)?.period.text).toBe('2019-07—至今');
  });
});

describe('the embedded fonts', () => {
  // The real character sets, read with fontkit as pdfkit reads them.
  const require = createRequire(import.meta.url);
  const { create } = require('fontkit') as { create(bytes: Uint8Array): { characterSet: number[] } };
  const fonts = FONT_FALLBACK_ORDER.map((family) =>
    coverageFromCharacterSet(family, create(readFileSync(fontPath(normalFontFile(family).file))).characterSet),
  );

  it('draw 𠮷 (U+20BB7) only with JP and 𬌗 (U+2C317) with SC, and no private-use character', () => {
    expect(splitIntoRuns('吉𠮷', fonts)).toEqual({
      ok: true,
      runs: [
        { text: '吉', font: 'SC' },
        { text: '𠮷', font: 'JP' },
      ],
    });
    expect(splitIntoRuns('𬌗', fonts)).toEqual({ ok: true, runs: [{ text: '𬌗', font: 'SC' }] });
    expect(splitIntoRuns('\uE000', fonts)).toMatchObject({ ok: false, codePoint: 0xe000 });
  });

  it('draw every label and fixed text of the form in SC, regular and bold', () => {
    const fixed =
      '“威海英才卡（商务精英类）”申领登记表申领人员信息姓名性别出生年月照片民族籍贯政治面貌文化程度毕业院校现任职务' +
      '证件号码联系电话工作简历起止年月工作单位职务招商项目信息项目名称项目金额落地区市洽谈部门（单位）' +
      '招商项目整体概况及落地预期申领单位意见：（盖章）经办人：年月日万元（续）·申领编号第页/共0123456789—至今';
    expect(splitIntoRuns(fixed, fonts)).toEqual({ ok: true, runs: [{ text: fixed, font: 'SC' }] });
    const bold = FONT_FILES.find((font) => font.family === 'SC' && font.style === 'bold');
    const boldSet = new Set(create(readFileSync(fontPath(bold?.file ?? ''))).characterSet);
    expect([...fixed].filter((char) => !boldSet.has(char.codePointAt(0) ?? 0))).toEqual([]);
  });
});
