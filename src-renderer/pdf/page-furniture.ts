import type { Content } from 'pdfmake/interfaces';
import type { FontCoverage } from './coverage';
import type { FormFields } from './form-fields';
import { CONTENT_WIDTH, MARGIN, MM, QR_SIZE, qrSize, qrVersion, SMALL_SIZE, userText } from './form-layout';

/**
 * Which pages belong to which form. pdfmake calls a section's background as
 * it adds each page during layout, before it asks for any header or footer,
 * so headers and footers can number the pages within their own form.
 */
export class FormPages {
  private readonly formOfPage: number[] = [];

  record(page: number, form: number): void {
    this.formOfPage[page] = form;
  }

  get count(): number {
    return Math.max(0, this.formOfPage.length - 1);
  }

  /** The page's number within its form, and the form's page count. */
  position(page: number): { index: number; count: number } {
    const form = this.formOfPage[page];
    let first = page;
    while (first > 1 && this.formOfPage[first - 1] === form) first--;
    let last = page;
    while (this.formOfPage[last + 1] === form) last++;
    return { index: page - first + 1, count: last - first + 1 };
  }
}

/** On every page after a form's first: whose form this is, so a loose sheet finds its way back. */
export function continuationHeader(fields: FormFields, fonts: readonly FontCoverage[]): Content {
  return {
    stack: [
      {
        text: ['（续）', userText(fields.name, fonts), ' · 申领编号 ', userText(fields.number, fonts)],
        fontSize: SMALL_SIZE,
      },
      { canvas: [{ type: 'line', x1: 0, y1: 2, x2: CONTENT_WIDTH, y2: 2, lineWidth: 0.5, lineColor: '#555555' }] },
    ],
    margin: [MARGIN.left, 11 * MM, MARGIN.right, 0],
  };
}

/** 申领编号, the page within the form and the QR code that ties a filed scan to its application. */
export function pageFooter(
  fields: FormFields,
  fonts: readonly FontCoverage[],
  qr: string,
  page: { index: number; count: number },
): Content {
  const version = qrVersion(qr);
  const textTop = QR_SIZE / 2 - SMALL_SIZE;
  return {
    columns: [
      { text: ['申领编号：', userText(fields.number, fonts)], width: '*', margin: [0, textTop, 0, 0] },
      {
        text: `第 ${page.index} 页 / 共 ${page.count} 页`,
        width: 120,
        alignment: 'center',
        margin: [0, textTop, 0, 0],
      },
      { stack: [{ qr, version, eccLevel: 'L', fit: qrSize(version), alignment: 'right' }], width: '*' },
    ],
    fontSize: SMALL_SIZE,
    margin: [MARGIN.left, 3 * MM, MARGIN.right, 0],
  };
}
