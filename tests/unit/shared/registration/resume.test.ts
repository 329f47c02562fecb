import { describe, expect, it } from 'vitest';
import type { Resume, ResumeEntry } from '../../../../src-shared/registration/application';
import { validateResume } from '../../../../src-shared/registration/rules/resume';
import { TODAY } from './fixtures';

const entry = (from: string, to: string | null, organisation = '威海某公司', position = '经理'): ResumeEntry => ({
  from,
  to,
  organisation,
  position,
});

const resume = (entries: ResumeEntry[], overlapsConfirmed = false): Resume => ({
  entries,
  remark: '',
  overlapsConfirmed,
});

const check = (r: Resume, birthMonth: string | null = '1980-05') => validateResume(r, { birthMonth, today: TODAY });

describe('validateResume', () => {
  it('accepts entries in order, a job change within the same month, and 至今 at the end', () => {
    const result = check(resume([entry('2002-07', '2010-03'), entry('2010-03', '2018-12'), entry('2019-01', null)]));
    expect(result).toEqual({ errors: {}, warnings: {} });
  });

  it('accepts several current posts at the end', () => {
    const result = check(resume([entry('2002-07', '2010-03'), entry('2010-04', null), entry('2015-01', null)], true));
    expect(result.errors).toEqual({});
  });

  it('asks for at least one entry', () => {
    expect(check(resume([])).errors).toEqual({ 'resume.entries': '请至少填写一段工作简历' });
  });

  it('requires 起始年月, 单位 and 职务 on each entry', () => {
    expect(check(resume([entry('', '2010-01', ' ', '')])).errors).toEqual({
      'resume.entries.0.from': '请填写起始年月',
      'resume.entries.0.organisation': '请填写单位',
      'resume.entries.0.position': '请填写职务',
    });
  });

  it('allows 至今 only for the last entries', () => {
    expect(check(resume([entry('2002-07', null), entry('2010-03', '2012-01')], true)).errors).toEqual({
      'resume.entries.0.to': '只有最后的（仍在任的）经历才能填“至今”，请填写截止年月，或把这一段移到最后',
    });
  });

  it('explains an empty 截止年月', () => {
    expect(check(resume([entry('2002-07', '')])).errors).toEqual({
      'resume.entries.0.to': '请填写截止年月；如仍在该单位任职，请选择“至今”',
    });
  });

  it('refuses an end before the start', () => {
    expect(check(resume([entry('2010-05', '2010-04')])).errors).toEqual({
      'resume.entries.0.to': '截止年月 2010-04 早于起始年月 2010-05，请核对',
    });
  });

  it('refuses months in the future', () => {
    expect(check(resume([entry('2025-07', null)])).errors).toEqual({
      'resume.entries.0.from': '起始年月 2025-07 晚于本月（2025-06），请核对',
    });
    expect(check(resume([entry('2020-01', '2025-07')])).errors).toEqual({
      'resume.entries.0.to': '截止年月 2025-07 晚于本月（2025-06）；如仍在任，请选择“至今”',
    });
    expect(check(resume([entry('2020-01', '2025-06')])).errors).toEqual({});
  });

  it('warns, without an error, about work before the 16th birthday month', () => {
    const early = check(resume([entry('1996-04', null)]), '1980-05');
    expect(early.errors).toEqual({});
    expect(early.warnings).toEqual({
      'resume.entries.0.from': '起始年月 1996-04 早于申领人年满 16 周岁的月份（1996-05），请核对',
    });
    expect(check(resume([entry('1996-05', null)]), '1980-05').warnings).toEqual({});
    expect(check(resume([entry('1996-04', null)]), null).warnings).toEqual({});
    expect(check(resume([entry('1996-04', null)]), '1980-13').warnings).toEqual({});
  });

  it('requires time order by start', () => {
    expect(check(resume([entry('2010-01', '2012-01'), entry('2005-01', '2009-12')])).errors).toEqual({
      'resume.entries.1.from': '工作简历应按时间先后排列：本段起始年月 2005-01 早于上一段的 2010-01，请调整顺序',
    });
  });

  it('refuses overlapping periods unless staff confirmed them', () => {
    const overlapping = resume([entry('2005-01', '2012-06'), entry('2010-01', '2015-01')]);
    expect(check(overlapping).errors).toEqual({
      'resume.entries.1.from':
        '本段经历与第 1 段（2005-01 至 2012-06）时间重叠；如确为同时任职，请勾选“确认时间重叠无误”',
    });
    expect(check({ ...overlapping, overlapsConfirmed: true }).errors).toEqual({});
  });

  it('treats a still-held post as overlapping everything after it', () => {
    const result = check(resume([entry('2005-01', null), entry('2010-01', null)]));
    expect(result.errors).toEqual({
      'resume.entries.1.from': '本段经历与第 1 段（2005-01 至 今）时间重叠；如确为同时任职，请勾选“确认时间重叠无误”',
    });
  });

  it('checks the remark like other free text', () => {
    expect(check({ ...resume([entry('2005-01', null)]), remark: '备注\u0007' }).errors).toEqual({
      'resume.remark': '简历备注中含有制表符等不可见字符，请删除后重新输入',
    });
  });
});
