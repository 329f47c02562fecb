import { describe, expect, it } from 'vitest';
import { parseAmount } from '../../../../src-shared/registration/rules/amount';
import { parseDate, parseMonth } from '../../../../src-shared/registration/rules/dates';
import { parseIdNumber } from '../../../../src-shared/registration/rules/id-number';
import { parsePhone } from '../../../../src-shared/registration/rules/phone';
import { parseDocumentNumber } from '../../../../src-shared/registration/rules/quota-exception';
import type { ParseResult } from '../../../../src-shared/registration/rules/result';
import { parseName, parseRequiredText } from '../../../../src-shared/registration/rules/text';
import { TODAY, withCheck } from './fixtures';

/** Every field the catalogue covers, with the parser the form uses for it. */
const FIELDS: Record<string, (input: string) => ParseResult<unknown>> = {
  姓名: parseName,
  籍贯: (s) => parseRequiredText(s, '籍贯', 50),
  出生年月: (s) => parseMonth(s, '出生年月'),
  填表日期: (s) => parseDate(s, '填表日期'),
  联系电话: parsePhone,
  '项目金额（万元）': (s) => parseAmount(s, '万元'),
  '项目金额（亿元）': (s) => parseAmount(s, '亿元'),
  批准文号: (s) => parseDocumentNumber(s, TODAY),
  居民身份证: (s) => parseIdNumber('resident-id', s, TODAY),
  港澳台居民居住证: (s) => parseIdNumber('hmt-residence-permit', s, TODAY),
  外国人永久居留身份证: (s) => parseIdNumber('foreign-permanent-residence', s, TODAY),
  护照: (s) => parseIdNumber('passport', s, TODAY),
  往来通行证: (s) => parseIdNumber('travel-permit', s, TODAY),
};

const CHECK = '证件号码未通过校验（末位校验码与前面的数字对不上），可能有数字输错，请对照证件逐位核对';

