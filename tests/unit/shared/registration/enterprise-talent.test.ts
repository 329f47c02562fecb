import { describe, expect, it } from 'vitest';
import { duplicateUsccIds, parseEnterprise, validateEnterprise } from '../../../../src-shared/enterprises/rules';
import { ELIGIBILITY_CONDITIONS } from '../../../../src-shared/registration/enterprise-talent';
import { validateEnterpriseTalentApplication } from '../../../../src-shared/registration/rules/enterprise-talent';
import {
  canAddApplicant,
  canJoinGroup,
  enterpriseGroup,
  groupQuotaState,
  PLACES_PER_ENTERPRISE,
} from '../../../../src-shared/registration/rules/quota';
import { makeApplication, makeEnterprise, makeProject, makeTalentApplication, TODAY, VALID_USCC } from './fixtures';

const FULL = '该企业已有 3 人申领，名额已满（每家企业可为 3 人申领）；如有人不再申领，请先撤回其申领';

describe('places per enterprise', () => {
  const group = enterpriseGroup(makeEnterprise());
  const three = [makeTalentApplication(), makeTalentApplication({ status: 'draft' }), makeTalentApplication()];

  it('gives each enterprise 3 places and counts them as for projects', () => {
    expect(PLACES_PER_ENTERPRISE).toBe(3);
    expect(canJoinGroup(group, three.slice(0, 2))).toEqual({ ok: true, value: null });
    expect(canJoinGroup(group, three)).toEqual({ ok: false, message: FULL });
    expect(canJoinGroup(group, three, three[1]?.id)).toEqual({ ok: true, value: null });
  });

  it('frees the place of a withdrawn, rejected or deleted application', () => {
    for (const freed of [{ status: 'withdrawn' }, { status: 'rejected' }, { deleted: true }] as const) {
      const apps = [...three.slice(0, 2), makeTalentApplication(freed)];
      expect(canJoinGroup(group, apps).ok).toBe(true);
    }
  });

  it('counts only this enterprise, and never a 商务精英类 project place', () => {
    const apps = [
      ...three.slice(0, 2),
      makeTalentApplication({ enterpriseId: 'enterprise-2' }),
      makeApplication({ projectId: 'project-1' }),
      makeApplication({ projectId: 'project-1' }),
    ];
    expect(groupQuotaState(group, apps)).toMatchObject({ limit: 3, used: 2, left: 1 });
    // The project counts its own two people, not the enterprise's.
    expect(canAddApplicant(makeProject(), [...apps, makeApplication({ projectId: 'project-1' })]).ok).toBe(false);
    expect(canAddApplicant(makeProject(), apps).ok).toBe(true);
  });

  it('flags the last-created beyond 3 after a sync, dropping none', () => {
    const late = makeTalentApplication({ createdAt: '2025-04-01T00:00:00.000Z' });
    const state = groupQuotaState(group, [late, ...three]);
    expect(state).toMatchObject({ used: 4, left: 0 });
    expect(state.overQuota).toEqual([late]);
  });
});

describe('the enterprise', () => {
  const fields = {
    name: '威海海洋装备制造有限公司',
    uscc: VALID_USCC,
    district: 'GX',
    contactName: '刘洋',
    contactPhone: '0631 5190505',
  };

  it('normalises the USCC and the phone', () => {
    expect(parseEnterprise({ ...fields, uscc: ' 9135 0100 m000 100y43 ' })).toEqual({
      ok: true,
      value: { ...fields, uscc: VALID_USCC, contactPhone: '0631-5190505' },
    });
  });

  it('refuses a USCC with a wrong check character, saying so', () => {
    expect(validateEnterprise({ ...fields, uscc: '91350100M000100Y44' })).toEqual({
      uscc: '统一社会信用代码的校验位不对，请核对后重新输入',
    });
    expect(validateEnterprise({ ...fields, uscc: '91350100M000100Y4' })).toEqual({
      uscc: '统一社会信用代码应为 18 位，现为 17 位',
    });
    expect(validateEnterprise({ ...fields, uscc: '91350100M000100O43' })).toEqual({
      uscc: '统一社会信用代码不含字符“O”（不使用 I、O、S、V、Z）',
    });
  });

  it('names every missing or wrong field', () => {
    expect(
      validateEnterprise({ name: ' ', uscc: '', district: 'SJ', contactName: '', contactPhone: '5190505' }),
    ).toEqual({
      name: '请填写企业名称',
      uscc: '请填写统一社会信用代码',
      district: '“市级（市直）”不是区市，请选择企业所在的区市',
      contactName: '请填写联系人',
      contactPhone: '请加上区号，如 0631-5190505',
    });
    expect(validateEnterprise({ ...fields, district: '' })).toEqual({ district: '请选择企业所在区市' });
  });

  it('flags live enterprises sharing a USCC (two devices registered it offline)', () => {
    const a = makeEnterprise({ id: 'a' });
    const b = makeEnterprise({ id: 'b' });
    const gone = makeEnterprise({ id: 'c', deleted: true });
    const other = makeEnterprise({ id: 'd', uscc: '911100001000079554' });
    expect(duplicateUsccIds([a, b, gone, other])).toEqual(new Set(['a', 'b']));
    expect(duplicateUsccIds([a, gone, other])).toEqual(new Set());
  });
});

