/**
 * The station measures' numbers, one entry per version of the policy. A
 * renewed policy is a new entry here; each station records the version its
 * designation was made under (at 申报) and is handled by that version's
 * numbers from then on.
 */
export interface StationPolicy {
  id: string;
  /** 文件名称 and 文号, as shown to staff. */
  title: string;
  document: string;
  /** First and last day in force (第十八条). */
  effectiveFrom: string;
  effectiveUntil: string;
  /** 第七条 (三): 公示期为 5 个工作日. */
  publicityWorkingDays: number;
  /** 第十六条: 每两年对驿站进行一次评估. */
  evaluationIntervalYears: number;
  /** 第九条: 给予每个示范站 5-20 万元的建站补助. */
  demonstrationSubsidyWan: { min: number; max: number };
  /**
   * Not set by the measures; the city's working practice, kept here so it
   * changes in one place: each of the six evaluation items is scored out of
   * this, and the year's 工作计划 / 工作总结 (第十六条 (六)) are due on these
   * days (the plan in its own year, the summary in the year after).
   */
  evaluationItemMaxScore: number;
  planDue: { month: number; day: number };
  summaryDue: { month: number; day: number };
}

export const STATION_POLICIES: readonly StationPolicy[] = [
  {
    id: 'weihai-2020',
    title: '威海市高层次人才驿站管理暂行办法',
    document: '威人组发〔2020〕10号',
    effectiveFrom: '2020-12-14',
    effectiveUntil: '2023-12-13',
    publicityWorkingDays: 5,
    evaluationIntervalYears: 2,
    demonstrationSubsidyWan: { min: 5, max: 20 },
    evaluationItemMaxScore: 100,
    planDue: { month: 1, day: 31 },
    summaryDue: { month: 1, day: 31 },
  },
];

export interface PolicyChoice {
  policy: StationPolicy;
  /**
   * True when no version is in force on the date and the latest earlier one
   * is continued; the UI says so, and a renewed policy should be added here.
   */
  continued: boolean;
}

/**
 * The version a designation applied for on `date` is made under: the one in
 * force that day, or else the latest that took effect before it (continued);
 * null before the first took effect.
 */
export function policyFor(date: string): PolicyChoice | null {
  const inForce = STATION_POLICIES.find((p) => p.effectiveFrom <= date && date <= p.effectiveUntil);
  if (inForce) return { policy: inForce, continued: false };
  const earlier = STATION_POLICIES.filter((p) => p.effectiveFrom <= date).sort((a, b) =>
    b.effectiveFrom.localeCompare(a.effectiveFrom),
  );
  return earlier[0] ? { policy: earlier[0], continued: true } : null;
}

/** A recorded version, or the first one for records that name none or an unknown one. */
export function policyById(id: string | null): StationPolicy {
  return STATION_POLICIES.find((p) => p.id === id) ?? (STATION_POLICIES[0] as StationPolicy);
}

/** 《…》（文号）, as shown to staff. */
export function policyTitle(policy: StationPolicy): string {
  return `《${policy.title}》（${policy.document}）`;
}
