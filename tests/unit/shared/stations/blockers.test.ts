import { describe, expect, it } from 'vitest';
import { stepBlockers } from '../../../../src-shared/stations/blockers';
import { designatedStation, event, station } from './fixtures';

const PUBLICITY = { start: '2023-09-27', end: '2023-10-09', estimated: false };
const publicizing = station({ status: 'publicizing', publicity: PUBLICITY });

function objection(id: string, date: string) {
  return event('object', date, { id, from: 'publicizing', to: 'publicizing', details: { date, content: '异议' } });
}

function settlement(objectionId: string, date: string, upheld: 'yes' | 'no') {
  return event('settle', date, {
    from: 'publicizing',
    to: 'publicizing',
    details: { date, objection: objectionId, settlement: '核查', upheld },
  });
}

describe('stepBlockers', () => {
  it('holds 申报 back while 基本信息 lacks a condition’s evidence, and a direct route from a district window', () => {
    const lacking = station({ conditionEvidence: { venue: ['a'], industry: [], experts: ['c'], management: ['d'] } });
    expect(stepBlockers(lacking, [], 'city', '2023-09-01')).toEqual({
      apply: '申报前请在“基本信息”中补齐：第六条条件“产业资源与辐射”的说明和证明材料',
    });
    expect(stepBlockers(station({ route: 'institution' }), [], 'district', '2023-09-01')).toEqual({
      apply: '市直单位、高校院所直接报市人力资源和社会保障局（第七条），由市级记录申报',
    });
    expect(stepBlockers(station({ route: 'institution' }), [], 'city', '2023-09-01')).toEqual({});
    expect(stepBlockers(station(), [], 'district', '2023-09-01')).toEqual({});
  });

  it('holds 公布 back until the day after 公示 ends, and while an objection is open or upheld', () => {
    expect(stepBlockers(publicizing, [], 'city', '2023-10-09')).toEqual({
      settle: '没有待处理的异议',
      publish: '公示期至 2023-10-09，期满后才能核准公布',
      'publicity-fail': '没有经核查成立的异议；公示期满无异议的，应记录“核准公布并授牌”',
    });
    expect(stepBlockers(publicizing, [], 'city', '2023-10-10')).toEqual({
      settle: '没有待处理的异议',
      'publicity-fail': '没有经核查成立的异议；公示期满无异议的，应记录“核准公布并授牌”',
    });
    const open = [objection('o1', '2023-09-28'), objection('o2', '2023-09-29'), settlement('o1', '2023-09-30', 'no')];
    expect(stepBlockers(publicizing, open, 'city', '2023-10-10')).toEqual({
      publish: '还有 1 条异议未处理，处理后才能核准公布',
      'publicity-fail': '没有经核查成立的异议；公示期满无异议的，应记录“核准公布并授牌”',
    });
    const upheld = [...open, settlement('o2', '2023-10-08', 'yes')];
    expect(stepBlockers(publicizing, upheld, 'city', '2023-10-10')).toEqual({
      settle: '没有待处理的异议',
      publish: '公示中有成立的异议，不能核准公布（第七条：公示无异议的，予以批复）；请记录“公示未通过”',
    });
  });

  it('holds 取消称号 back through the rectification deadline, and nothing else on file', () => {
    const rectifying = designatedStation('2021-06-01', {
      status: 'rectifying',
      rectification: { items: '活动偏少', deadline: '2023-11-30', orderedOn: '2023-06-01' },
    });
    expect(stepBlockers(rectifying, [], 'city', '2023-11-30')).toEqual({
      revoke: '整改期限至 2023-11-30；期限届满、整改后仍不能正常发挥作用的，才取消称号（第十七条）',
    });
    expect(stepBlockers(rectifying, [], 'city', '2023-12-01')).toEqual({});
    expect(stepBlockers(designatedStation('2021-06-01'), [], 'city', '2023-12-01')).toEqual({});
  });
});
