import { describe, expect, it } from 'vitest';
import { fieldLabel } from '../../../../src-renderer/sync-ui/field-labels';
import { formatFieldValue } from '../../../../src-renderer/sync-ui/field-values';

describe('conflicting values as staff read them', () => {
  it('names fields in the words of the form, falling back to the path', () => {
    expect(fieldLabel('applications', 'applicant/phone')).toBe('联系电话');
    expect(fieldLabel('applications', 'applicant/name')).toBe('姓名');
    expect(fieldLabel('projects', 'quotaException')).toBe('一事一议');
    expect(fieldLabel('events', 'to')).toBe('新状态');
    expect(fieldLabel('applications', 'deleted')).toBe('删除');
    expect(fieldLabel('applications', 'extra~0key/sub~1part')).toBe('extra~key / sub/part');
  });

  it('shows codes as their labels and nothing as 空', () => {
    expect(formatFieldValue('applications', 'applicant/gender', '2')).toBe('女');
    expect(formatFieldValue('applications', 'status', 'awaiting-seal')).toBe('待盖章');
    expect(formatFieldValue('projects', 'district', 'RC')).toBe('荣成市');
    expect(formatFieldValue('applications', 'applicant/school', '')).toBe('空');
    expect(formatFieldValue('applications', 'projectId', null)).toBe('空');
    expect(formatFieldValue('applications', 'deleted', true)).toBe('已删除');
    expect(formatFieldValue('applications', 'resume/overlapsConfirmed', false)).toBe('否');
  });

  it('masks personal numbers unless revealed, and names referenced projects', () => {
    expect(formatFieldValue('applications', 'applicant/idNumber', '370102199003071234')).toBe('3701**********1234');
    expect(formatFieldValue('applications', 'applicant/idNumber', '370102199003071234', { reveal: true })).toBe(
      '370102199003071234',
    );
    expect(formatFieldValue('applications', 'projectId', 'p-1', { names: { 'p-1': '海洋生物医药产业园' } })).toBe(
      '海洋生物医药产业园',
    );
  });

  it('writes lists one item a line and objects as 名称：值, so two photos stay distinguishable', () => {
    const entries = [
      { from: '2019-03', to: '2021-06', organisation: '威海市某公司', position: '工程师' },
      { from: '2021-07', to: null, organisation: '山东某研究院', position: '主任' },
    ];
    expect(formatFieldValue('applications', 'resume/entries', entries)).toBe(
      '2019-03—2021-06 威海市某公司 工程师\n2021-07—至今 山东某研究院 主任',
    );
    expect(
      formatFieldValue('projects', 'quotaException', { extraPlaces: 2, documentNumber: '威人才办〔2024〕3号' }),
    ).toBe('一事一议追加名额：2，批准文号：威人才办〔2024〕3号');
    expect(formatFieldValue('applications', 'photo', 'ab12cd34'.repeat(8))).not.toBe(
      formatFieldValue('applications', 'photo', 'ef56ab78'.repeat(8)),
    );
  });

  it('shows the station tables’ codes with their own labels, not the applications’', () => {
    expect(formatFieldValue('stations', 'status', 'designated')).toBe('已认定');
    expect(formatFieldValue('stations', 'status', 'applied')).toBe('已申报');
    expect(formatFieldValue('stations', 'status', 'revoked')).toBe('已取消称号');
    expect(formatFieldValue('stations', 'type', 'entrepreneurship')).toBe('创业型');
    expect(formatFieldValue('stations', 'route', 'city-unit')).toBe('市直单位直接申报');
    expect(formatFieldValue('stations', 'functions', ['liaison', 'transfer'])).toBe('交流对接的纽带\n成果转化的桥梁');
    expect(formatFieldValue('stations', 'policyVersion', 'weihai-2020')).toBe(
      '《威海市高层次人才驿站管理暂行办法》（威人组发〔2020〕10号）',
    );
    expect(formatFieldValue('stationEvents', 'step', 'publish')).toBe('核准公布并授牌');
    expect(formatFieldValue('stationEvents', 'from', 'publicizing')).toBe('公示中');
    expect(formatFieldValue('stationEvents', 'to', 'designated')).toBe('已认定');
    expect(formatFieldValue('stationEvents', 'evaluation/outcome', 'rectify')).toBe('限期整改');
    expect(formatFieldValue('stationEvents', 'evaluation', { outcome: 'demonstration', subsidyWan: 10 })).toBe(
      '评估结论：确定为示范站，建站补助（万元）：10',
    );
    expect(formatFieldValue('stationActivities', 'kind', 'roadshow')).toBe('项目路演');
    // Each table's own labels: the application statuses stay where they belong.
    expect(formatFieldValue('applications', 'status', 'registered')).toBe('已登记');
    expect(formatFieldValue('events', 'to', 'withdrawn')).toBe('已撤回');
    expect(formatFieldValue('stationEvents', 'to', 'withdrawn')).toBe('withdrawn');
    expect(formatFieldValue('applications', 'type', 'innovation')).toBe('innovation');
    // An unknown code reads as it is, whatever its name.
    expect(formatFieldValue('stations', 'status', 'toString')).toBe('toString');
    expect(formatFieldValue('stationActivities', 'stationId', 's-1', { names: { 's-1': '海洋装备驿站' } })).toBe(
      '海洋装备驿站',
    );
  });
});
