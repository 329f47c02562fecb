import { describe, expect, it } from 'vitest';
import { type ActivityInput, parseActivity, parseStation } from '../../../../src-shared/stations/rules';
import type { StationFields } from '../../../../src-shared/stations/station';

/* 《威海市高层次人才驿站管理暂行办法》: the 基本信息 of a station (第五条–第八条) and its activity log (第十六条 (四)). */

const fields: StationFields = {
  name: '威海海洋装备高层次人才驿站',
  type: 'innovation',
  hostName: '威海海洋装备制造有限公司',
  hostUscc: '91350100M000100Y43',
  district: 'HC',
  hostAddress: '威海市环翠区海滨北路 1 号',
  contacts: [{ name: '刘洋', title: '人力资源部经理', phone: '13812345678' }],
  functions: ['liaison', 'recruitment'],
  conditions: {
    venue: '驿站场地 300 平方米，年运行经费 50 万元',
    industry: '周边有海洋装备企业 40 余家',
    experts: '联系专家 25 人',
    management: '制定了驿站管理制度，专职人员 3 人',
  },
  conditionEvidence: { venue: ['sha-venue'], industry: ['sha-industry'], experts: ['sha-experts'], management: [] },
  route: 'district',
};

function errorsOf(changes: Partial<StationFields>) {
  const result = parseStation({ ...fields, ...changes });
  if (result.ok) throw new Error('expected the station to be refused');
  return result.errors;
}

