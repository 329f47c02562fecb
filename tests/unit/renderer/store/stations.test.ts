import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { TalentCardDb } from '../../../../src-renderer/store/db';
import type { Actor } from '../../../../src-renderer/store/device';
import {
  createStation,
  deleteActivity,
  getStation,
  listStations,
  type StationStepRequest,
  saveActivity,
  stationActivities,
  stationEvents,
  takeStationStep,
  updateStation,
} from '../../../../src-renderer/store/stations';
import type { Role } from '../../../../src-shared/api/roles';
import type { EvaluationInput } from '../../../../src-shared/stations/evaluation';
import type { ActivityInput } from '../../../../src-shared/stations/rules';
import type { Station, StationEvent, StationFields, StationStepId } from '../../../../src-shared/stations/station';
import { actor, freshDb } from './helpers';

let db: TalentCardDb;
afterEach(() => db?.close());

/** 环翠区's window is `actor` (王窗口); the city (市人力资源和社会保障局) and another district have their own devices. */
const city: Actor = {
  deviceId: '0190f5a0-0000-7000-8000-000000000002',
  deviceCode: '2M8P4R',
  districtCode: 'SJ',
  staffName: '李市级',
};
const wendeng: Actor = {
  deviceId: '0190f5a0-0000-7000-8000-000000000003',
  deviceCode: '5T6W7X',
  districtCode: 'WD',
  staffName: '赵文登',
};

/** Mid-morning of a day in this machine's time zone: the store takes "today" from local time. */
const on = (day: string) => new Date(`${day}T10:00:00`);
const at = (day: string) => on(day).toISOString();

const fields: StationFields = {
  name: '威海海洋装备高层次人才驿站',
  type: 'innovation',
  hostName: '威海海洋装备制造有限公司',
  hostUscc: '91350100M000100Y43',
  district: 'HC',
  hostAddress: '威海市环翠区海滨北路 1 号',
  contacts: [{ name: '刘洋', title: '人力资源部经理', phone: '13812345678' }],
  functions: ['liaison', 'recruitment', 'transfer'],
  conditions: {
    venue: '驿站场地 300 平方米，年运行经费 50 万元',
    industry: '周边有海洋装备企业 40 余家',
    experts: '联系专家 25 人，每季度开展交流活动',
    management: '制定了驿站管理制度，专职人员 3 人',
  },
  conditionEvidence: {
    venue: ['sha-venue'],
    industry: ['sha-industry'],
    experts: ['sha-experts'],
    management: ['sha-management'],
  },
  route: 'district',
};

/** Who wrote a record, and when. */
function by(who: Actor, day: string) {
  return { updatedAt: at(day), updatedBy: who.staffName, deviceId: who.deviceId };
}

/** A new record's own fields. */
function made(id: string, who: Actor, day: string) {
  return { id, createdAt: at(day), ...by(who, day), rev: 0, deleted: false };
}

async function snapshot() {
  return {
    stations: await db.stations.toArray(),
    stationEvents: await db.stationEvents.toArray(),
    stationActivities: await db.stationActivities.toArray(),
    outbox: await db.outbox.toArray(),
  };
}

const outboxRows = (entries: { table: string; recordId: string; at: string }[]) =>
  entries.map((entry) => [entry.table, entry.recordId, entry.at]);

async function newStation(who: Actor = actor, changes: Partial<StationFields> = {}, day = '2023-09-01') {
  const result = await createStation(db, who, { ...fields, ...changes }, on(day));
  if (!result.ok) throw new Error(result.message);
  return result.value;
}

/**
 * Takes one step on `day` and checks what it wrote: when refused, nothing at
 * all; when accepted, the station and one new event as returned, its audit
 * event, exactly three outbox entries (the station's, the event's, the audit
 * event's) and no earlier event touched.
 */
async function step(
  who: Actor,
  role: Role,
  stationId: string,
  stepId: StationStepId,
  data: Record<string, string>,
  day: string,
  evidence: string[] = [],
  evaluation?: EvaluationInput,
) {
  const before = await snapshot();
  const request: StationStepRequest = { stationId, step: stepId, data, evidence, evaluation };
  const result = await takeStationStep(db, who, role, request, on(day));
  const after = await snapshot();
  if (!result.ok) {
    expect(after).toEqual(before);
    return result;
  }
  const { station, event } = result.value;
  // The step's audit event, the next in this device's chain, written in the same transaction.
  const audit = await db.audit.where('chain').equals(who.deviceId).sortBy('seq');
  const recorded = audit.at(-1);
  expect(recorded).toMatchObject({
    action: 'status',
    actor: who.staffName,
    subject: { table: 'stations', id: stationId },
    at: at(day),
    seq: audit.length,
  });
  expect(after.outbox.slice(0, before.outbox.length)).toEqual(before.outbox);
  expect(outboxRows(after.outbox.slice(before.outbox.length))).toEqual([
    ['stations', stationId, at(day)],
    ['stationEvents', event.id, at(day)],
    ['audit', recorded?.id, at(day)],
  ]);
  expect(after.stations.find((row) => row.id === stationId)).toEqual(station);
  expect(after.stationEvents.find((row) => row.id === event.id)).toEqual(event);
  expect(after.stationEvents.filter((row) => row.id !== event.id)).toEqual(before.stationEvents);
  expect(after.stationActivities).toEqual(before.stationActivities);
  return result;
}