const CATALOGUE: [field: string, input: string, message: string][] = [
  ['姓名', '', '请填写姓名'],
  ['姓名', '张\t三', '姓名中含有换行、制表符等不可见字符，请删除后重新输入'],
  ['姓名', '·买买提', '姓名不能以间隔号“·”开头或结尾，请删去多余的“·”'],
  ['姓名', '买买提··艾力', '姓名中不能有连续的间隔号“··”，请只保留一个'],
  ['姓名', '长'.repeat(51), '姓名不能超过 50 个字，当前为 51 个字'],
  ['籍贯', '　', '请填写籍贯'],
  ['籍贯', '山东\n威海', '籍贯中含有换行、制表符等不可见字符，请删除后重新输入'],
  ['出生年月', '198507', '出生年月应写成“年-月”，如 1985-07'],
  ['出生年月', '1985-13', '出生年月中的月份“13”不存在，月份应为 1–12'],
  ['填表日期', '2023-02-30', '填表日期 2023-02-30 不存在，请核对'],
  ['填表日期', '3月5日', '填表日期应写成“年-月-日”，如 2024-03-15'],
  ['联系电话', '', '请填写联系电话'],
  ['联系电话', '5190505', '请加上区号，如 0631-5190505'],
  ['联系电话', '1381234567', '手机号码应为 11 位数字，当前为 10 位，请核对'],
  ['联系电话', '11812345678', '手机号码应以 13–19 开头，请核对前两位'],
  ['联系电话', '0631-519050', '固定电话的号码部分（区号之后）应为 7–8 位数字，当前为 6 位，请核对'],
  ['联系电话', 'abc', '联系电话只能包含数字、空格、短横线、括号，分机号可写成“转123”，请删去其他字符'],
  ['联系电话', '+44 20 7946 0958', '只能填写中国大陆的电话号码（国际区号 +86），境外号码请写在备注中'],
  ['项目金额（万元）', '', '请填写项目金额'],
  ['项目金额（万元）', '0', '项目金额必须大于 0'],
  ['项目金额（万元）', '-100', '项目金额不能为负数'],
  ['项目金额（万元）', '一千', '项目金额只能填写数字，如 1200 或 1200.5'],
  ['项目金额（万元）', '1,2000', '千位分隔符的位置不正确，应每三位一个逗号，如 1,200.5；也可以不写逗号'],
  ['项目金额（万元）', '0.00001', '项目金额最多保留 4 位小数（精确到 0.0001 万元，即 1 元），请减少小数位数'],
  ['项目金额（万元）', '20000000', '项目金额超过 1000 亿元（10,000,000 万元），请核对金额和单位是否填错'],
  ['项目金额（万元）', '3亿', '金额后写了“亿”，但单位选的是“万元”：请删去数字后的文字，并在单位中选择正确的单位'],
  ['项目金额（亿元）', '0.000000001', '项目金额最多精确到 1 元：按亿元填写时最多 8 位小数，请减少小数位数'],
  ['批准文号', '', '请填写批准文号，如 威人才办〔2024〕3号'],
  ['批准文号', '2024年第3号', '批准文号格式不正确，应为“机关代字〔年份〕序号号”，如 威人才办〔2024〕3号'],
  ['批准文号', '威人才办〔2099〕3号', '批准文号中的年份 2099 晚于今年，请核对'],
  ['居民身份证', '', '请填写证件号码'],
  ['居民身份证', '11010519491231002', '居民身份证号码应为 18 位，当前为 17 位，请核对'],
  ['居民身份证', '110105491231002', '这是 15 位的第一代身份证号码，请填写第二代居民身份证上的 18 位号码'],
  ['居民身份证', '110105-19491231-002X', '居民身份证号码只能包含数字和末位的 X，请删去其他字符'],
  ['居民身份证', 'X10105194912310021', '居民身份证号码只有最后一位可以是 X，前 17 位必须是数字'],
  ['居民身份证', '110105194912310021', CHECK],
  ['居民身份证', withCheck('11010520230230002'), '证件号码中的出生日期 2023-02-30 不存在，请核对第 7–14 位'],
  ['居民身份证', withCheck('11010520300101002'), '证件号码中的出生日期 2030-01-01 晚于今天，请核对第 7–14 位'],
  ['居民身份证', withCheck('11010518880101002'), '证件号码中的出生日期 1888-01-01 早于 1900 年，请核对第 7–14 位'],
  ['居民身份证', withCheck('01010519491231002'), '居民身份证号码前两位“01”不是省级行政区划代码（如山东为 37），请核对'],
  [
    '居民身份证',
    withCheck('83000019920130002'),
    '以 810000、820000、830000 开头的是港澳台居民居住证号码，请将证件类型改为“港澳台居民居住证”',
  ],
  [
    '港澳台居民居住证',
    withCheck('84000019920130002'),
    '港澳台居民居住证号码应以 810000（香港）、820000（澳门）或 830000（台湾）开头，请核对前 6 位',
  ],
  ['港澳台居民居住证', '83000019920130002', '港澳台居民居住证号码应为 18 位，当前为 17 位，请核对'],
  ['外国人永久居留身份证', 'KAZ110090123106', CHECK],
  [
    '外国人永久居留身份证',
    '9113981990123100',
    '外国人永久居留身份证号码应为 18 位（2023 年 12 月起签发的新版）或 15 位（2017 版），当前为 16 位，请核对',
  ],
  [
    '外国人永久居留身份证',
    withCheck('90039819901231002'),
    '外国人永久居留身份证号码第 2–3 位“00”不是受理地的省级代码（如山东为 37），请核对',
  ],
  ['外国人永久居留身份证', 'KAZ-10090123105', '外国人永久居留身份证号码只能包含英文字母和数字，请删去其他字符'],
  ['护照', 'E12', '护照号码应为 5–20 位英文字母或数字，当前为 3 位，请核对'],
  ['护照', 'PASSPORT', '护照号码中应含有数字，请核对是否误填了姓名或国籍'],
  ['护照', 'E1234567/8', '护照号码只能包含英文字母和数字，请删去其他字符（如短横线、括号）'],
  [
    '往来通行证',
    'M123456789',
    '港澳居民来往内地通行证号码应为 H（香港）或 M（澳门）加 8 位数字（换发的证件可能再多 2 位），如 H12345678',
  ],
  [
    '往来通行证',
    '1234567',
    '台湾居民来往大陆通行证号码应为 8 位数字（2008 年前签发的旧证为 10 位数字），当前为 7 位数字，请核对',
  ],
  [
    '往来通行证',
    'T12345678',
    '往来通行证号码格式不正确：港澳居民来往内地通行证以 H 或 M 开头，台湾居民来往大陆通行证为 8 位数字，请核对',
  ],
];

describe('message catalogue', () => {
  it('covers at least 40 distinct bad inputs across the fields', () => {
    expect(CATALOGUE.length).toBeGreaterThanOrEqual(40);
    expect(new Set(CATALOGUE.map(([field, input]) => `${field}\u0000${input}`)).size).toBe(CATALOGUE.length);
    expect(new Set(CATALOGUE.map(([field]) => field))).toEqual(new Set(Object.keys(FIELDS)));
  });

  it.each(CATALOGUE)('%s refuses %j with its own message', (field, input, message) => {
    const parse = FIELDS[field];
    if (!parse) throw new Error(`no parser for ${field}`);
    expect(parse(input)).toEqual({ ok: false, message });
  });

  it('writes every message in Chinese, with no raw codes or English words', () => {
    for (const [, , message] of CATALOGUE) {
      expect(message).toMatch(/\p{Script=Han}{4,}/u);
      expect(message).not.toMatch(/\b(?:error|invalid|undefined|null|NaN)\b/i);
    }
  });
});
