import { describe, expect, it } from 'vitest';
import type { Applicant } from '../../../../src-shared/registration/application';
import { isForeignNational, validateApplicant } from '../../../../src-shared/registration/rules/applicant';
import { validateProject } from '../../../../src-shared/registration/rules/project';
import { validateUnitOpinion } from '../../../../src-shared/registration/rules/unit-opinion';
import {
  applicationWarnings,
  validateApplication,
} from '../../../../src-shared/registration/rules/validate-application';
import { makeApplication, makeProject, TODAY } from './fixtures';

const applicant = (overrides: Partial<Applicant> = {}): Applicant => ({ ...makeApplication().applicant, ...overrides });

describe('validateApplicant', () => {
  it('accepts a complete applicant', () => {
    expect(validateApplicant(applicant(), TODAY)).toEqual({});
  });

  it('reports every empty field next to it', () => {
    const empty: Applicant = {
      name: '',
      gender: '',
      birthMonth: '',
      ethnicity: '',
      nativePlace: '',
      politicalStatus: '',
      education: '',
      school: '',
      currentPosition: '',
      idType: 'resident-id',
      idNumber: '',
      phone: '',
    };
    expect(validateApplicant(empty, TODAY)).toEqual({
      'applicant.name': '请填写姓名',
      'applicant.gender': '请选择性别',
      'applicant.birthMonth': '请填写出生年月',
      'applicant.ethnicity': '请选择民族',
      'applicant.nativePlace': '请填写籍贯',
      'applicant.politicalStatus': '请选择政治面貌',
      'applicant.education': '请选择文化程度',
      'applicant.school': '请填写毕业院校',
      'applicant.currentPosition': '请填写现任职务',
      'applicant.idNumber': '请填写证件号码',
      'applicant.phone': '请填写联系电话',
    });
  });

  it('names unknown codes and impossible months', () => {
    expect(
      validateApplicant(
        applicant({ ethnicity: '57', education: '15', politicalStatus: '99', birthMonth: '2025-07' }),
        TODAY,
      ),
    ).toEqual({
      'applicant.ethnicity': '民族代码“57”不在 GB/T 3304 列表中，请从下拉列表重新选择',
      'applicant.politicalStatus': '政治面貌代码“99”不在 GB/T 4762 列表中，请从下拉列表重新选择',
      'applicant.education': '文化程度代码“15”不在 GB/T 4658 列表中，请从下拉列表重新选择',
      'applicant.birthMonth': '出生年月 2025-07 晚于本月，请核对',
    });
    expect(validateApplicant(applicant({ birthMonth: '1899-12' }), TODAY)).toEqual({
      'applicant.birthMonth': '出生年月 1899-12 早于 1900 年，请核对',
    });
  });

  it('checks the 证件号码 against the selected 证件类型', () => {
    expect(validateApplicant(applicant({ idType: 'hmt-residence-permit' }), TODAY)).toEqual({
      'applicant.idNumber': '这是内地居民身份证号码，请将证件类型改为“居民身份证”',
    });
    expect(validateApplicant(applicant({ idType: 'travel-permit', idNumber: 'H1234' }), TODAY)).toEqual({
      'applicant.idNumber':
        '港澳居民来往内地通行证号码应为 H（香港）或 M（澳门）加 8 位数字（换发的证件可能再多 2 位），如 H12345678',
    });
  });

  it('does not ask foreign nationals for 民族, 籍贯 or 政治面貌', () => {
    const foreigner = applicant({
      idType: 'foreign-permanent-residence',
      idNumber: '911398199012310021',
      ethnicity: '',
      nativePlace: '',
      politicalStatus: '',
    });
    expect(isForeignNational(foreigner)).toBe(true);
    expect(validateApplicant(foreigner, TODAY)).toEqual({});
    expect(isForeignNational(applicant({ idType: 'passport', idNumber: 'X1234567' }))).toBe(true);
    expect(isForeignNational(applicant({ idType: 'passport', idNumber: 'E12345678' }))).toBe(false);
    expect(validateApplicant(applicant({ idType: 'passport', idNumber: 'E12345678', ethnicity: '' }), TODAY)).toEqual({
      'applicant.ethnicity': '请选择民族',
    });
  });
});

