import type { Resume } from '../application';
import { addMonths, monthOf, parseMonth } from './dates';
import type { FieldErrors } from './field-errors';
import { parseOptionalText, parseRequiredText } from './text';

export const RESUME_ORGANISATION_MAX = 100;
export const RESUME_POSITION_MAX = 50;
export const RESUME_REMARK_MAX = 500;

/** Work before 16 is not lawful employment in China (劳动法 第十五条), so an earlier start is probably a typo. */
const WORKING_AGE = 16;

export interface ResumeContext {
  /** 出生年月 "YYYY-MM" when known and valid, else "" or null. */
  birthMonth: string | null;
  today: Date;
}

interface Period {
  index: number;
  from: string;
  /** null: 至今. */
  to: string | null;
}

/**
 * Checks 工作简历. Errors and warnings are keyed by field path
 * (`resume.entries.2.from`); warnings do not block registration.
 */
export function validateResume(resume: Resume, context: ResumeContext): { errors: FieldErrors; warnings: FieldErrors } {
  const errors: FieldErrors = {};
  const warnings: FieldErrors = {};
  const thisMonth = monthOf(context.today);
  const sixteen = validBirthMonth(context.birthMonth) ? addMonths(context.birthMonth, WORKING_AGE * 12) : null;

  if (resume.entries.length === 0) errors['resume.entries'] = '请至少填写一段工作简历';

  const periods: (Period | null)[] = resume.entries.map((entry, index) => {
    const path = `resume.entries.${index}`;
    const organisation = parseRequiredText(entry.organisation, '单位', RESUME_ORGANISATION_MAX);
    if (!organisation.ok) errors[`${path}.organisation`] = organisation.message;
    const position = parseRequiredText(entry.position, '职务', RESUME_POSITION_MAX);
    if (!position.ok) errors[`${path}.position`] = position.message;

    const from = parseMonth(entry.from, '起始年月');
    if (!from.ok) errors[`${path}.from`] = from.message;
    else if (from.value > thisMonth) errors[`${path}.from`] = `起始年月 ${from.value} 晚于本月（${thisMonth}），请核对`;
    else if (sixteen && from.value < sixteen) {
      warnings[`${path}.from`] = `起始年月 ${from.value} 早于申领人年满 16 周岁的月份（${sixteen}），请核对`;
    }

    let to: string | null = null;
    let toValid = true;
    if (entry.to !== null) {
      const parsed = parseMonth(entry.to, '截止年月');
      if (!parsed.ok) {
        toValid = false;
        errors[`${path}.to`] =
          entry.to.trim() === '' ? '请填写截止年月；如仍在该单位任职，请选择“至今”' : parsed.message;
      } else if (parsed.value > thisMonth) {
        toValid = false;
        errors[`${path}.to`] = `截止年月 ${parsed.value} 晚于本月（${thisMonth}）；如仍在任，请选择“至今”`;
      } else if (from.ok && parsed.value < from.value) {
        toValid = false;
        errors[`${path}.to`] = `截止年月 ${parsed.value} 早于起始年月 ${from.value}，请核对`;
      } else {
        to = parsed.value;
      }
    }
    return from.ok && toValid ? { index, from: from.value, to } : null;
  });

  checkCurrentPostsLast(resume, errors);
  checkOrderAndOverlaps(periods, resume.overlapsConfirmed, errors);

  const remark = parseOptionalText(resume.remark, '简历备注', RESUME_REMARK_MAX, { multiline: true });
  if (!remark.ok) errors['resume.remark'] = remark.message;
  return { errors, warnings };
}

function validBirthMonth(month: string | null): month is string {
  return month !== null && /^\d{4}-(?:0[1-9]|1[0-2])$/.test(month);
}

/** "至今" is only for the posts still held, which come last once the entries are in time order. */
function checkCurrentPostsLast(resume: Resume, errors: FieldErrors): void {
  const lastEnded = resume.entries.findLastIndex((entry) => entry.to !== null);
  resume.entries.forEach((entry, index) => {
    const key = `resume.entries.${index}.to`;
    if (entry.to === null && index < lastEnded && errors[key] === undefined) {
      errors[key] = '只有最后的（仍在任的）经历才能填“至今”，请填写截止年月，或把这一段移到最后';
    }
  });
}

function checkOrderAndOverlaps(periods: (Period | null)[], overlapsConfirmed: boolean, errors: FieldErrors): void {
  let previous: Period | null = null;
  const seen: Period[] = [];
  for (const period of periods) {
    if (!period) continue;
    const key = `resume.entries.${period.index}.from`;
    if (previous && period.from < previous.from) {
      errors[key] ??= `工作简历应按时间先后排列：本段起始年月 ${period.from} 早于上一段的 ${previous.from}，请调整顺序`;
    } else if (!overlapsConfirmed) {
      // Ending and starting in the same month is how people write a job change, not an overlap.
      const overlapping = seen.find((earlier) => earlier.to === null || period.from < earlier.to);
      if (overlapping) {
        errors[key] ??=
          `本段经历与第 ${overlapping.index + 1} 段（${overlapping.from} 至 ${overlapping.to ?? '今'}）时间重叠；` +
          '如确为同时任职，请勾选“确认时间重叠无误”';
      }
    }
    previous = period;
    seen.push(period);
  }
}