/** As {@link step}, for a step that must be accepted. */
async function accepted(...args: Parameters<typeof step>): Promise<{ station: Station; event: StationEvent }> {
  const result = await step(...args);
  if (!result.ok) throw new Error(`${args[3]} refused: ${result.message} ${JSON.stringify(result.fields)}`);
  return result.value;
}

async function activity(stationId: string, input: Partial<ActivityInput>, day: string) {
  const result = await saveActivity(
    db,
    actor,
    {
      stationId,
      kind: 'lecture',
      title: '专家讲座',
      date: day,
      participants: '10',
      expertsServed: '1',
      outcomes: '',
      photos: [],
      ...input,
    },
    undefined,
    on(day),
  );
  if (!result.ok) throw new Error(result.message);
  return result.value;
}

/** Six scores of 第十六条, with no notes. */
function evaluationInput(outcome: EvaluationInput['outcome'], changes: Partial<EvaluationInput> = {}): EvaluationInput {
  return {
    items: ['80', '75', '70', '60', '65', '70'].map((score) => ({ score, note: '' })),
    outcome,
    subsidyWan: '',
    decisionReference: '',
    rectifyItems: '',
    rectifyDeadline: '',
    ...changes,
  };
}

/** 申报 → 认定入选 → 开始公示 (2023-09-27, so 公示 ends on 2023-10-09). */
async function publicizing(): Promise<Station> {
  const station = await newStation();
  await accepted(
    actor,
    'district',
    station.id,
    'apply',
    { date: '2023-09-05', recommendation: '同意推荐' },
    '2023-09-05',
  );
  await accepted(
    city,
    'city',
    station.id,
    'select',
    { date: '2023-09-20', experts: '张教授、李研究员', opinion: '条件具备，建议入选' },
    '2023-09-20',
  );
  return (await accepted(city, 'city', station.id, 'publicize', { date: '2023-09-27' }, '2023-09-27')).station;
}

/** …then 核准公布并授牌 on 2023-10-10, with no objection. */
async function designated(): Promise<Station> {
  const station = await publicizing();
  const data = { date: '2023-10-10', reference: '威人社字〔2023〕45号', plaqueDate: '2023-10-10' };
  return (await accepted(city, 'city', station.id, 'publish', data, '2023-10-10')).station;
}

describe('a station’s 基本信息', () => {
  it('files a new station normalised, as a 草稿, with its outbox entry in the same write', async () => {
    db = freshDb();
    const created = await newStation(actor, {
      hostUscc: '9135 0100 m000 100y43',
      contacts: [
        { name: ' 刘洋 ', title: '人力资源部经理', phone: '138 1234 5678' },
        { name: '', title: '', phone: '' },
      ],
      functions: ['transfer', 'liaison', 'recruitment'],
      conditionEvidence: { ...fields.conditionEvidence, venue: ['sha-venue', 'sha-venue'] },
    });
    const expected: Station = {
      ...made(created.id, actor, '2023-09-01'),
      ...fields,
      policyVersion: null,
      status: 'draft',
      publicity: null,
      designation: null,
      rectification: null,
      revokedOn: null,
    };
    expect(created).toEqual(expected);
    expect(await db.stations.get(created.id)).toEqual(expected);
    expect(await getStation(db, created.id)).toEqual(expected);
    expect(outboxRows(await db.outbox.toArray())).toEqual([['stations', created.id, at('2023-09-01')]]);
  });

  it('refuses a station with problems, saying which, and stores nothing', async () => {
    db = freshDb();
    const result = await createStation(db, actor, {
      ...fields,
      name: '',
      hostUscc: '91350100M000100Y44',
      district: 'SJ',
    });
    expect(result).toEqual({
      ok: false,
      code: 'invalid',
      message: '请更正标出的内容',
      fields: {
        name: '请填写驿站名称',
        hostUscc: '统一社会信用代码的校验位不对，请核对后重新输入',
        district: '请从下拉列表选择驿站所在的区市（市直单位、高校院所也选其所在区市）',
      },
    });
    expect(await snapshot()).toEqual({ stations: [], stationEvents: [], stationActivities: [], outbox: [] });
  });

  it('saves corrections to the 基本信息 but never its lifecycle fields', async () => {
    db = freshDb();
    const created = await newStation();
    const smuggled = { ...fields, name: ' 威海海洋装备人才驿站 ', status: 'designated', policyVersion: 'x' };
    const result = await updateStation(db, city, created.id, smuggled as StationFields, on('2023-09-02'));
    const expected: Station = { ...created, ...by(city, '2023-09-02'), name: '威海海洋装备人才驿站' };
    expect(result).toEqual({ ok: true, value: expected });
    expect(await db.stations.get(created.id)).toEqual(expected);
    expect(outboxRows(await db.outbox.toArray())).toEqual([
      ['stations', created.id, at('2023-09-01')],
      ['stations', created.id, at('2023-09-02')],
    ]);
  });

  it('refuses corrections with problems, or to a station that does not exist, and writes nothing', async () => {
    db = freshDb();
    const created = await newStation();
    const before = await snapshot();
    expect(
      await updateStation(db, actor, created.id, {
        ...fields,
        contacts: [{ name: '刘洋', title: '', phone: '5190505' }],
      }),
    ).toEqual({
      ok: false,
      code: 'invalid',
      message: '请更正标出的内容',
      fields: { 'contacts.0.phone': '请加上区号，如 0631-5190505' },
    });
    expect(await updateStation(db, actor, 'no-such-station', fields)).toEqual({
      ok: false,
      code: 'not-found',
      message: '该驿站不存在或已删除',
      fields: {},
    });
    expect(await snapshot()).toEqual(before);
  });

  it("keeps a district window to its own district's stations, and lets the city file any", async () => {
    db = freshDb();
    const refusal = {
      ok: false,
      code: 'invalid',
      message: '请更正标出的内容',
      fields: { district: '本机属于环翠区，只能建立和修改本区市的驿站档案' },
    };
    expect(await createStation(db, actor, { ...fields, district: 'WD' }, on('2023-09-01'))).toEqual(refusal);
    const own = await newStation(actor);
    expect(await updateStation(db, actor, own.id, { ...fields, district: 'WD' }, on('2023-09-02'))).toEqual(refusal);
    const wd = await newStation(city, { name: '文登区人才驿站', district: 'WD' }, '2023-09-02');
    expect(await updateStation(db, actor, wd.id, fields, on('2023-09-03'))).toEqual(refusal);
    expect((await updateStation(db, city, wd.id, { ...fields, district: 'RC' }, on('2023-09-03'))).ok).toBe(true);
  });

  it('lists the live stations, most recently changed first', async () => {
    db = freshDb();
    const first = await newStation(actor, {}, '2023-09-01');
    const second = await newStation(wendeng, { name: '文登区人才驿站', district: 'WD' }, '2023-09-02');
    expect((await listStations(db)).map((s) => s.name)).toEqual(['文登区人才驿站', '威海海洋装备高层次人才驿站']);
    await updateStation(db, actor, first.id, { ...fields, name: '环翠区人才驿站' }, on('2023-09-03'));
    await db.stations.put({ ...second, deleted: true });
    expect((await listStations(db)).map((s) => s.name)).toEqual(['环翠区人才驿站']);
    expect(await getStation(db, second.id)).toBeUndefined();
  });
});

