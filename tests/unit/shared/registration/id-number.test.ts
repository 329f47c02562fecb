import { describe, expect, it } from 'vitest';
import type { IdType } from '../../../../src-shared/registration/application';
import { birthGenderWarnings } from '../../../../src-shared/registration/rules/birth-gender';
import { gb11643CheckCharacter, icaoCheckDigit } from '../../../../src-shared/registration/rules/check-characters';
import { derivedFromId, normaliseIdNumber, parseIdNumber } from '../../../../src-shared/registration/rules/id-number';
import { TODAY, withCheck } from './fixtures';

const CHECK_FAILED = '证件号码未通过校验（末位校验码与前面的数字对不上），可能有数字输错，请对照证件逐位核对';

function accepted(type: IdType, raw: string) {
  const result = parseIdNumber(type, raw, TODAY);
  if (!result.ok) throw new Error(`expected ${raw} to be accepted, got: ${result.message}`);
  return result.value;
}

function refusal(type: IdType, raw: string): string {
  const result = parseIdNumber(type, raw, TODAY);
  if (result.ok) throw new Error(`expected ${raw} to be refused`);
  return result.message;
}

describe('check characters', () => {
  it('computes the GB 11643 check character of the known example', () => {
    expect(gb11643CheckCharacter('11010519491231002')).toBe('X');
    expect(gb11643CheckCharacter('1101051949123100')).toBeNull();
  });

  it('computes the ICAO 7-3-1 digit of the 2017 永居证 example', () => {
    expect(icaoCheckDigit('KAZ11009012310')).toBe('5');
    expect(icaoCheckDigit('kaz')).toBeNull();
  });
});

describe('居民身份证', () => {
  it('accepts the known example and reads birth date and sex', () => {
    expect(accepted('resident-id', '11010519491231002X')).toEqual({
      idNumber: '11010519491231002X',
      birthDate: '1949-12-31',
      gender: '2',
    });
  });

  it('normalises full-width characters, a lower-case x and spaces', () => {
    expect(accepted('resident-id', '　１１０１０５ １９４９１２３１ ００２ｘ ').idNumber).toBe('11010519491231002X');
    expect(accepted('resident-id', '110105 19491231 002x').idNumber).toBe('11010519491231002X');
    expect(normaliseIdNumber(' e1234 5678 ')).toBe('E12345678');
  });

  it('reads an odd 17th digit as 男', () => {
    const id = withCheck('37100219850315003');
    expect(accepted('resident-id', id)).toMatchObject({ birthDate: '1985-03-15', gender: '1' });
  });

  it('accepts 29 February in a leap year and refuses it otherwise', () => {
    expect(accepted('resident-id', withCheck('37100220000229002')).birthDate).toBe('2000-02-29');
    expect(refusal('resident-id', withCheck('37100219000229002'))).toBe(
      '证件号码中的出生日期 1900-02-29 不存在，请核对第 7–14 位',
    );
  });

  it('refuses impossible, future and too early birth dates', () => {
    expect(refusal('resident-id', withCheck('37100220230230002'))).toBe(
      '证件号码中的出生日期 2023-02-30 不存在，请核对第 7–14 位',
    );
    expect(refusal('resident-id', withCheck('37100219851301002'))).toBe(
      '证件号码中的出生日期 1985-13-01 不存在，请核对第 7–14 位',
    );
    expect(refusal('resident-id', withCheck('37100220250616002'))).toBe(
      '证件号码中的出生日期 2025-06-16 晚于今天，请核对第 7–14 位',
    );
    expect(accepted('resident-id', withCheck('37100220250615002')).birthDate).toBe('2025-06-15');
    expect(refusal('resident-id', withCheck('37100218991231002'))).toBe(
      '证件号码中的出生日期 1899-12-31 早于 1900 年，请核对第 7–14 位',
    );
  });

  it('refuses a wrong check character', () => {
    expect(refusal('resident-id', '110105194912310021')).toBe(CHECK_FAILED);
  });

  it('refuses implausible region codes', () => {
    for (const region of ['00', '71', '88', '19', '72']) {
      expect(refusal('resident-id', withCheck(`${region}010219850315003`))).toBe(
        `居民身份证号码前两位“${region}”不是省级行政区划代码（如山东为 37），请核对`,
      );
    }
  });

  it('explains the wrong length and shape', () => {
    expect(refusal('resident-id', '1101051949123100')).toBe('居民身份证号码应为 18 位，当前为 16 位，请核对');
    expect(refusal('resident-id', '110105491231002')).toBe(
      '这是 15 位的第一代身份证号码，请填写第二代居民身份证上的 18 位号码',
    );
    expect(refusal('resident-id', '1101051949X2310021')).toBe('居民身份证号码只有最后一位可以是 X，前 17 位必须是数字');
    expect(refusal('resident-id', '11010519491231002Y')).toBe('居民身份证号码只能包含数字和末位的 X，请删去其他字符');
    expect(refusal('resident-id', '   ')).toBe('请填写证件号码');
  });

  it('points to the right 证件类型 for a valid number of another kind', () => {
    expect(refusal('resident-id', withCheck('81000019940823002'))).toBe(
      '以 810000、820000、830000 开头的是港澳台居民居住证号码，请将证件类型改为“港澳台居民居住证”',
    );
    expect(refusal('resident-id', '911398199012310021')).toBe(
      '以 9 开头的 18 位号码是外国人永久居留身份证号码，请将证件类型改为“外国人永久居留身份证”',
    );
  });
});

