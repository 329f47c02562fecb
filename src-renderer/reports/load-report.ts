import { buildReport, type CardReport, type MonthRange, type ReportSubject } from '../../src-shared/cards/report';
import type { ApplicationRow, TalentCardDb } from '../store/db';

/** Rows read per step: bounded memory on a store of 100 000 applications. */
const CHUNK = 2000;

/**
 * Every application, reduced to the fields the report counts, read in
 * chunks by primary key so the full records (resumes, opinions…) are never
 * all held at once. Works inside a live query.
 */
export async function reportSubjects(db: TalentCardDb): Promise<ReportSubject[]> {
  const subjects: ReportSubject[] = [];
  let after: string | null = null;
  for (;;) {
    const rows: ApplicationRow[] = await (after === null
      ? db.applications.orderBy(':id')
      : db.applications.where(':id').above(after)
    )
      .limit(CHUNK)
      .toArray();
    for (const { category, status, district, createdAt, deleted } of rows) {
      subjects.push({ category, status, district, createdAt, deleted });
    }
    if (rows.length < CHUNK) return subjects;
    after = rows[rows.length - 1]?.id ?? null;
  }
}

/** The 统计报表 over the store's applications made within the month range. */
export async function loadReport(db: TalentCardDb, range: MonthRange): Promise<CardReport> {
  return buildReport(await reportSubjects(db), range);
}