describe('one transaction per step', () => {
  it('leaves the station, the history and the outbox as they were when writing the event fails', async () => {
    db = freshDb();
    const station = await newStation();
    const before = await snapshot();
    // The disk refuses the event: the station written just before it in the same step must not stay.
    db.stationEvents.hook('creating', () => {
      throw new Error('QuotaExceededError');
    });
    const request: StationStepRequest = {
      stationId: station.id,
      step: 'apply',
      data: { date: '2023-09-05', recommendation: '同意推荐' },
      evidence: [],
    };
    await expect(takeStationStep(db, actor, 'district', request, on('2023-09-05'))).rejects.toThrow(
      'QuotaExceededError',
    );
    expect(await snapshot()).toEqual(before);
    expect((await getStation(db, station.id))?.status).toBe('draft');
  });
});

describe('申报', () => {
  it('is recorded by the district window of the station’s own district', async () => {
    db = freshDb();
    const station = await newStation();
    const { station: saved, event } = await accepted(
      actor,
      'district',
      station.id,
      'apply',
      { date: '2023-09-05', recommendation: ' 同意推荐 ' },
      '2023-09-05',
      ['sha-recommendation', 'sha-recommendation'],
    );
    expect(saved).toEqual({ ...station, ...by(actor, '2023-09-05'), status: 'applied', policyVersion: 'weihai-2020' });
    expect(event).toEqual({
      ...made(event.id, actor, '2023-09-05'),
      stationId: station.id,
      step: 'apply',
      from: 'draft',
      to: 'applied',
      date: '2023-09-05',
      details: { date: '2023-09-05', recommendation: '同意推荐' },
      evidence: ['sha-recommendation'],
      evaluation: null,
    });
  });

  it('is refused to another district’s window, to a district window for a city step, and for a missing station', async () => {
    db = freshDb();
    const station = await newStation();
    const data = { date: '2023-09-05', recommendation: '同意推荐' };
    expect(await step(wendeng, 'district', station.id, 'apply', data, '2023-09-05')).toEqual({
      ok: false,
      code: 'not-allowed',
      message: '该驿站属于环翠区，本机只能办理本区市的驿站',
      fields: {},
    });
    expect(await step(actor, 'district', station.id, 'select', data, '2023-09-05')).toEqual({
      ok: false,
      code: 'not-allowed',
      message: '“认定入选”由市人力资源和社会保障局记录，区市窗口不能记录',
      fields: {},
    });
    expect(await step(actor, 'district', 'no-such-station', 'apply', data, '2023-09-05')).toEqual({
      ok: false,
      code: 'not-found',
      message: '该驿站不存在或已删除',
      fields: {},
    });
  });

  it('is refused while a condition lacks its evidence or no function is chosen', async () => {
    db = freshDb();
    const station = await newStation(actor, {
      functions: [],
      conditionEvidence: { ...fields.conditionEvidence, experts: [] },
    });
    const data = { date: '2023-09-05', recommendation: '同意推荐' };
    expect(await step(actor, 'district', station.id, 'apply', data, '2023-09-05')).toEqual({
      ok: false,
      code: 'not-allowed',
      message: '申报前请在“基本信息”中补齐：第六条条件“专家群体”的说明和证明材料；第八条职责功能（至少一项）',
      fields: {},
    });
  });

  it('is refused without the district’s recommendation or with a date after today', async () => {
    db = freshDb();
    const station = await newStation();
    expect(await step(actor, 'district', station.id, 'apply', { date: '2023-09-05' }, '2023-09-05')).toEqual({
      ok: false,
      code: 'invalid',
      message: '请更正标出的内容',
      fields: { recommendation: '经区市推荐申报的，请填写区市人力资源社会保障部门推荐意见' },
    });
    const tomorrow = { date: '2023-09-06', recommendation: '同意推荐' };
    expect(await step(actor, 'district', station.id, 'apply', tomorrow, '2023-09-05')).toEqual({
      ok: false,
      code: 'invalid',
      message: '请更正标出的内容',
      fields: { date: '申报日期不能晚于今天（2023-09-05）' },
    });
  });
});