describe('港澳台居民居住证', () => {
  it('accepts the three prefixes', () => {
    for (const prefix of ['810000', '820000', '830000']) {
      expect(accepted('hmt-residence-permit', withCheck(`${prefix}19940823002`))).toMatchObject({
        birthDate: '1994-08-23',
        gender: '2',
      });
    }
  });

  it('refuses other prefixes, naming the mainland case', () => {
    expect(refusal('hmt-residence-permit', withCheck('81000119940823002'))).toBe(
      '港澳台居民居住证号码应以 810000（香港）、820000（澳门）或 830000（台湾）开头，请核对前 6 位',
    );
    expect(refusal('hmt-residence-permit', '11010519491231002X')).toBe(
      '这是内地居民身份证号码，请将证件类型改为“居民身份证”',
    );
  });

  it('checks the date and the check character like a 居民身份证', () => {
    expect(refusal('hmt-residence-permit', withCheck('82000019940230002'))).toBe(
      '证件号码中的出生日期 1994-02-30 不存在，请核对第 7–14 位',
    );
    expect(refusal('hmt-residence-permit', '830000199201300023')).toBe(CHECK_FAILED);
  });
});

describe('外国人永久居留身份证', () => {
  it('accepts the 2023 form and reads birth date and sex', () => {
    expect(accepted('foreign-permanent-residence', '911398199012310021')).toEqual({
      idNumber: '911398199012310021',
      birthDate: '1990-12-31',
      gender: '2',
    });
    expect(accepted('foreign-permanent-residence', withCheck('93784019800101001')).gender).toBe('1');
  });

  it('refuses a bad 2023 number with a specific message', () => {
    expect(refusal('foreign-permanent-residence', '911398199012310022')).toBe(CHECK_FAILED);
    expect(refusal('foreign-permanent-residence', withCheck('99939819901231002'))).toBe(
      '外国人永久居留身份证号码第 2–3 位“99”不是受理地的省级代码（如山东为 37），请核对',
    );
    expect(refusal('foreign-permanent-residence', withCheck('93784019800231001'))).toBe(
      '证件号码中的出生日期 1980-02-31 不存在，请核对第 7–14 位',
    );
    expect(refusal('foreign-permanent-residence', withCheck('81384019800101001'))).toBe(
      '18 位的外国人永久居留身份证号码以 9 开头，请核对第 1 位',
    );
    expect(refusal('foreign-permanent-residence', '11010519491231002X')).toBe(
      '这是居民身份证号码，请将证件类型改为“居民身份证”',
    );
  });

  it('accepts the 2017 form without inventing a birth date or sex', () => {
    expect(accepted('foreign-permanent-residence', 'kaz110090123105')).toEqual({
      idNumber: 'KAZ110090123105',
      birthDate: null,
      gender: null,
    });
  });

  it('refuses a bad 2017 number with a specific message', () => {
    expect(refusal('foreign-permanent-residence', 'KAZ110090123107')).toBe(CHECK_FAILED);
    expect(refusal('foreign-permanent-residence', 'KAZ110090023105')).toBe(
      '证件号码第 8–13 位的出生日期“900231”不存在，请核对',
    );
    expect(refusal('foreign-permanent-residence', 'KAZ990090123105')).toBe(
      '外国人永久居留身份证号码第 4–5 位“99”不是受理地的省级代码（如山东为 37），请核对',
    );
    expect(refusal('foreign-permanent-residence', 'KA1110090123105')).toBe(
      '15 位的外国人永久居留身份证号码应为 3 位英文字母（国籍代码）加 12 位数字，如 KAZ110090123105',
    );
    expect(refusal('foreign-permanent-residence', 'KAZ11009012310')).toBe(
      '外国人永久居留身份证号码应为 18 位（2023 年 12 月起签发的新版）或 15 位（2017 版），当前为 14 位，请核对',
    );
  });
});