describe('parseStation', () => {
  it('accepts a complete station as it is', () => {
    expect(parseStation(fields)).toEqual({ ok: true, value: fields });
  });

  it('normalises the USCC, the texts, the contacts and their phones', () => {
    const result = parseStation({
      ...fields,
      name: '  威海海洋装备高层次人才驿站 ',
      hostUscc: '9135 0100 m000-100y43',
      hostAddress: ' 威海市环翠区海滨北路 1 号　',
      contacts: [
        { name: ' 刘洋 ', title: ' 人力资源部经理 ', phone: '138 1234 5678' },
        { name: '阿卜杜拉・买买提', title: '', phone: '(0631) 519 0505 转 123' },
        { name: '张 三', title: '站长', phone: '+86 138-1234-5679' },
      ],
      conditions: { ...fields.conditions, venue: '\n 场地 300 平方米\r\n经费 50 万元 \n' },
    });
    expect(result).toEqual({
      ok: true,
      value: {
        ...fields,
        hostUscc: '91350100M000100Y43',
        hostAddress: '威海市环翠区海滨北路 1 号',
        contacts: [
          { name: '刘洋', title: '人力资源部经理', phone: '13812345678' },
          { name: '阿卜杜拉·买买提', title: '', phone: '0631-5190505-123' },
          { name: '张 三', title: '站长', phone: '13812345679' },
        ],
        conditions: { ...fields.conditions, venue: '场地 300 平方米\n经费 50 万元' },
      },
    });
  });

  it('drops blank extra contact rows and numbers the kept ones anew (the form maps them back to its rows)', () => {
    const blank = { name: ' ', title: '　', phone: '' };
    const kept = parseStation({
      ...fields,
      contacts: [fields.contacts[0] ?? blank, blank, { name: '王芳', title: '', phone: '0631-5190505' }, blank],
    });
    expect(kept).toMatchObject({
      ok: true,
      value: {
        contacts: [
          { name: '刘洋', title: '人力资源部经理', phone: '13812345678' },
          { name: '王芳', title: '', phone: '0631-5190505' },
        ],
      },
    });
    // The form's third row is the second one kept: src-renderer/stations/form/station-form-values.ts maps it back.
    expect(
      errorsOf({ contacts: [fields.contacts[0] ?? blank, blank, { name: '王芳', title: '', phone: '5190505' }] }),
    ).toEqual({ 'contacts.1.phone': '请加上区号，如 0631-5190505' });
  });

  it('keeps a blank first contact row and asks for its name and phone', () => {
    expect(errorsOf({ contacts: [{ name: '', title: '', phone: '' }] })).toEqual({
      'contacts.0.name': '请填写联系人姓名',
      'contacts.0.phone': '请填写联系电话',
    });
  });

  it('refuses each contact field with its own message', () => {
    expect(
      errorsOf({
        contacts: [
          { name: '·刘洋', title: '经'.repeat(51), phone: '138123456' },
          { name: '王芳', title: '', phone: '' },
        ],
      }),
    ).toEqual({
      'contacts.0.name': '姓名不能以间隔号“·”开头或结尾，请删去多余的“·”',
      'contacts.0.title': '职务不能超过 50 个字，当前为 51 个字',
      'contacts.0.phone': '手机号码应为 11 位数字，当前为 9 位，请核对',
      'contacts.1.phone': '请填写联系电话',
    });
  });

  it('needs at least one contact and takes at most five', () => {
    expect(errorsOf({ contacts: [] })).toEqual({ 'contacts.0.name': '请填写至少一位联系人' });
    const six = ['一', '二', '三', '四', '五', '六'].map((n) => ({ name: `张${n}`, title: '', phone: '13812345678' }));
    expect(errorsOf({ contacts: six })).toEqual({ contacts: '联系人最多 5 位' });
    expect(parseStation({ ...fields, contacts: six.slice(0, 5) }).ok).toBe(true);
  });

  it('refuses each required text with its exact message', () => {
    expect(errorsOf({ name: ' ' })).toEqual({ name: '请填写驿站名称' });
    expect(errorsOf({ name: '驿'.repeat(101) })).toEqual({ name: '驿站名称不能超过 100 个字，当前为 101 个字' });
    expect(errorsOf({ name: '威海\n驿站' })).toEqual({
      name: '驿站名称中含有换行、制表符等不可见字符，请删除后重新输入',
    });
    expect(errorsOf({ hostName: '' })).toEqual({ hostName: '请填写依托单位名称' });
    expect(errorsOf({ hostName: '单'.repeat(101) })).toEqual({
      hostName: '依托单位名称不能超过 100 个字，当前为 101 个字',
    });
    expect(errorsOf({ hostAddress: '' })).toEqual({ hostAddress: '请填写依托单位地址' });
    expect(errorsOf({ hostAddress: '址'.repeat(201) })).toEqual({
      hostAddress: '依托单位地址不能超过 200 个字，当前为 201 个字',
    });
  });

  it('refuses a missing or wrong USCC', () => {
    expect(errorsOf({ hostUscc: '' })).toEqual({ hostUscc: '请填写统一社会信用代码' });
    expect(errorsOf({ hostUscc: '91350100M000100Y4' })).toEqual({ hostUscc: '统一社会信用代码应为 18 位，现为 17 位' });
    expect(errorsOf({ hostUscc: '91350100M000100Y44' })).toEqual({
      hostUscc: '统一社会信用代码的校验位不对，请核对后重新输入',
    });
    expect(errorsOf({ hostUscc: '91350100M0001O0Y43' })).toEqual({
      hostUscc: '统一社会信用代码不含字符“O”（不使用 I、O、S、V、Z）',
    });
  });

  it('refuses an unknown type or route', () => {
    expect(errorsOf({ type: 'research' as StationFields['type'] })).toEqual({ type: '请选择驿站类型' });
    expect(errorsOf({ route: 'province' as StationFields['route'] })).toEqual({ route: '请选择申报途径' });
  });

  it('takes every landing district and refuses none, the city level or an unknown code', () => {
    for (const district of ['HC', 'WD', 'RC', 'RS', 'GX', 'JK', 'LG', 'NH', 'ZB'])
      expect(parseStation({ ...fields, district }).ok).toBe(true);
    expect(errorsOf({ district: '' })).toEqual({ district: '请选择驿站所在区市' });
    const notLanding = '请从下拉列表选择驿站所在的区市（市直单位、高校院所也选其所在区市）';
    expect(errorsOf({ district: 'SJ' })).toEqual({ district: notLanding });
    expect(errorsOf({ district: '环翠区' })).toEqual({ district: notLanding });
  });

  it('keeps the functions in the order of 第八条, once each, and refuses an unknown one', () => {
    const result = parseStation({ ...fields, functions: ['fellowship', 'liaison', 'transfer', 'liaison'] });
    expect(result).toMatchObject({ ok: true, value: { functions: ['liaison', 'transfer', 'fellowship'] } });
    expect(parseStation({ ...fields, functions: [] })).toMatchObject({ ok: true, value: { functions: [] } });
    expect(errorsOf({ functions: ['liaison', 'cooking'] as unknown as StationFields['functions'] })).toEqual({
      functions: '职责功能只能从第八条的六项中选择',
    });
  });

  it('keeps each piece of condition evidence once, in the order added', () => {
    const result = parseStation({
      ...fields,
      conditionEvidence: {
        venue: ['sha-b', 'sha-a', 'sha-b', 'sha-a'],
        industry: ['sha-c'],
        experts: [],
        management: ['sha-d', 'sha-d'],
      },
    });
    expect(result).toMatchObject({
      ok: true,
      value: {
        conditionEvidence: { venue: ['sha-b', 'sha-a'], industry: ['sha-c'], experts: [], management: ['sha-d'] },
      },
    });
  });

  it('takes empty condition notes (申报 asks for them) but refuses one too long or with a tab', () => {
    expect(parseStation({ ...fields, conditions: { venue: '', industry: '', experts: '', management: '' } }).ok).toBe(
      true,
    );
    expect(errorsOf({ conditions: { ...fields.conditions, experts: '专'.repeat(2001) } })).toEqual({
      'conditions.experts': '条件说明不能超过 2000 个字，当前为 2001 个字',
    });
    expect(errorsOf({ conditions: { ...fields.conditions, venue: '场地\t300 平方米' } })).toEqual({
      'conditions.venue': '条件说明中含有制表符等不可见字符，请删除后重新输入',
    });
  });

  it('reports every problem at once', () => {
    expect(errorsOf({ name: '', hostUscc: '', district: '', hostAddress: '' })).toEqual({
      name: '请填写驿站名称',
      hostUscc: '请填写统一社会信用代码',
      district: '请选择驿站所在区市',
      hostAddress: '请填写依托单位地址',
    });
  });
});