describe('validateProject', () => {
  it('accepts a complete project, with a long multi-line 概况', () => {
    expect(validateProject(makeProject(), TODAY)).toEqual({});
    expect(validateProject(makeProject({ overview: `${'项'.repeat(1000)}\n${'目'.repeat(999)}` }), TODAY)).toEqual({});
  });

  it('reports each bad field', () => {
    const project = makeProject({
      name: ' ',
      amountWan: '0',
      district: 'SJ',
      negotiatingUnit: '',
      overview: '概'.repeat(2001),
      quotaException: { extraPlaces: 25, documentNumber: '威人才办〔2024〕3号', documentDate: '2024-03-01' },
    });
    expect(validateProject(project, TODAY)).toEqual({
      'project.name': '请填写项目名称',
      'project.amountWan': '项目金额必须大于 0',
      'project.district': '“市级（市直）”不是落地区市，请选择项目实际落地的区市',
      'project.negotiatingUnit': '请填写洽谈部门（单位）',
      'project.overview': '招商项目整体概况及落地预期不能超过 2000 个字，当前为 2001 个字',
      'project.quotaException.extraPlaces': '增加的名额应为 1–20 之间的整数',
    });
  });

  it('refuses districts outside Weihai', () => {
    expect(validateProject(makeProject({ district: 'QD' }), TODAY)).toEqual({
      'project.district': '落地区市代码“QD”不是威海市的区市，请从下拉列表重新选择',
    });
    expect(validateProject(makeProject({ district: '' }), TODAY)).toEqual({
      'project.district': '请选择项目的落地区市',
    });
  });
});

describe('validateUnitOpinion', () => {
  const opinion = makeApplication().unitOpinion;

  it('accepts a complete opinion dated today', () => {
    expect(validateUnitOpinion({ ...opinion, date: '2025-06-15' }, TODAY)).toEqual({});
  });

  it('reports empty fields and bad dates', () => {
    expect(validateUnitOpinion({ unitName: '', opinion: ' ', handler: '', date: '2025-06-16' }, TODAY)).toEqual({
      'unitOpinion.unitName': '请填写申领单位',
      'unitOpinion.opinion': '请填写申领单位意见',
      'unitOpinion.handler': '请填写经办人',
      'unitOpinion.date': '填表日期 2025-06-16 晚于今天，请核对',
    });
    expect(validateUnitOpinion({ ...opinion, date: '2025-02-29' }, TODAY)).toEqual({
      'unitOpinion.date': '填表日期 2025-02-29 不存在，请核对',
    });
  });
});

describe('validateApplication', () => {
  it('accepts a complete application with its project', () => {
    expect(validateApplication(makeApplication(), makeProject(), TODAY)).toEqual({});
  });

  it('combines the errors of every section, keyed by field path', () => {
    const application = makeApplication({
      district: 'XX',
      applicant: applicant({ phone: '5190505' }),
      resume: { entries: [], remark: '', overlapsConfirmed: false },
      unitOpinion: { ...makeApplication().unitOpinion, handler: '' },
    });
    expect(validateApplication(application, makeProject({ amountWan: '-1' }), TODAY)).toEqual({
      district: '请选择登记窗口所在的区市',
      'applicant.phone': '请加上区号，如 0631-5190505',
      'resume.entries': '请至少填写一段工作简历',
      'unitOpinion.handler': '请填写经办人',
      'project.amountWan': '项目金额不能为负数',
    });
  });

  it('explains a missing, unsynced, mismatched or deleted project', () => {
    expect(validateApplication(makeApplication({ projectId: null }), null, TODAY)).toEqual({
      projectId: '请选择该申领人所属的招商项目',
    });
    expect(validateApplication(makeApplication(), null, TODAY)).toEqual({
      projectId: '找不到所选的招商项目（可能尚未同步到本机），请重新选择或等同步完成后再试',
    });
    expect(validateApplication(makeApplication(), makeProject({ id: 'project-9' }), TODAY)).toEqual({
      projectId: '招商项目与申领登记表不对应，请重新选择项目',
    });
    expect(validateApplication(makeApplication(), makeProject({ deleted: true }), TODAY)).toEqual({
      projectId: '所选招商项目已被删除，请重新选择',
    });
  });

  it('collects warnings separately from errors', () => {
    const application = makeApplication({
      applicant: applicant({ birthMonth: '1950-01' }),
      resume: {
        entries: [{ from: '1965-01', to: null, organisation: '威海第一机械厂', position: '学徒' }],
        remark: '',
        overlapsConfirmed: false,
      },
    });
    expect(validateApplication(application, makeProject(), TODAY)).toEqual({});
    expect(applicationWarnings(application, TODAY)).toEqual({
      'applicant.birthMonth': '出生年月（1950-01）与证件号码中的出生年月（1949-12）不一致，请核对',
      'resume.entries.0.from': '起始年月 1965-01 早于申领人年满 16 周岁的月份（1966-01），请核对',
    });
  });
});
