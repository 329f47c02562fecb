// Real PDFs with the real fonts, read back with poppler as a person's printer would see them.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadNodePdf, type NodePdf } from '../../../scripts/pdf';
import { MARGIN } from '../../../src-renderer/pdf/form-layout';
import type { GenerateResult } from '../../../src-renderer/pdf/types';
import type { ApplicationExport } from '../../../src-shared/registration/export';
import { formQrPayload, printedContentHash } from '../../../src-shared/registration/form-qr';
import { formatAmountWan } from '../../../src-shared/registration/rules/amount';
import { example, longForm, root, withApplicant } from './fixtures';
import { pagesText, readQr, squeeze, textBeside, words, writePngs } from './poppler';

const outDir = join(root, 'test-results', 'pdf');

let pdf: NodePdf;
const rendered = new Map<string, Uint8Array>();
const texts = new Map<string, string[]>();

function ok(result: GenerateResult): Uint8Array {
  if (!result.ok) throw new Error(`expected a PDF, got ${JSON.stringify(result.error)}`);
  return result.pdf;
}

const noPhoto = (): ApplicationExport => {
  const data = example();
  data.photo = null;
  return data;
};

const CASES: Record<string, () => ApplicationExport> = {
  typical: example,
  // 𠮷 (U+20BB7) is in Noto Serif JP only; · is the 间隔号 of minority and foreign names.
  rareName: () => withApplicant({ name: '吉𠮷·阿卜杜拉' }),
  dotName: () => withApplicant({ name: '迪丽热巴·迪力木拉提' }),
  long: longForm,
  noPhoto,
};