const activity: ActivityInput = {
  stationId: 'station-1',
  kind: 'lecture',
  title: '海洋新材料专家讲座',
  date: '2025-03-01',
  participants: '60',
  expertsServed: '8',
  outcomes: '达成合作意向 2 项',
  photos: ['sha-photo-1'],
};

function activityErrors(changes: Partial<ActivityInput>, today = '2025-03-01') {
  const result = parseActivity({ ...activity, ...changes }, today);
  if (result.ok) throw new Error('expected the activity to be refused');
  return result.errors;
}

describe('parseActivity', () => {
  it('accepts an activity, with the counts as numbers, the texts trimmed and each photo once', () => {
    expect(
      parseActivity(
        {
          ...activity,
          title: ' 海洋新材料专家讲座 ',
          participants: ' 60 ',
          expertsServed: '８',
          outcomes: '\n达成合作意向 2 项\n签约 1 项 ',
          photos: ['sha-photo-2', 'sha-photo-1', 'sha-photo-2'],
        },
        '2025-03-01',
      ),
    ).toEqual({
      ok: true,
      value: {
        stationId: 'station-1',
        kind: 'lecture',
        title: '海洋新材料专家讲座',
        date: '2025-03-01',
        participants: 60,
        expertsServed: 8,
        outcomes: '达成合作意向 2 项\n签约 1 项',
        photos: ['sha-photo-2', 'sha-photo-1'],
      },
    });
  });

  it('takes zero and the largest count, with full-width digits as typed by a Chinese IME', () => {
    expect(parseActivity({ ...activity, participants: '100000', expertsServed: '0' }, '2025-03-01')).toMatchObject({
      ok: true,
      value: { participants: 100000, expertsServed: 0 },
    });
    expect(parseActivity({ ...activity, participants: '１２０' }, '2025-03-01')).toMatchObject({
      ok: true,
      value: { participants: 120 },
    });
  });

  it('refuses counts that are missing, not whole numbers or too large', () => {
    expect(activityErrors({ participants: '', expertsServed: ' ' })).toEqual({
      participants: '请填写参加人数',
      expertsServed: '请填写服务高层次人才人次',
    });
    expect(activityErrors({ participants: '12.5', expertsServed: '-3' })).toEqual({
      participants: '参加人数应为整数',
      expertsServed: '服务高层次人才人次应为整数',
    });
    expect(activityErrors({ participants: '60人' })).toEqual({ participants: '参加人数应为整数' });
    expect(activityErrors({ participants: '100001', expertsServed: '200000' })).toEqual({
      participants: '参加人数不能超过 100000',
      expertsServed: '服务高层次人才人次不能超过 100000',
    });
  });

  it('takes today and refuses a day in the future, a missing or impossible date', () => {
    expect(parseActivity({ ...activity, date: '2025-03-01' }, '2025-03-01').ok).toBe(true);
    expect(activityErrors({ date: '2025-03-02' })).toEqual({
      date: '活动日期不能晚于今天（2025-03-01）；计划中的活动请在举办后记录',
    });
    expect(activityErrors({ date: ' ' })).toEqual({ date: '请填写活动日期' });
    expect(activityErrors({ date: '2025-02-29' })).toEqual({ date: '活动日期应为“年-月-日”，例如 2026-03-01' });
    expect(activityErrors({ date: '2025/03/01' })).toEqual({ date: '活动日期应为“年-月-日”，例如 2026-03-01' });
  });

  it('refuses a missing, too long or multi-line title', () => {
    expect(activityErrors({ title: '  ' })).toEqual({ title: '请填写活动名称' });
    expect(activityErrors({ title: '讲'.repeat(101) })).toEqual({
      title: '活动名称不能超过 100 个字，当前为 101 个字',
    });
    expect(activityErrors({ title: '专家讲座\n第二场' })).toEqual({
      title: '活动名称中含有换行、制表符等不可见字符，请删除后重新输入',
    });
  });

  it('takes every kind of 第八条 and refuses another', () => {
    for (const kind of [
      'lecture',
      'matchmaking',
      'negotiation',
      'roadshow',
      'salon',
      'forum',
      'training',
      'consulting',
      'other',
    ] as const)
      expect(parseActivity({ ...activity, kind }, '2025-03-01')).toMatchObject({ ok: true, value: { kind } });
    expect(activityErrors({ kind: 'banquet' as ActivityInput['kind'] })).toEqual({ kind: '请选择活动类型' });
  });

  it('takes empty outcomes and refuses them too long', () => {
    expect(parseActivity({ ...activity, outcomes: '' }, '2025-03-01')).toMatchObject({
      ok: true,
      value: { outcomes: '' },
    });
    expect(activityErrors({ outcomes: '效'.repeat(2001) })).toEqual({
      outcomes: '活动成效不能超过 2000 个字，当前为 2001 个字',
    });
  });
});
