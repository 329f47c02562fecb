import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ResumeEntry } from '../../../src-shared/registration/application';
import type { ApplicationExport } from '../../../src-shared/registration/export';

export const root = join(import.meta.dirname, '..', '..', '..');
export const EXAMPLE_FILE = join(root, 'docs', 'examples', 'application.json');

/** The worked example of docs/examples: a valid application with a JPEG photo. */
export function example(): ApplicationExport {
  return JSON.parse(readFileSync(EXAMPLE_FILE, 'utf8')) as ApplicationExport;
}

/** The example with changes to the application (deeply merged one level down). */
export function withApplicant(overrides: Partial<ApplicationExport['application']['applicant']>): ApplicationExport {
  const data = example();
  data.application.applicant = { ...data.application.applicant, ...overrides };
  return data;
}

/** Forty consecutive posts, the last one held now. */
export function longResume(count = 40): ResumeEntry[] {
  const entries: ResumeEntry[] = [];
  let year = 2001;
  let month = 7;
  const pad = (m: number) => String(m).padStart(2, '0');
  for (let i = 0; i < count; i++) {
    const from = `${year}-${pad(month)}`;
    month += 7;
    if (month > 12) {
      month -= 12;
      year++;
    }
    const last = i === count - 1;
    entries.push({
      from,
      to: last ? null : `${year}-${pad(month)}`,
      organisation:
        i % 5 === 0 ? `威海第${i + 1}精密机械制造有限公司国际贸易与海外市场拓展事业部` : `威海第${i + 1}机械厂`,
      position: i % 3 === 0 ? '副总经理兼技术中心主任' : '工程师',
    });
  }
  return entries;
}

const PARAGRAPH =
  '项目计划总投资 15 亿元，分两期建设碳纤维复合材料预浸料、风电叶片主梁和轨道交通轻量化部件生产线，' +
  '一期建设 6 条生产线及配套研发中心，二期扩建 4 条生产线并建设检测认证平台，达产后年产值约 20 亿元。';

/** 概况 of about 1,800 characters in paragraphs, near its 2,000-character limit. */
export function longOverview(): string {
  return Array.from({ length: 17 }, (_, i) => `${i + 1}. ${PARAGRAPH}`).join('\n');
}

export function longForm(): ApplicationExport {
  const data = example();
  data.application.resume.entries = longResume();
  data.application.resume.remark = '以上经历均经本人确认。';
  if (data.project) data.project.overview = longOverview();
  return data;
}
