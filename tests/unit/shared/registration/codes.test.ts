import { describe, expect, it } from 'vitest';
import { hasCode, labelOf } from '../../../../src-shared/codes/code-list';
import { DISTRICTS, districtByCode, LANDING_DISTRICTS } from '../../../../src-shared/codes/districts';
import { EDUCATION_LEVELS } from '../../../../src-shared/codes/education-levels';
import { ETHNICITIES } from '../../../../src-shared/codes/ethnicities';
import { GENDERS } from '../../../../src-shared/codes/genders';
import { ID_TYPES } from '../../../../src-shared/codes/id-types';
import { POLITICAL_STATUSES } from '../../../../src-shared/codes/political-statuses';
import type { IdType } from '../../../../src-shared/registration/application';

const codes = (list: readonly { code: string }[]) => list.map((e) => e.code);

describe('民族 (GB/T 3304)', () => {
  it('has the 56 nationalities in the standard order, then 97 and 98', () => {
    expect(ETHNICITIES).toHaveLength(58);
    expect(codes(ETHNICITIES).slice(0, 56)).toEqual(
      Array.from({ length: 56 }, (_, i) => String(i + 1).padStart(2, '0')),
    );
    expect(labelOf(ETHNICITIES, '01')).toBe('汉族');
    expect(labelOf(ETHNICITIES, '10')).toBe('朝鲜族');
    expect(labelOf(ETHNICITIES, '46')).toBe('德昂族');
    expect(labelOf(ETHNICITIES, '56')).toBe('基诺族');
    expect(labelOf(ETHNICITIES, '97')).toBe('其他');
    expect(labelOf(ETHNICITIES, '98')).toBe('外国血统中国籍人士');
  });

  it('has unique labels', () => {
    expect(new Set(ETHNICITIES.map((e) => e.label)).size).toBe(ETHNICITIES.length);
  });
});

describe('政治面貌 (GB/T 4762)', () => {
  it('runs from 01 中国共产党党员 to 13 群众', () => {
    expect(codes(POLITICAL_STATUSES)).toEqual(Array.from({ length: 13 }, (_, i) => String(i + 1).padStart(2, '0')));
    expect(labelOf(POLITICAL_STATUSES, '01')).toBe('中国共产党党员');
    expect(labelOf(POLITICAL_STATUSES, '03')).toBe('中国共产主义青年团团员');
    expect(labelOf(POLITICAL_STATUSES, '10')).toBe('九三学社社员');
    expect(labelOf(POLITICAL_STATUSES, '13')).toBe('群众');
  });
});

describe('文化程度 (GB/T 4658-2006)', () => {
  it('offers one entry per level with the standard codes', () => {
    expect(EDUCATION_LEVELS.map((e) => `${e.code} ${e.label}`)).toEqual([
      '11 博士研究生',
      '14 硕士研究生',
      '20 大学本科',
      '30 大学专科',
      '40 中等职业教育',
      '60 普通高级中学',
      '70 初级中学',
      '80 小学',
      '90 其他',
    ]);
  });
});

describe('性别 and 证件类型', () => {
  it('uses GB/T 2261.1 codes', () => {
    expect(GENDERS).toEqual([
      { code: '1', label: '男' },
      { code: '2', label: '女' },
    ]);
  });

  it('labels every IdType exactly once', () => {
    const all: Record<IdType, string> = {
      'resident-id': '居民身份证',
      'hmt-residence-permit': '港澳台居民居住证',
      'foreign-permanent-residence': '外国人永久居留身份证',
      passport: '护照',
      'travel-permit': '往来通行证（港澳/台湾）',
    };
    expect(Object.fromEntries(ID_TYPES.map((t) => [t.code, t.label]))).toEqual(all);
    expect(ID_TYPES).toHaveLength(5);
  });
});

describe('区市', () => {
  it('has the nine districts and the city level with unique short codes', () => {
    expect(DISTRICTS.map((d) => `${d.code} ${d.label}`)).toEqual([
      'HC 环翠区',
      'WD 文登区',
      'RC 荣成市',
      'RS 乳山市',
      'GX 火炬高技术产业开发区',
      'JK 经济技术开发区',
      'LG 临港经济技术开发区',
      'NH 南海新区',
      'ZB 综合保税区',
      'SJ 市级（市直）',
    ]);
    expect(DISTRICTS.every((d) => /^[A-Z]{2}$/.test(d.code) && d.shortLabel.length > 0)).toBe(true);
  });

  it('looks districts up by code', () => {
    expect(districtByCode('RC')).toEqual({ code: 'RC', label: '荣成市', shortLabel: '荣成' });
    expect(districtByCode('rc')).toBeNull();
    expect(districtByCode('')).toBeNull();
  });

  it('does not offer the city level as a 落地区市', () => {
    expect(LANDING_DISTRICTS).toHaveLength(9);
    expect(LANDING_DISTRICTS.some((d) => d.code === 'SJ')).toBe(false);
  });
});

describe('labelOf', () => {
  it('returns null for an unknown code rather than the code itself', () => {
    expect(labelOf(GENDERS, '9')).toBeNull();
    expect(hasCode(GENDERS, '2')).toBe(true);
    expect(hasCode(GENDERS, '')).toBe(false);
  });
});