describe('a 名企优才类 record', () => {
  it('quotes the notice’s five conditions', () => {
    expect(ELIGIBILITY_CONDITIONS.map((c) => `${c.mark}${c.text}`)).toEqual([
      '①入选国家、省级人才工程及持其他地市市级人才服务绿卡的高层次人才',
      '②世界 500 强或中国 500 强企业高级管理人员',
      '③在重点领域和关键技术岗位上有 3 年以上工作经历、企业急需紧缺专业的博士学位人员或有较好创新创业业绩的正高级职称人员',
      '④年薪高于 40 万元的急需紧缺人才',
      '⑤其他经市委人才工作领导小组办公室同意纳入的',
    ]);
  });

  it('is complete with its enterprise, condition, way and evidence', () => {
    expect(validateEnterpriseTalentApplication(makeTalentApplication(), makeEnterprise(), TODAY)).toEqual({});
  });

  it('asks for the enterprise, the condition, the way and each kind of evidence', () => {
    const empty = makeTalentApplication({
      enterpriseId: null,
      eligibility: null,
      eligibilityEvidence: [],
      introduction: null,
      introductionEvidence: [],
    });
    expect(validateEnterpriseTalentApplication(empty, null, TODAY)).toEqual({
      enterpriseId: '请选择或新建引进该人才的企业',
      eligibility: '请选择该人才符合的引才条件（①–⑤ 之一）',
      eligibilityEvidence: '请上传符合引才条件的证明材料',
      introduction: '请选择引进方式：全职引进或柔性引进',
      introductionEvidence: '请上传引进方式的证明材料',
    });
    const flexible = makeTalentApplication({ introduction: 'flexible', introductionEvidence: [] });
    expect(validateEnterpriseTalentApplication(flexible, makeEnterprise(), TODAY)).toEqual({
      introductionEvidence: '请上传柔性引进的工作合同',
    });
    const fullTime = makeTalentApplication({ introductionEvidence: [] });
    expect(validateEnterpriseTalentApplication(fullTime, makeEnterprise(), TODAY)).toEqual({
      introductionEvidence: '请上传全职引进的社会保险缴费证明',
    });
  });

  it('checks the person as for 商务精英类, but not the project or the unit opinion', () => {
    const noName = makeTalentApplication({ applicant: { ...makeApplication().applicant, name: '' } });
    expect(validateEnterpriseTalentApplication(noName, makeEnterprise(), TODAY)).toEqual({
      'applicant.name': '请填写姓名',
    });
  });

  it('refuses an enterprise that is gone or not on this device', () => {
    const application = makeTalentApplication();
    expect(validateEnterpriseTalentApplication(application, null, TODAY)).toHaveProperty(
      'enterpriseId',
      '找不到所选的企业（可能尚未同步到本机），请重新选择或等同步完成后再试',
    );
    expect(validateEnterpriseTalentApplication(application, makeEnterprise({ deleted: true }), TODAY)).toHaveProperty(
      'enterpriseId',
      '所选企业已被删除，请重新选择',
    );
  });

  it('refuses the same evidence twice and evidence that is not a file hash', () => {
    const twice = makeTalentApplication({ eligibilityEvidence: ['a'.repeat(64), 'a'.repeat(64)] });
    expect(validateEnterpriseTalentApplication(twice, makeEnterprise(), TODAY)).toEqual({
      eligibilityEvidence: '同一份证明材料上传了两次，请移除重复的一份',
    });
    const odd = makeTalentApplication({ introductionEvidence: ['scan.pdf'] });
    expect(validateEnterpriseTalentApplication(odd, makeEnterprise(), TODAY)).toEqual({
      introductionEvidence: '有一份证明材料无法识别，请将其移除后重新上传',
    });
  });
});