describe('a station’s life', () => {
  it('goes from 申报 through 公示, 公布, the activity log and a 限期整改 evaluation to 取消称号', async () => {
    db = freshDb();
    const station = await newStation();
    let expected: Station = { ...station };
    const history: StationEvent[] = [];
    const common = (id: string, who: Actor, day: string) => ({ ...made(id, who, day), stationId: station.id });

    // 申报 (环翠区's window)
    const applied = await accepted(
      actor,
      'district',
      station.id,
      'apply',
      { date: '2023-09-05', recommendation: '同意推荐' },
      '2023-09-05',
    );
    expected = { ...expected, ...by(actor, '2023-09-05'), status: 'applied', policyVersion: 'weihai-2020' };
    expect(applied.station).toEqual(expected);
    history.push(applied.event);

    // 认定入选 (the city)
    const selected = await accepted(
      city,
      'city',
      station.id,
      'select',
      { date: '2023-09-20', experts: ' 张教授、李研究员 ', opinion: '条件具备，建议入选' },
      '2023-09-20',
      ['sha-assessment'],
    );
    expected = { ...expected, ...by(city, '2023-09-20'), status: 'selected' };
    expect(selected.station).toEqual(expected);
    expect(selected.event).toEqual({
      ...common(selected.event.id, city, '2023-09-20'),
      step: 'select',
      from: 'applied',
      to: 'selected',
      date: '2023-09-20',
      details: { date: '2023-09-20', experts: '张教授、李研究员', opinion: '条件具备，建议入选' },
      evidence: ['sha-assessment'],
      evaluation: null,
    });
    history.push(selected.event);

    // 开始公示 on Wednesday 2023-09-27: 27, 28 September, then 7 and 8 October (调休) and Monday 9 October.
    const publicized = await accepted(city, 'city', station.id, 'publicize', { date: '2023-09-27' }, '2023-09-27');
    expected = {
      ...expected,
      ...by(city, '2023-09-27'),
      status: 'publicizing',
      publicity: { start: '2023-09-27', end: '2023-10-09', estimated: false },
    };
    expect(publicized.station).toEqual(expected);
    expect(publicized.event).toEqual({
      ...common(publicized.event.id, city, '2023-09-27'),
      step: 'publicize',
      from: 'selected',
      to: 'publicizing',
      date: '2023-09-27',
      details: { date: '2023-09-27', end: '2023-10-09' },
      evidence: [],
      evaluation: null,
    });
    history.push(publicized.event);

    // 记录异议, then 处理异议: not upheld.
    const objected = await accepted(
      city,
      'city',
      station.id,
      'object',
      { date: '2023-09-28', content: '反映驿站场地尚未装修完毕' },
      '2023-09-28',
      ['sha-letter'],
    );
    expected = { ...expected, ...by(city, '2023-09-28') };
    expect(objected.station).toEqual(expected);
    expect(objected.event).toEqual({
      ...common(objected.event.id, city, '2023-09-28'),
      step: 'object',
      from: 'publicizing',
      to: 'publicizing',
      date: '2023-09-28',
      details: { date: '2023-09-28', content: '反映驿站场地尚未装修完毕' },
      evidence: ['sha-letter'],
      evaluation: null,
    });
    history.push(objected.event);

    const settleData = {
      date: '2023-10-08',
      objection: objected.event.id,
      settlement: '经实地核查，场地已装修完毕并投入使用',
      upheld: 'no',
    };
    const settled = await accepted(city, 'city', station.id, 'settle', settleData, '2023-10-08', ['sha-check']);
    expected = { ...expected, ...by(city, '2023-10-08') };
    expect(settled.station).toEqual(expected);
    expect(settled.event).toEqual({
      ...common(settled.event.id, city, '2023-10-08'),
      step: 'settle',
      from: 'publicizing',
      to: 'publicizing',
      date: '2023-10-08',
      details: settleData,
      evidence: ['sha-check'],
      evaluation: null,
    });
    history.push(settled.event);

    // 公示 runs through 2023-10-09: no 核准公布 that day, and no 公示未通过 without an upheld objection.
    const publishData = { date: '2023-10-09', reference: '威人社字〔2023〕45号', plaqueDate: '2023-10-09' };
    expect(await step(city, 'city', station.id, 'publish', publishData, '2023-10-09')).toEqual({
      ok: false,
      code: 'invalid',
      message: '请更正标出的内容',
      fields: { date: '公示期至 2023-10-09，期满后才能核准公布' },
    });
    expect(
      await step(city, 'city', station.id, 'publicity-fail', { date: '2023-10-09', reason: '—' }, '2023-10-09'),
    ).toEqual({
      ok: false,
      code: 'not-allowed',
      message: '没有经核查成立的异议；公示期满无异议的，应记录“核准公布并授牌”',
      fields: {},
    });

    const published = await accepted(
      city,
      'city',
      station.id,
      'publish',
      { date: '2023-10-10', reference: '威人社字〔2023〕45号', plaqueDate: '2023-10-10' },
      '2023-10-10',
      ['sha-approval', 'sha-plaque'],
    );
    expected = {
      ...expected,
      ...by(city, '2023-10-10'),
      status: 'designated',
      designation: { approvalDate: '2023-10-10', reference: '威人社字〔2023〕45号', plaqueDate: '2023-10-10' },
    };
    expect(published.station).toEqual(expected);
    expect(published.event).toEqual({
      ...common(published.event.id, city, '2023-10-10'),
      step: 'publish',
      from: 'publicizing',
      to: 'designated',
      date: '2023-10-10',
      details: { date: '2023-10-10', reference: '威人社字〔2023〕45号', plaqueDate: '2023-10-10' },
      evidence: ['sha-approval', 'sha-plaque'],
      evaluation: null,
    });
    history.push(published.event);

    // The activity log. The day before 公布 and the day after the evaluation are outside its period.
    const before = await activity(station.id, { kind: 'matchmaking', title: '驿站筹备座谈会' }, '2023-10-09');
    const opening = await saveActivity(
      db,
      actor,
      {
        stationId: station.id,
        kind: 'matchmaking',
        title: ' 授牌仪式暨专家对接会 ',
        date: '2023-10-10',
        participants: '80',
        expertsServed: '12',
        outcomes: '签订合作协议 3 项',
        photos: ['sha-photo-1', 'sha-photo-2', 'sha-photo-1'],
      },
      undefined,
      on('2023-10-10'),
    );
    if (!opening.ok) throw new Error(opening.message);
    expect(opening.value).toEqual({
      ...made(opening.value.id, actor, '2023-10-10'),
      stationId: station.id,
      kind: 'matchmaking',
      title: '授牌仪式暨专家对接会',
      date: '2023-10-10',
      participants: 80,
      expertsServed: 12,
      outcomes: '签订合作协议 3 项',
      photos: ['sha-photo-1', 'sha-photo-2'],
    });
    expect(await db.stationActivities.get(opening.value.id)).toEqual(opening.value);
    expect(outboxRows((await db.outbox.toArray()).slice(-1))).toEqual([
      ['stationActivities', opening.value.id, at('2023-10-10')],
    ]);
    const roadshow = await activity(
      station.id,
      { kind: 'roadshow', title: '海洋装备项目路演', participants: '40', expertsServed: '5' },
      '2024-06-20',
    );
    const salon = await activity(
      station.id,
      { kind: 'salon', title: '青年人才沙龙', participants: '30', expertsServed: '6' },
      '2025-03-10',
    );
    const removed = await deleteActivity(db, actor, salon.id, on('2025-03-12'));
    expect(removed).toEqual({ ok: true, value: { ...salon, ...by(actor, '2025-03-12'), deleted: true } });
    expect(await db.stationActivities.get(salon.id)).toEqual({ ...salon, ...by(actor, '2025-03-12'), deleted: true });
    expect(outboxRows((await db.outbox.toArray()).slice(-1))).toEqual([
      ['stationActivities', salon.id, at('2025-03-12')],
    ]);
    expect(await deleteActivity(db, actor, salon.id, on('2025-03-12'))).toEqual({
      ok: false,
      code: 'not-found',
      message: '该活动不存在或已删除',
      fields: {},
    });
    const lecture = await activity(
      station.id,
      { kind: 'lecture', title: '海洋新材料专家讲座', participants: '50', expertsServed: '4' },
      '2025-10-10',
    );
    const after = await activity(station.id, { kind: 'forum', title: '技术交流会' }, '2025-10-11');
    expect((await stationActivities(db, station.id)).map((a) => a.id)).toEqual([
      after.id,
      lecture.id,
      roadshow.id,
      opening.value.id,
      before.id,
    ]);

    // 报送年度工作计划 (the district window) and 工作总结 (the city): each needs the document.
    expect(
      await step(actor, 'district', station.id, 'plan', { date: '2024-01-20', year: '2024' }, '2024-01-20'),
    ).toEqual({
      ok: false,
      code: 'invalid',
      message: '请更正标出的内容',
      fields: { evidence: '请附上报送的文件' },
    });
    const plan = await accepted(
      actor,
      'district',
      station.id,
      'plan',
      { date: '2024-01-20', year: '2024' },
      '2024-01-20',
      ['sha-plan-2024'],
    );
    expected = { ...expected, ...by(actor, '2024-01-20') };
    expect(plan.station).toEqual(expected);
    expect(plan.event).toEqual({
      ...common(plan.event.id, actor, '2024-01-20'),
      step: 'plan',
      from: 'designated',
      to: 'designated',
      date: '2024-01-20',
      details: { date: '2024-01-20', year: '2024' },
      evidence: ['sha-plan-2024'],
      evaluation: null,
    });
    history.push(plan.event);

    const summary = await accepted(
      city,
      'city',
      station.id,
      'summary',
      { date: '2025-01-25', year: '2024' },
      '2025-01-25',
      ['sha-summary-2024'],
    );
    expected = { ...expected, ...by(city, '2025-01-25') };
    expect(summary.station).toEqual(expected);
    expect(summary.event).toEqual({
      ...common(summary.event.id, city, '2025-01-25'),
      step: 'summary',
      from: 'designated',
      to: 'designated',
      date: '2025-01-25',
      details: { date: '2025-01-25', year: '2024' },
      evidence: ['sha-summary-2024'],
      evaluation: null,
    });
    history.push(summary.event);

    // 记录评估 on 2025-10-10 (two years after 公布), recorded on 2025-10-15: 限期整改.
    // Counted: 2023-10-10 (80 people, 12 experts), 2024-06-20 (5), 2025-10-10 (4) — not the day before 公布,
    // not the deleted 沙龙, not 2025-10-11.
    const input = evaluationInput('rectify', {
      items: [
        { score: '80', note: '' },
        { score: '75', note: '' },
        { score: '70', note: '' },
        { score: '40', note: ' 活动场次偏少 ' },
        { score: '60.5', note: '' },
        { score: '90', note: '计划、总结按时报送' },
      ],
      rectifyItems: ' 每季度至少举办一次专家交流活动 ',
      rectifyDeadline: '2026-01-10',
    });
    const evaluated = await accepted(
      city,
      'city',
      station.id,
      'evaluate',
      { date: '2025-10-10' },
      '2025-10-15',
      ['sha-evaluation'],
      input,
    );
    expected = {
      ...expected,
      ...by(city, '2025-10-15'),
      status: 'rectifying',
      rectification: { items: '每季度至少举办一次专家交流活动', deadline: '2026-01-10', orderedOn: '2025-10-10' },
    };
    expect(evaluated.station).toEqual(expected);
    expect(evaluated.event).toEqual({
      ...common(evaluated.event.id, city, '2025-10-15'),
      step: 'evaluate',
      from: 'designated',
      to: 'rectifying',
      date: '2025-10-10',
      details: { date: '2025-10-10' },
      evidence: ['sha-evaluation'],
      evaluation: {
        dueDate: '2025-10-10',
        periodStart: '2023-10-10',
        items: [
          { score: 80, note: '' },
          { score: 75, note: '' },
          { score: 70, note: '' },
          { score: 40, note: '活动场次偏少' },
          { score: 60.5, note: '' },
          { score: 90, note: '计划、总结按时报送' },
        ],
        activityCount: 3,
        servedCount: 21,
        outcome: 'rectify',
        subsidyWan: null,
        decisionReference: '',
        rectifyItems: '每季度至少举办一次专家交流活动',
        rectifyDeadline: '2026-01-10',
      },
    });
    history.push(evaluated.event);

    // 取消称号: not before the rectification deadline.
    const revokeData = { date: '2026-01-09', reference: '威人社字〔2026〕3号', reason: '整改期间仍未开展专家交流活动' };
    expect(await step(city, 'city', station.id, 'revoke', revokeData, '2026-01-09')).toEqual({
      ok: false,
      code: 'invalid',
      message: '请更正标出的内容',
      fields: { date: '整改期限至 2026-01-10；期限届满、整改后仍不能正常发挥作用的，才取消称号（第十七条）' },
    });
    const revoked = await accepted(
      city,
      'city',
      station.id,
      'revoke',
      { ...revokeData, date: '2026-01-11' },
      '2026-01-11',
      ['sha-revocation'],
    );
    expected = { ...expected, ...by(city, '2026-01-11'), status: 'revoked', revokedOn: '2026-01-11' };
    expect(revoked.station).toEqual(expected);
    expect(revoked.event).toEqual({
      ...common(revoked.event.id, city, '2026-01-11'),
      step: 'revoke',
      from: 'rectifying',
      to: 'revoked',
      date: '2026-01-11',
      details: { date: '2026-01-11', reference: '威人社字〔2026〕3号', reason: '整改期间仍未开展专家交流活动' },
      evidence: ['sha-revocation'],
      evaluation: null,
    });
    history.push(revoked.event);

    // The file is closed: no more 基本信息, activities or steps.
    const frozen = await snapshot();
    expect(await updateStation(db, city, station.id, { ...fields, name: '新名称' }, on('2026-01-12'))).toEqual({
      ok: false,
      code: 'not-allowed',
      message: '该驿站的档案已办结，不能再修改基本信息',
      fields: {},
    });
    expect(
      await saveActivity(
        db,
        actor,
        { ...lecture, participants: '10', expertsServed: '1', date: '2026-01-12' },
        undefined,
        on('2026-01-12'),
      ),
    ).toEqual({ ok: false, code: 'not-allowed', message: '该驿站已取消称号，不能再记录活动', fields: {} });
    expect(await deleteActivity(db, city, lecture.id, on('2026-01-12'))).toEqual({
      ok: false,
      code: 'not-allowed',
      message: '该驿站已取消称号，不能再修改活动记录',
      fields: {},
    });
    expect(await snapshot()).toEqual(frozen);
    expect(
      await step(city, 'city', station.id, 'review-rectification', { date: '2026-01-12', opinion: '—' }, '2026-01-12'),
    ).toEqual({
      ok: false,
      code: 'not-allowed',
      message: '驿站现为“已取消称号”，不能“整改验收合格”',
      fields: {},
    });

    // The history is every event as it was written, in the order things happened.
    expect(await stationEvents(db, station.id)).toEqual(history);
    expect(history.map((e) => [e.step, e.from, e.to, e.date])).toEqual([
      ['apply', 'draft', 'applied', '2023-09-05'],
      ['select', 'applied', 'selected', '2023-09-20'],
      ['publicize', 'selected', 'publicizing', '2023-09-27'],
      ['object', 'publicizing', 'publicizing', '2023-09-28'],
      ['settle', 'publicizing', 'publicizing', '2023-10-08'],
      ['publish', 'publicizing', 'designated', '2023-10-10'],
      ['plan', 'designated', 'designated', '2024-01-20'],
      ['summary', 'designated', 'designated', '2025-01-25'],
      ['evaluate', 'designated', 'rectifying', '2025-10-10'],
      ['revoke', 'rectifying', 'revoked', '2026-01-11'],
    ]);
    expect(await db.stations.get(station.id)).toEqual(expected);
  });

  it('returns to 已认定 after 整改验收合格; the next evaluation counts from the day after the last', async () => {
    db = freshDb();
    const station = await designated();
    const counted = await activity(
      station.id,
      { title: '评估日的讲座', participants: '50', expertsServed: '4' },
      '2025-10-10',
    );
    const next = await activity(
      station.id,
      { kind: 'forum', title: '海洋装备技术论坛', participants: '35', expertsServed: '7' },
      '2025-10-11',
    );
    const rectify = evaluationInput('rectify', { rectifyItems: '完善管理制度', rectifyDeadline: '2026-01-10' });
    const evaluated = await accepted(
      city,
      'city',
      station.id,
      'evaluate',
      { date: '2025-10-10' },
      '2025-10-11',
      [],
      rectify,
    );
    expect(evaluated.event.evaluation).toMatchObject({ periodStart: '2023-10-10', activityCount: 1, servedCount: 4 });
    expect(evaluated.station).toMatchObject({
      status: 'rectifying',
      rectification: { items: '完善管理制度', deadline: '2026-01-10', orderedOn: '2025-10-10' },
    });

    const reviewed = await accepted(
      city,
      'city',
      station.id,
      'review-rectification',
      { date: '2025-12-20', opinion: '已按期整改，验收合格' },
      '2025-12-20',
      ['sha-review'],
    );
    expect(reviewed.station).toEqual({
      ...evaluated.station,
      ...by(city, '2025-12-20'),
      status: 'designated',
      rectification: null,
    });
    expect(reviewed.event).toEqual({
      ...made(reviewed.event.id, city, '2025-12-20'),
      stationId: station.id,
      step: 'review-rectification',
      from: 'rectifying',
      to: 'designated',
      date: '2025-12-20',
      details: { date: '2025-12-20', opinion: '已按期整改，验收合格' },
      evidence: ['sha-review'],
      evaluation: null,
    });
    expect(
      await step(city, 'city', station.id, 'revoke', { date: '2025-12-21', reference: '—', reason: '—' }, '2025-12-21'),
    ).toEqual({ ok: false, code: 'not-allowed', message: '驿站现为“已认定”，不能“取消称号”', fields: {} });

    // The second evaluation answers 2027-10-10 and counts from 2025-10-11: the forum only.
    const passed = await accepted(
      city,
      'city',
      station.id,
      'evaluate',
      { date: '2027-10-11' },
      '2027-10-11',
      [],
      evaluationInput('pass'),
    );
    expect(passed.station).toEqual({ ...reviewed.station, ...by(city, '2027-10-11') });
    expect(passed.event).toMatchObject({ from: 'designated', to: 'designated', date: '2027-10-11' });
    expect(passed.event.evaluation).toEqual({
      dueDate: '2027-10-10',
      periodStart: '2025-10-11',
      items: [80, 75, 70, 60, 65, 70].map((score) => ({ score, note: '' })),
      activityCount: 1,
      servedCount: 7,
      outcome: 'pass',
      subsidyWan: null,
      decisionReference: '',
      rectifyItems: '',
      rectifyDeadline: '',
    });
    expect((await stationEvents(db, station.id)).map((e) => e.step)).toEqual([
      'apply',
      'select',
      'publicize',
      'publish',
      'evaluate',
      'review-rectification',
      'evaluate',
    ]);
    expect((await db.stationEvents.get(evaluated.event.id))?.evaluation).toEqual(evaluated.event.evaluation);
    expect([counted.date, next.date]).toEqual(['2025-10-10', '2025-10-11']);
  });

  it('ends in 未入选 with 公示未通过 after an upheld objection, which also stops 核准公布', async () => {
    db = freshDb();
    const station = await publicizing();
    const objected = await accepted(
      city,
      'city',
      station.id,
      'object',
      { date: '2023-10-09', content: '反映依托单位未实际提供运行经费' },
      '2023-10-09',
    );
    const publishData = { date: '2023-10-10', reference: '威人社字〔2023〕45号', plaqueDate: '2023-10-10' };
    expect(await step(city, 'city', station.id, 'publish', publishData, '2023-10-10')).toEqual({
      ok: false,
      code: 'not-allowed',
      message: '还有 1 条异议未处理，处理后才能核准公布',
      fields: {},
    });
    const settleData = {
      date: '2023-10-10',
      objection: objected.event.id,
      settlement: '经核查，运行经费未到位',
      upheld: 'yes',
    };
    await accepted(city, 'city', station.id, 'settle', settleData, '2023-10-10');
    expect(await step(city, 'city', station.id, 'settle', settleData, '2023-10-10')).toEqual({
      ok: false,
      code: 'invalid',
      message: '请更正标出的内容',
      fields: { objection: '该异议已于 2023-10-10 处理' },
    });
    expect(await step(city, 'city', station.id, 'publish', publishData, '2023-10-10')).toEqual({
      ok: false,
      code: 'not-allowed',
      message: '公示中有成立的异议，不能核准公布（第七条：公示无异议的，予以批复）；请记录“公示未通过”',
      fields: {},
    });

    const failed = await accepted(
      city,
      'city',
      station.id,
      'publicity-fail',
      { date: '2023-10-10', reason: '异议经核查成立：运行经费未到位' },
      '2023-10-10',
    );
    expect(failed.station).toEqual({ ...station, ...by(city, '2023-10-10'), status: 'not-selected' });
    expect(failed.event).toEqual({
      ...made(failed.event.id, city, '2023-10-10'),
      stationId: station.id,
      step: 'publicity-fail',
      from: 'publicizing',
      to: 'not-selected',
      date: '2023-10-10',
      details: { date: '2023-10-10', reason: '异议经核查成立：运行经费未到位' },
      evidence: [],
      evaluation: null,
    });
    expect(await updateStation(db, actor, station.id, fields, on('2023-10-11'))).toMatchObject({
      ok: false,
      code: 'not-allowed',
      message: '该驿站的档案已办结，不能再修改基本信息',
    });
  });
});

