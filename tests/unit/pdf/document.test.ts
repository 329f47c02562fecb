import { describe, expect, it } from 'vitest';
import { buildApplicationDocument, FORM_TITLE, FormPages } from '../../../src-renderer/pdf/application-document';
import { coverageFromCharacterSet } from '../../../src-renderer/pdf/coverage';
import { MARGIN, MM, PHOTO_BOX, PHOTO_COLUMN } from '../../../src-renderer/pdf/form-layout';
import { example } from './fixtures';

// Pure layout checks; render.test.ts prints the same definitions with pdfmake.
const everything = coverageFromCharacterSet(
  'SC',
  Array.from({ length: 0x30000 }, (_, i) => i),
);
const HASH = '0123456789abcdef0123456789abcdef';

/** Every object in the definition, depth first. */
function nodes(value: unknown): Record<string, unknown>[] {
  if (Array.isArray(value)) return value.flatMap(nodes);
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    return [record, ...Object.values(record).flatMap(nodes)];
  }
  return [];
}

describe('buildApplicationDocument', () => {
  it('lays out A4 portrait with 20 mm side and top margins, one section per form', () => {
    const doc = buildApplicationDocument(
      [
        { data: example(), qrHash: HASH },
        { data: example(), qrHash: HASH },
      ],
      [everything],
    );
    expect(doc.pageSize).toBe('A4');
    expect(doc.pageOrientation).toBe('portrait');
    expect(doc.pageMargins).toEqual([20 * MM, 20 * MM, 20 * MM, MARGIN.bottom]);
    const sections = doc.content as { section: unknown }[];
    expect(sections).toHaveLength(2);
    expect(nodes(sections[0]).some((node) => node.text === FORM_TITLE && node.bold === true)).toBe(true);
  });

  it('fits the photo into the 25 × 35 mm box, keeping its proportions, or labels the empty box 照片', () => {
    const withPhoto = buildApplicationDocument([{ data: example(), qrHash: HASH }], [everything]);
    const image = nodes(withPhoto.content).find((node) => typeof node.image === 'string');
    // `fit` scales the picture to the box without distorting it.
    expect(image?.fit).toEqual([PHOTO_COLUMN, expect.any(Number)]);
    const [, height = Number.POSITIVE_INFINITY] = (image?.fit ?? []) as number[];
    expect(height).toBeLessThanOrEqual(PHOTO_BOX.height);
    expect(withPhoto.images?.['photo-0']).toMatch(/^data:image\/jpeg;base64,\/9j\//);

    const data = example();
    data.photo = null;
    const without = buildApplicationDocument([{ data, qrHash: HASH }], [everything]);
    expect(nodes(without.content).some((node) => typeof node.image === 'string')).toBe(false);
    expect(nodes(without.content).some((node) => node.text === '照片' && node.rowSpan === 4)).toBe(true);
  });

  it('numbers pages within each form and heads only the continuation pages', () => {
    const pages = new FormPages();
    const doc = buildApplicationDocument(
      [
        { data: example(), qrHash: HASH },
        { data: example(), qrHash: HASH },
      ],
      [everything],
      { pages },
    );
    const [first, second] = doc.content as unknown as {
      background: (page: number) => null;
      header: (page: number) => unknown;
    }[];
    // As pdfmake adds pages: form 1 on pages 1–3, form 2 on pages 4–5.
    for (const page of [1, 2, 3]) first?.background(page);
    for (const page of [4, 5]) second?.background(page);
    expect(pages.count).toBe(5);
    expect([1, 2, 3, 4, 5].map((page) => pages.position(page))).toEqual([
      { index: 1, count: 3 },
      { index: 2, count: 3 },
      { index: 3, count: 3 },
      { index: 1, count: 2 },
      { index: 2, count: 2 },
    ]);
    expect(first?.header(1)).toBeNull();
    expect(JSON.stringify(first?.header(2))).toContain('（续）');
    expect(second?.header(4)).toBeNull();
  });
});