describe('护照', () => {
  it('accepts Chinese and foreign passports', () => {
    for (const id of ['E12345678', 'EA1234567', 'G12345678', 'X1234567', 'C01X00T47', '123456789']) {
      expect(accepted('passport', id).idNumber).toBe(id);
    }
    expect(accepted('passport', 'ｅａ１２３ ４５６７').idNumber).toBe('EA1234567');
  });

  it('refuses wrong lengths, punctuation and names', () => {
    expect(refusal('passport', 'E123')).toBe('护照号码应为 5–20 位英文字母或数字，当前为 4 位，请核对');
    expect(refusal('passport', `${'A'.repeat(20)}1`)).toBe('护照号码应为 5–20 位英文字母或数字，当前为 21 位，请核对');
    expect(refusal('passport', 'E-1234567')).toBe('护照号码只能包含英文字母和数字，请删去其他字符（如短横线、括号）');
    expect(refusal('passport', 'ZHANGSAN')).toBe('护照号码中应含有数字，请核对是否误填了姓名或国籍');
  });
});

describe('往来通行证', () => {
  it('accepts the Hong Kong/Macao and Taiwan forms', () => {
    for (const id of ['H12345678', 'M1234567801', '12345678', '0561682001', '0561682001(D)']) {
      expect(accepted('travel-permit', id).idNumber).toBe(id);
    }
    expect(accepted('travel-permit', '０５６１６８２００１（ｄ）').idNumber).toBe('0561682001(D)');
  });

  it('refuses each malformed form with its own message', () => {
    expect(refusal('travel-permit', 'H1234567')).toBe(
      '港澳居民来往内地通行证号码应为 H（香港）或 M（澳门）加 8 位数字（换发的证件可能再多 2 位），如 H12345678',
    );
    expect(refusal('travel-permit', '123456789')).toBe(
      '台湾居民来往大陆通行证号码应为 8 位数字（2008 年前签发的旧证为 10 位数字），当前为 9 位数字，请核对',
    );
    expect(refusal('travel-permit', 'A1234567')).toBe(
      '往来通行证号码格式不正确：港澳居民来往内地通行证以 H 或 M 开头，台湾居民来往大陆通行证为 8 位数字，请核对',
    );
    expect(refusal('travel-permit', 'H1234-5678')).toBe('往来通行证号码只能包含英文字母和数字，请删去其他字符');
  });
});

describe('derivedFromId', () => {
  it('pre-fills 出生年月 and 性别 from numbers that carry them', () => {
    expect(derivedFromId('resident-id', '11010519491231002x')).toEqual({ birthMonth: '1949-12', gender: '2' });
    expect(derivedFromId('hmt-residence-permit', withCheck('82000019770704001'))).toEqual({
      birthMonth: '1977-07',
      gender: '1',
    });
    expect(derivedFromId('foreign-permanent-residence', '911398199012310021')).toEqual({
      birthMonth: '1990-12',
      gender: '2',
    });
  });

  it('returns null for invalid numbers and for documents that carry neither', () => {
    expect(derivedFromId('resident-id', '110105194912310021')).toBeNull();
    expect(derivedFromId('resident-id', '')).toBeNull();
    expect(derivedFromId('passport', 'E12345678')).toBeNull();
    expect(derivedFromId('foreign-permanent-residence', 'KAZ110090123105')).toBeNull();
  });
});

describe('birthGenderWarnings', () => {
  const base = { idType: 'resident-id' as const, idNumber: '11010519491231002X' };

  it('warns about each field that disagrees with the number', () => {
    expect(birthGenderWarnings({ ...base, birthMonth: '1949-11', gender: '1' })).toEqual({
      'applicant.birthMonth': '出生年月（1949-11）与证件号码中的出生年月（1949-12）不一致，请核对',
      'applicant.gender': '性别（男）与证件号码显示的性别（女）不一致，请核对',
    });
  });

  it('is silent when they agree, when fields are empty, or when the number carries nothing', () => {
    expect(birthGenderWarnings({ ...base, birthMonth: '1949-12', gender: '2' })).toEqual({});
    expect(birthGenderWarnings({ ...base, birthMonth: '', gender: '' })).toEqual({});
    expect(
      birthGenderWarnings({ idType: 'passport', idNumber: 'E12345678', birthMonth: '1980-01', gender: '1' }),
    ).toEqual({});
  });
});