describe('the activity log', () => {
  it('refuses an activity dated after today or for a missing station, writing nothing', async () => {
    db = freshDb();
    const station = await designated();
    const before = await snapshot();
    const input: ActivityInput = {
      stationId: station.id,
      kind: 'lecture',
      title: '专家讲座',
      date: '2024-03-02',
      participants: '10',
      expertsServed: '1',
      outcomes: '',
      photos: [],
    };
    expect(await saveActivity(db, actor, input, undefined, on('2024-03-01'))).toEqual({
      ok: false,
      code: 'invalid',
      message: '请更正标出的内容',
      fields: { date: '活动日期不能晚于今天（2024-03-01）；计划中的活动请在举办后记录' },
    });
    expect(
      await saveActivity(db, actor, { ...input, stationId: 'no-such-station' }, undefined, on('2024-03-02')),
    ).toEqual({ ok: false, code: 'not-found', message: '该驿站不存在或已删除', fields: {} });
    expect(await snapshot()).toEqual(before);
  });

  it('keeps a revoked station’s log closed, even to a correction sent with another station', async () => {
    db = freshDb();
    const station = await designated();
    const other = await newStation(actor, { name: '环翠区第二人才驿站' }, '2024-01-02');
    const logged = await activity(station.id, { title: '专家讲座' }, '2024-03-01');
    const rectify = evaluationInput('rectify', { rectifyItems: '完善管理制度', rectifyDeadline: '2026-01-10' });
    await accepted(city, 'city', station.id, 'evaluate', { date: '2025-10-10' }, '2025-10-10', [], rectify);
    const data = { date: '2026-01-11', reference: '威人社字〔2026〕3号', reason: '整改期满仍不能发挥作用' };
    await accepted(city, 'city', station.id, 'revoke', data, '2026-01-11');
    const before = await snapshot();
    const correction: ActivityInput = {
      stationId: other.id,
      kind: 'lecture',
      title: '专家讲座（更正）',
      date: '2024-03-01',
      participants: '10',
      expertsServed: '1',
      outcomes: '',
      photos: [],
    };
    expect(await saveActivity(db, actor, correction, logged.id, on('2026-01-12'))).toEqual({
      ok: false,
      code: 'not-allowed',
      message: '该驿站已取消称号，不能再记录活动',
      fields: {},
    });
    expect(await deleteActivity(db, actor, logged.id, on('2026-01-12'))).toMatchObject({
      ok: false,
      code: 'not-allowed',
    });
    expect(await snapshot()).toEqual(before);
  });

  it('saves corrections to an activity in place', async () => {
    db = freshDb();
    const station = await designated();
    const saved = await activity(station.id, { title: '专家讲座' }, '2024-03-01');
    const corrected = await saveActivity(
      db,
      city,
      {
        stationId: station.id,
        kind: 'training',
        title: '企业人才培训',
        date: '2024-02-29',
        participants: '25',
        expertsServed: '3',
        outcomes: '培训 25 人',
        photos: ['sha-photo'],
      },
      saved.id,
      on('2024-03-02'),
    );
    const expected = {
      ...saved,
      ...by(city, '2024-03-02'),
      kind: 'training',
      title: '企业人才培训',
      date: '2024-02-29',
      participants: 25,
      expertsServed: 3,
      outcomes: '培训 25 人',
      photos: ['sha-photo'],
    };
    expect(corrected).toEqual({ ok: true, value: expected });
    expect(await stationActivities(db, station.id)).toEqual([expected]);
    expect(outboxRows((await db.outbox.toArray()).slice(-2))).toEqual([
      ['stationActivities', saved.id, at('2024-03-01')],
      ['stationActivities', saved.id, at('2024-03-02')],
    ]);
  });
});
