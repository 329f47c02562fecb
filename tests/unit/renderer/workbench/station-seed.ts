import type { TalentCardDb } from '../../../../src-renderer/store/db';
import type { Actor } from '../../../../src-renderer/store/device';
import { createStation, type StationStepRequest, takeStationStep } from '../../../../src-renderer/store/stations';
import { emptyEvaluationInput } from '../../../../src-shared/stations/evaluation';
import { emptyStationFields } from '../../../../src-shared/stations/station';
import { actor } from '../store/helpers';

/*
 * Stations for the 工作台 tests, made only through the store's functions,
 * for TODAY = 2026-06-10 (a Wednesday). Worked out by hand:
 * - 公示A: 公示 from Monday 2026-06-01, 5 working days to Friday 06-05: ended 5 days ago;
 * - 公示B: 公示 from Monday 2026-06-08 to Friday 06-12: 2 working days after today (11th, 12th);
 * - 评估C: approved 2024-07-01, first evaluation due 2026-07-01: 21 days left; 2026 plan and
 *   2025 summary filed;
 * - 报告D: approved 2025-03-03 (evaluation due 2027-03-03: not listed); its 2026 plan filed, its
 *   2025 summary (due 2026-01-31) not: 130 days overdue (28 + 31 + 30 + 31 + 10);
 * - 整改E: approved 2022-06-01, evaluated 2024-05-20 with rectification by 2026-06-30 (20 days
 *   left); its second evaluation was due 2026-06-01: 9 days overdue; reports filed;
 * - 草稿F: a draft; 删除G: 公示中 but deleted on another device. Neither is listed.
 */

export const TODAY = '2026-06-10';

const CITY: Actor = { ...actor, districtCode: 'SJ', staffName: '市窗口' };

/** 12:00 in UTC: the same calendar day in any test machine's zone from UTC−11 to UTC+11. */
const at = (date: string) => new Date(`${date}T12:00:00.000Z`);

export interface SeededStations {
  publicityEnded: string;
  publicityOpen: string;
  evaluationDue: string;
  reportsDue: string;
  rectifying: string;
  draft: string;
  deleted: string;
}

export async function seedStations(db: TalentCardDb): Promise<SeededStations> {
  const make = async (name: string, district: string, made: string) => {
    // A window files only its own district's stations: each is made at its district's window.
    const created = await createStation(
      db,
      { ...actor, districtCode: district },
      {
        ...emptyStationFields(),
        name,
        hostName: `${name}依托单位`,
        hostUscc: '91371000MA3C00001Q',
        district,
        hostAddress: '威海市',
        contacts: [{ name: '张三', title: '主任', phone: '13812345678' }],
        functions: ['liaison'],
        conditions: { venue: '有', industry: '有', experts: '有', management: '有' },
        conditionEvidence: { venue: ['a'], industry: ['b'], experts: ['c'], management: ['d'] },
      },
      at(made),
    );
    if (!created.ok) throw new Error(`${name}: ${created.message} ${JSON.stringify(created.fields)}`);
    return created.value.id;
  };
  const step = async (
    stationId: string,
    id: StationStepRequest['step'],
    data: Record<string, string>,
    extra: Partial<StationStepRequest> = {},
  ) => {
    const result = await takeStationStep(
      db,
      CITY,
      'city',
      { stationId, step: id, data, evidence: [], ...extra },
      at(data.date ?? ''),
    );
    if (!result.ok) throw new Error(`${id} ${data.date}: ${result.message} ${JSON.stringify(result.fields)}`);
  };
  const toPublicity = async (id: string, applied: string, publicized: string) => {
    await step(id, 'apply', { date: applied, recommendation: '同意推荐' });
    await step(id, 'select', { date: applied, experts: '王专家', opinion: '符合条件' });
    await step(id, 'publicize', { date: publicized });
  };
  const designate = async (id: string, applied: string, publicized: string, approved: string) => {
    await toPublicity(id, applied, publicized);
    await step(id, 'publish', { date: approved, reference: '威人才办〔2021〕5号', plaqueDate: approved });
  };
  const file = async (id: string, kind: 'plan' | 'summary', year: string, date: string) =>
    step(id, kind, { date, year }, { evidence: [`sha-${kind}-${year}`] });

  const publicityEnded = await make('公示A驿站', 'HC', '2026-05-01');
  await toPublicity(publicityEnded, '2026-05-06', '2026-06-01');
  const publicityOpen = await make('公示B驿站', 'WD', '2026-05-01');
  await toPublicity(publicityOpen, '2026-05-06', '2026-06-08');

  const evaluationDue = await make('评估C驿站', 'RC', '2024-05-01');
  await designate(evaluationDue, '2024-05-06', '2024-06-17', '2024-07-01');
  await file(evaluationDue, 'summary', '2025', '2026-01-15');
  await file(evaluationDue, 'plan', '2026', '2026-01-15');

  const reportsDue = await make('报告D驿站', 'GX', '2025-01-02');
  await designate(reportsDue, '2025-01-06', '2025-02-17', '2025-03-03');
  await file(reportsDue, 'plan', '2026', '2026-01-20');

  const rectifying = await make('整改E驿站', 'RS', '2022-04-01');
  await designate(rectifying, '2022-04-06', '2022-05-16', '2022-06-01');
  await step(
    rectifying,
    'evaluate',
    { date: '2024-05-20' },
    {
      evaluation: {
        ...emptyEvaluationInput(),
        items: ['60', '60', '60', '60', '60', '60'].map((score) => ({ score, note: '' })),
        outcome: 'rectify',
        rectifyItems: '活动场次不足',
        rectifyDeadline: '2026-06-30',
      },
    },
  );
  await file(rectifying, 'summary', '2025', '2026-01-10');
  await file(rectifying, 'plan', '2026', '2026-01-10');

  const draft = await make('草稿F驿站', 'HC', '2026-06-01');
  const deleted = await make('删除G驿站', 'HC', '2026-05-01');
  await toPublicity(deleted, '2026-05-06', '2026-06-01');
  // The one direct write: a tombstone as sync leaves it (no store function deletes a station).
  await db.stations.update(deleted, { deleted: true });

  return { publicityEnded, publicityOpen, evaluationDue, reportsDue, rectifying, draft, deleted };
}

/** 核准公布并授牌 for a station whose 公示 has ended. */
export async function publish(db: TalentCardDb, stationId: string, date: string): Promise<void> {
  const result = await takeStationStep(
    db,
    CITY,
    'city',
    {
      stationId,
      step: 'publish',
      data: { date, reference: '威人才办〔2026〕3号', plaqueDate: date },
      evidence: [],
    },
    at(date),
  );
  if (!result.ok) throw new Error(result.message);
}
