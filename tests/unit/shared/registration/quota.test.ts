import { describe, expect, it } from 'vitest';
import type { ApplicationStatus } from '../../../../src-shared/registration/application';
import {
  BASE_PLACES_PER_PROJECT,
  canAddApplicant,
  countsTowardsQuota,
  placesFor,
  quotaState,
} from '../../../../src-shared/registration/rules/quota';
import { parseDocumentNumber, validateQuotaException } from '../../../../src-shared/registration/rules/quota-exception';
import { makeApplication, makeProject, TODAY } from './fixtures';

const exception = { extraPlaces: 2, documentNumber: '威人才办〔2024〕3号', documentDate: '2024-03-01' };

describe('places', () => {
  it('gives 3 places per project plus any 一事一议 places', () => {
    expect(BASE_PLACES_PER_PROJECT).toBe(3);
    expect(placesFor(makeProject())).toBe(3);
    expect(placesFor(makeProject({ quotaException: exception }))).toBe(5);
  });

  it.each([
    ['draft', false, true],
    ['registered', false, true],
    ['withdrawn', false, false],
    ['rejected', false, false],
    ['registered', true, false],
  ] as [ApplicationStatus, boolean, boolean][])(
    'a %s application (deleted: %s) counts: %s',
    (status, deleted, counts) => {
      expect(countsTowardsQuota({ status, deleted })).toBe(counts);
    },
  );
});

describe('quotaState', () => {
  it('counts only live applications of this project', () => {
    const project = makeProject();
    const apps = [
      makeApplication({ status: 'registered' }),
      makeApplication({ status: 'draft' }),
      makeApplication({ status: 'withdrawn' }),
      makeApplication({ status: 'registered', deleted: true }),
      makeApplication({ status: 'registered', projectId: 'project-2' }),
    ];
    expect(quotaState(project, apps)).toEqual({ limit: 3, used: 2, left: 1, overQuota: [] });
  });

  it('flags the applications created last when two devices went over the limit, dropping none', () => {
    const project = makeProject();
    const first = makeApplication({ createdAt: '2025-03-01T08:00:00.000Z', number: '2025GX-A1-0001' });
    const second = makeApplication({ createdAt: '2025-03-02T08:00:00.000Z', number: '2025GX-A1-0002' });
    const tieLater = makeApplication({ createdAt: '2025-03-03T08:00:00.000Z', number: '2025HC-B2-0002' });
    const tieEarlier = makeApplication({ createdAt: '2025-03-03T08:00:00.000Z', number: '2025HC-B2-0001' });
    const last = makeApplication({ createdAt: '2025-03-04T08:00:00.000Z', number: '2025GX-A1-0003' });
    const state = quotaState(project, [last, tieLater, first, tieEarlier, second]);
    expect(state.used).toBe(5);
    expect(state.left).toBe(0);
    expect(state.overQuota.map((a) => a.number)).toEqual(['2025HC-B2-0002', '2025GX-A1-0003']);
  });

  it('has room for the extra places of a 一事一议', () => {
    const project = makeProject({ quotaException: exception });
    const apps = [makeApplication(), makeApplication(), makeApplication(), makeApplication()];
    expect(quotaState(project, apps)).toMatchObject({ limit: 5, used: 4, left: 1, overQuota: [] });
  });
});

describe('canAddApplicant', () => {
  const project = makeProject();
  const three = [makeApplication(), makeApplication(), makeApplication({ status: 'draft' })];

  it('allows up to three people', () => {
    expect(canAddApplicant(project, three.slice(0, 2))).toEqual({ ok: true, value: null });
  });

  it('refuses a fourth, pointing to 一事一议', () => {
    expect(canAddApplicant(project, three)).toEqual({
      ok: false,
      message: '该项目已有 3 人申领，名额已满；重大项目可“一事一议”增加名额（需录入批准文号）',
    });
  });

  it('does not count the application being edited against itself', () => {
    expect(canAddApplicant(project, three, three[0]?.id)).toEqual({ ok: true, value: null });
  });

  it('frees the place of a withdrawn or rejected application', () => {
    const apps = [
      ...three.slice(0, 2),
      makeApplication({ status: 'rejected' }),
      makeApplication({ status: 'withdrawn' }),
    ];
    expect(canAddApplicant(project, apps).ok).toBe(true);
  });

  it('names the extra places when a 一事一议 is already used up', () => {
    const bigger = makeProject({ quotaException: exception });
    const five = [...three, makeApplication(), makeApplication()];
    expect(canAddApplicant(bigger, five.slice(0, 4)).ok).toBe(true);
    expect(canAddApplicant(bigger, five)).toEqual({
      ok: false,
      message:
        '该项目已有 5 人申领，名额已满（含“一事一议”增加的 2 个名额）；如需再增加，请录入新的批准文号并修改增加的名额',
    });
  });
});

describe('一事一议', () => {
  it('accepts a complete exception', () => {
    expect(validateQuotaException(exception, TODAY)).toEqual({});
  });

  it('normalises the brackets of a 文号', () => {
    for (const raw of ['威人才办[2024]3号', '威人才办（2024）3号', '威人才办【2024】03号', ' 威人才办 〔2024〕 3号 ']) {
      expect(parseDocumentNumber(raw, TODAY)).toEqual({ ok: true, value: '威人才办〔2024〕3号' });
    }
  });

  it('refuses each bad field with its own message', () => {
    expect(validateQuotaException({ extraPlaces: 0, documentNumber: '', documentDate: '2025-06-16' }, TODAY)).toEqual({
      'project.quotaException.extraPlaces': '增加的名额应为 1–20 之间的整数',
      'project.quotaException.documentNumber': '请填写批准文号，如 威人才办〔2024〕3号',
      'project.quotaException.documentDate': '批准日期 2025-06-16 晚于今天，请核对',
    });
    expect(validateQuotaException({ ...exception, extraPlaces: 1.5 }, TODAY)).toHaveProperty(
      ['project.quotaException.extraPlaces'],
      '增加的名额应为 1–20 之间的整数',
    );
    expect(validateQuotaException({ ...exception, extraPlaces: 21 }, TODAY)).toHaveProperty(
      ['project.quotaException.extraPlaces'],
      '增加的名额应为 1–20 之间的整数',
    );
    expect(validateQuotaException({ ...exception, extraPlaces: 20 }, TODAY)).toEqual({});
    expect(validateQuotaException({ ...exception, documentNumber: '同意' }, TODAY)).toEqual({
      'project.quotaException.documentNumber':
        '批准文号格式不正确，应为“机关代字〔年份〕序号号”，如 威人才办〔2024〕3号',
    });
    expect(validateQuotaException({ ...exception, documentNumber: '威人才办〔2026〕3号' }, TODAY)).toEqual({
      'project.quotaException.documentNumber': '批准文号中的年份 2026 晚于今年，请核对',
    });
    expect(validateQuotaException({ ...exception, documentNumber: '威人才办〔2019〕3号' }, TODAY)).toEqual({
      'project.quotaException.documentNumber': '批准文号中的年份 2019 早于“威海英才卡”政策发布的 2023 年，请核对',
    });
    expect(validateQuotaException({ ...exception, documentDate: '2024-02-30' }, TODAY)).toEqual({
      'project.quotaException.documentDate': '批准日期 2024-02-30 不存在，请核对',
    });
    expect(validateQuotaException({ ...exception, documentDate: '2023-01-31' }, TODAY)).toEqual({
      'project.quotaException.documentDate': '批准日期 2023-01-31 早于政策发布日期 2023-02-20，请核对',
    });
  });
});