beforeAll(async () => {
  pdf = loadNodePdf();
  for (const [name, make] of Object.entries(CASES)) {
    const bytes = ok(await pdf.render([make()]));
    rendered.set(name, bytes);
    texts.set(name, pagesText(bytes));
  }
  // For a person to look at: test-results/pdf/typical.png, long-resume-*.png, no-photo.png.
  mkdirSync(outDir, { recursive: true });
  const work = mkdtempSync(join(tmpdir(), 'pdf-png-'));
  try {
    for (const [name, file] of [
      ['typical', 'typical'],
      ['noPhoto', 'no-photo'],
    ] as const) {
      writeFileSync(join(work, `${file}.pdf`), rendered.get(name) as Uint8Array);
      execFileSync('pdftoppm', ['-r', '100', '-png', '-singlefile', join(work, `${file}.pdf`), join(outDir, file)]);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  writePngs(rendered.get('long') as Uint8Array, join(outDir, 'long-resume'));
}, 60_000);

const page = (name: string, index = 0) => squeeze(texts.get(name)?.[index] ?? '');

describe('the printed 申领登记表', () => {
  it('prints every field of the application where the official form has it', () => {
    const data = example();
    const { applicant, unitOpinion, resume } = data.application;
    const text = page('typical');
    expect(texts.get('typical')).toHaveLength(1);
    for (const expected of [
      '“威海英才卡（商务精英类）”申领登记表',
      '申领人员信息',
      `姓名${applicant.name}`,
      '性别男',
      `出生年月${applicant.birthMonth}`,
      '民族汉族',
      `籍贯${applicant.nativePlace}`,
      '政治面貌中国共产党党员',
      '文化程度硕士研究生',
      `毕业院校${applicant.school}`,
      `证件号码${applicant.idNumber}`,
      `联系电话${applicant.phone}`,
      '招商项目信息',
      `项目金额${formatAmountWan(data.project?.amountWan ?? '')}万元`,
      '落地区市经济技术开发区',
      `洽谈部门${data.project?.negotiatingUnit}`,
      `申领单位意见：${squeeze(unitOpinion.opinion)}`,
      `${unitOpinion.unitName}（盖章）`,
      `经办人：${unitOpinion.handler}2025年3月18日`,
      `申领编号：${data.application.number}`,
      '第1页/共1页',
    ]) {
      expect(text).toContain(squeeze(expected));
    }
    // 现任职务 and 项目名称 wrap inside their cells; 概况 sits beside its three-line label.
    const lines = texts.get('typical')?.[0] ?? '';
    const typical = rendered.get('typical') as Uint8Array;
    const right = 595 - MARGIN.right;
    expect(squeeze(textBeside(typical, '招商项目整', { below: '申领单位意见', right }))).toBe(
      squeeze(data.project?.overview ?? ''),
    );
    expect(squeeze(textBeside(typical, '现任职务', { right }))).toBe(squeeze(applicant.currentPosition));
    const amountLabel = words(typical).find((word) => word.text === '项目金额');
    expect(squeeze(textBeside(typical, '项目名称', { right: (amountLabel?.xMin ?? 0) - 2 }))).toBe(
      squeeze(data.project?.name ?? ''),
    );
    for (const entry of resume.entries) {
      expect(lines).toMatch(
        new RegExp(`${entry.from}—${entry.to ?? '至今'}\\s+${entry.organisation}\\s+${entry.position}`),
      );
    }
    expect(text).toContain(squeeze(resume.remark));
  });

  it('prints names with characters only the fallback fonts have, and with the 间隔号', () => {
    expect(squeeze(textBeside(rendered.get('rareName') as Uint8Array, '姓名'))).toBe('吉𠮷·阿卜杜拉');
    expect(squeeze(textBeside(rendered.get('dotName') as Uint8Array, '姓名'))).toBe('迪丽热巴·迪力木拉提');
    // The continuation header and the CLI's messages name the person the same way.
    expect(page('rareName')).toContain('吉𠮷·阿卜杜');
  });

  it('stops at a character no font can draw and names the field and the code point', async () => {
    const result = await pdf.render([withApplicant({ name: '张\uE000' })]);
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'unprintable',
        field: 'applicant.name',
        fieldLabel: '姓名',
        char: '\uE000',
        codePoint: 'U+E000',
        message: '姓名中的字符“\uE000”（U+E000）无法打印：所有内置字体都没有这个字。请核对输入，或改用常用字后再打印。',
      },
    });
  });

  it('continues a long 工作简历 and 概况 on pages headed with the applicant and the number', () => {
    const data = longForm();
    const pages = texts.get('long') ?? [];
    expect(pages.length).toBeGreaterThanOrEqual(3);
    const all = pages.join('\n');
    for (const entry of data.application.resume.entries) {
      expect(all).toContain(`${entry.from}—${entry.to ?? '至今'}`);
    }
    pages.forEach((_, index) => {
      const text = page('long', index);
      expect(text).toContain(`第${index + 1}页/共${pages.length}页`);
      if (index === 0) expect(text).not.toContain('（续）');
      else expect(text).toContain(`（续）陈志远·申领编号${data.application.number}`);
    });
    // The résumé's header row repeats where the résumé runs on; so does 招商项目信息 where 概况 does.
    expect(page('long', 1)).toContain('工作简历起止年月工作单位职务');
    const overviewPages = pages.map((_, i) => page('long', i)).filter((text) => text.includes('项目计划总投资'));
    expect(overviewPages.length).toBeGreaterThanOrEqual(2);
    for (const text of overviewPages) expect(text).toContain('招商项目信息');
    expect(all).toContain('17.');
    expect(page('long', pages.length - 1)).toContain('（盖章）');
  });

  it('leaves the photo box empty and labelled 照片 when there is no photo', () => {
    expect(page('noPhoto')).toContain('照片');
    expect(page('typical')).not.toContain('照片');
    const images = (name: string) =>
      execFileSync('pdfimages', ['-list', '-'], { input: rendered.get(name) as Uint8Array, encoding: 'utf8' })
        .trim()
        .split('\n')
        .slice(2);
    expect(images('typical')).toHaveLength(1);
    expect(images('noPhoto')).toHaveLength(0);
  });

  it('keeps every word on the page, inside the margins, with only the running header and footer outside', () => {
    const furniture = /^(（续）.*|·|申领编号.*|第|页|共|\/|\d+|2025JK-7F3K9Q-0012)$/u;
    for (const [name, bytes] of rendered) {
      for (const word of words(bytes)) {
        const where = `${name} p${word.page} “${word.text}”`;
        expect(word.xMin, where).toBeGreaterThanOrEqual(MARGIN.left - 1);
        expect(word.xMax, where).toBeLessThanOrEqual(word.pageWidth - MARGIN.right + 1);
        const inBody = word.yMin >= MARGIN.top - 1 && word.yMax <= word.pageHeight - MARGIN.bottom + 1;
        if (!inBody) expect(word.text, where).toMatch(furniture);
      }
    }
  });

  it('carries the 申领编号 and the content hash in a QR code a scanner reads', async () => {
    const data = example();
    const expected = formQrPayload({ number: data.application.number, hash: await printedContentHash(data) });
    const qr = readQr(rendered.get('typical') as Uint8Array);
    expect(qr?.data).toBe(expected);
    // About 18 mm: pdfmake draws whole-point modules, 29 of 2 pt each.
    expect(qr?.widthMm).toBeGreaterThan(17);
    expect(qr?.widthMm).toBeLessThan(22);
  });

  it('starts each form of a batch on its own page, numbered within the form', async () => {
    const second = withApplicant({ name: '迪丽热巴·迪力木拉提' });
    second.application.number = '2025JK-7F3K9Q-0013';
    const forms = [example(), second];
    const progress: number[] = [];
    const bytes = ok(await pdf.render(forms, { onProgress: (done) => progress.push(done) }));
    const pages = pagesText(bytes).map(squeeze);
    expect(pages).toHaveLength(2);
    expect(pages[0]).toContain('姓名陈志远');
    expect(pages[1]).toContain('迪丽热巴·迪');
    for (const text of pages) expect(text).toContain('第1页/共1页');
    expect(pages[1]).toContain('申领编号：2025JK-7F3K9Q-0013');
    expect(progress.at(-1)).toBe(2);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
  });

  it('is cancelled by an aborted signal', async () => {
    const controller = new AbortController();
    controller.abort();
    const result = await pdf.render([example()], { signal: controller.signal });
    expect(result).toMatchObject({ ok: false, error: { code: 'cancelled' } });
  });
});
