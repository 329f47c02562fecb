import { describe, expect, it } from 'vitest';
import type { Role } from '../../../../src-shared/api/roles';
import { STATION_STATUSES, type StationStatus, type StationStepId } from '../../../../src-shared/stations/station';
import {
  allowedStationSteps,
  cityOnlyStationStatuses,
  findStationStep,
  STATION_STEPS,
  stationStepBetween,
} from '../../../../src-shared/stations/workflow';

/*
 * Written out by hand from 《威海市高层次人才驿站管理暂行办法》 (威人组发〔2020〕10 号), never read
 * from STATION_STEPS:
 * - 第七条 (一): a unit applies through its district HR bureau, or (市直单位, 高校院所) straight to the
 *   city; the window that receives it records 申报 — a district window or the city;
 * - 第七条 (二)–(四): the city assesses (认定), publicises for 5 working days (公示), handles objections
 *   and publishes (公布) with the plaque — city only;
 * - 第十六条 (六): the yearly plan and summary are filed by the station's district or the city;
 * - 第十六条, 第十七条: the city evaluates every two years, orders rectification, accepts it or revokes.
 * Admin accounts record nothing.
 */

const ALL_STATUSES: readonly StationStatus[] = [
  'draft',
  'applied',
  'selected',
  'not-selected',
  'publicizing',
  'designated',
  'rectifying',
  'revoked',
];

const ROLES: readonly Role[] = ['district', 'city', 'admin'];

type Row = Record<Role, readonly StationStepId[]>;
const none: Row = { district: [], city: [], admin: [] };

const EXPECTED: Record<StationStatus, Row> = {
  draft: { district: ['apply'], city: ['apply'], admin: [] },
  applied: { district: [], city: ['select', 'not-select'], admin: [] },
  selected: { district: [], city: ['publicize'], admin: [] },
  'not-selected': none,
  publicizing: { district: [], city: ['object', 'settle', 'publish', 'publicity-fail'], admin: [] },
  designated: { district: ['plan', 'summary'], city: ['plan', 'summary', 'evaluate'], admin: [] },
  rectifying: {
    district: ['plan', 'summary'],
    city: ['plan', 'summary', 'review-rectification', 'revoke'],
    admin: [],
  },
  revoked: none,
};

/** Every (from, to, role) some step allows; a record that keeps the status (计划, 异议 …) moves nowhere. */
const MOVES: readonly string[] = [
  'draft → applied by district',
  'draft → applied by city',
  'applied → selected by city',
  'applied → not-selected by city',
  'selected → publicizing by city',
  'publicizing → designated by city',
  'publicizing → not-selected by city',
  // 评估 keeps the title (合格, 表扬, 示范站) or orders rectification.
  'designated → designated by city',
  'designated → rectifying by city',
  'rectifying → designated by city',
  'rectifying → revoked by city',
];

const cases = ALL_STATUSES.flatMap((status) =>
  ROLES.map((role) => ({ status, role, expected: EXPECTED[status][role] })),
);

describe('the station workflow table', () => {
  it('covers every status there is', () => {
    expect([...STATION_STATUSES].sort()).toEqual([...ALL_STATUSES].sort());
  });

  it.each(cases)('from $status, $role may take exactly $expected', ({ status, role, expected }) => {
    expect(allowedStationSteps(status, role).map((s) => s.id)).toEqual(expected);
  });

  it('has thirteen steps, each found by its id', () => {
    expect(STATION_STEPS).toHaveLength(13);
    expect(findStationStep('publish').label).toBe('核准公布并授牌');
    expect(() => findStationStep('nonsense' as StationStepId)).toThrow();
  });

  it('starts every step with the day it happened', () => {
    for (const step of STATION_STEPS) expect(step.fields[0], step.id).toMatchObject({ key: 'date', kind: 'date' });
  });

  it('asks for the filed document with the yearly plan and summary only', () => {
    const required = STATION_STEPS.filter((s) => s.evidence === 'required').map((s) => s.id);
    expect(required).toEqual(['plan', 'summary']);
  });
});

describe('stationStepBetween', () => {
  it.each(ALL_STATUSES.flatMap((from) => ALL_STATUSES.flatMap((to) => ROLES.map((role) => ({ from, to, role })))))(
    '$from → $to by $role',
    ({ from, to, role }) => {
      expect(stationStepBetween(from, to, role)).toBe(MOVES.includes(`${from} → ${to} by ${role}`));
    },
  );
});

describe('cityOnlyStationStatuses', () => {
  it('is every status but 草稿 (nothing leads there) and 已申报 (a district window records 申报)', () => {
    expect([...cityOnlyStationStatuses()].sort()).toEqual(
      ['designated', 'not-selected', 'publicizing', 'rectifying', 'revoked', 'selected'].sort(),
    );
  });
});
