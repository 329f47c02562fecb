import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { ApplicationExport } from '../../src-shared/registration/export';
import { formQrPayload } from '../../src-shared/registration/form-qr';
import type { FontCoverage, PrintedField } from './coverage';
import { PRIMARY_FONT } from './fonts';
import { type FormFields, formFields } from './form-fields';
import {
  type Cell,
  CONTENT_WIDTH,
  FONT_SIZE,
  FORM_TABLE,
  LABEL_WIDTH,
  LINE_PT,
  LINE_WIDTH,
  label,
  MARGIN,
  PADDING_Y,
  PHOTO_BOX,
  PHOTO_COLUMN,
  SEAL_ROOM,
  SHORT_LABEL_WIDTH,
  SMALL_SIZE,
  sectionHeading,
  TITLE_SIZE,
  userText,
  value,
} from './form-layout';
import { continuationHeader, FormPages, pageFooter } from './page-furniture';

export { FormPages } from './page-furniture';

export interface FormToPrint {
  data: ApplicationExport;
  /** printedContentHash of the form, carried in the footer's QR code. */
  qrHash: string;
}

export interface DocumentHooks {
  /** Filled in as pdfmake lays the pages out. */
  pages?: FormPages;
  /** Called as each page of a form is begun: the forms before it are laid out. */
  onFormStarted?: (index: number) => void;
}

export const FORM_TITLE = '“威海英才卡（商务精英类）”申领登记表';

/** Four rows of this height make the photo box 35 mm tall, padding and lines included. */
const ROW_HEIGHT = (PHOTO_BOX.height - 4 * (2 * PADDING_Y + LINE_WIDTH)) / 4;

/** Tables follow each other without a gap: each draws its top line over the previous one's bottom line. */
const JOIN: [number, number, number, number] = [0, -LINE_WIDTH, 0, 0];

type Fonts = readonly FontCoverage[];

function applicantTable(fields: FormFields, fonts: Fonts, photo: string | null): Content {
  const v = (field: PrintedField, extra: Partial<Cell> = {}) =>
    value(field, fonts, { verticalAlignment: 'middle', ...extra });
  const photoCell: TableCell = photo
    ? { image: photo, fit: [PHOTO_COLUMN, PHOTO_BOX.height - 2 * PADDING_Y], alignment: 'center', rowSpan: 4 }
    : // pdfmake cannot centre a cell that spans rows: the label goes where the box's middle is.
      { text: '照片', color: '#555555', alignment: 'center', rowSpan: 4, margin: [0, PHOTO_BOX.height / 2 - 12, 0, 0] };
  return {
    table: {
      widths: [LABEL_WIDTH, 6 * FONT_SIZE, SHORT_LABEL_WIDTH, '*', SHORT_LABEL_WIDTH, '*', PHOTO_COLUMN],
      heights: (row) => (row === 0 ? 'auto' : ROW_HEIGHT),
      dontBreakRows: true,
      body: [
        sectionHeading('申领人员信息', 7),
        [
          label('姓名'),
          v(fields.name),
          label('性别'),
          v(fields.gender),
          label('出生年月'),
          v(fields.birthMonth),
          photoCell,
        ],
        [
          label('民族'),
          v(fields.ethnicity),
          label('籍贯'),
          v(fields.nativePlace),
          label('政治面貌'),
          v(fields.politicalStatus),
          {},
        ],
        [
          label('文化程度'),
          v(fields.education),
          label('毕业院校'),
          v(fields.school),
          label('现任职务'),
          v(fields.currentPosition),
          {},
        ],
        [label('证件号码'), v(fields.idNumber, { colSpan: 3 }), {}, {}, label('联系电话'), v(fields.phone), {}],
      ],
    },
    layout: FORM_TABLE,
    unbreakable: true,
  };
}

/**
 * 工作简历 as its own section, like 申领人员信息 and 招商项目信息: a long
 * résumé runs onto more pages, where the heading rows repeat and every page's
 * part is a closed grid (pdfmake cannot close a label column at a page break).
 */
function resumeTable(fields: FormFields, fonts: Fonts): Content {
  const entries: TableCell[][] = fields.resume.map((entry) => [
    value(entry.period, fonts, { noWrap: true }),
    value(entry.organisation, fonts),
    value(entry.position, fonts),
  ]);
  if (fields.remark.text !== '') entries.push([value(fields.remark, fonts, { colSpan: 3 }), {}, {}]);
  if (entries.length === 0) entries.push([{ text: '' }, { text: '' }, { text: '' }]);
  const heading = (text: string) => label(text, { bold: false, fontSize: SMALL_SIZE, color: '#333333' });
  return {
    table: {
      widths: ['auto', '*', 13 * FONT_SIZE],
      // Both heading rows repeat on every page the résumé runs onto; no entry is split between pages.
      headerRows: 2,
      keepWithHeaderRows: 1,
      dontBreakRows: true,
      body: [sectionHeading('工作简历', 3), [heading('起止年月'), heading('工作单位'), heading('职务')], ...entries],
    },
    layout: FORM_TABLE,
    margin: JOIN,
  };
}

/**
 * 概况 may run over several pages. An invisible, unbreakable strut as tall as
 * the label starts its cell: when fewer lines than that fit at the foot of a
 * page, the whole row moves to the next one instead of leaving a line behind.
 */
function overviewCell(fields: FormFields, fonts: Fonts): TableCell {
  const strut = 3 * LINE_PT;
  return {
    colSpan: 5,
    stack: [
      {
        canvas: [{ type: 'rect', x: 0, y: 0, w: 1, h: strut, color: '#ffffff', fillOpacity: 0 }],
        margin: [0, 0, 0, -strut],
      },
      userText(fields.overview, fonts),
    ],
  };
}

function projectTable(fields: FormFields, fonts: Fonts): Content {
  const v = (field: PrintedField, extra: Partial<Cell> = {}) =>
    value(field, fonts, { verticalAlignment: 'middle', ...extra });
  return {
    table: {
      widths: [LABEL_WIDTH, '*', SHORT_LABEL_WIDTH, 8 * FONT_SIZE, SHORT_LABEL_WIDTH, 8 * FONT_SIZE],
      // 招商项目信息 repeats at the top of every page the 概况 runs onto; it and the two rows under it
      // (a few lines each at most) stay together, and only 概况 may break.
      headerRows: 1,
      keepWithHeaderRows: 2,
      body: [
        sectionHeading('招商项目信息', 6),
        [
          label('项目名称'),
          v(fields.projectName),
          label('项目金额'),
          v(fields.amount),
          label('落地区市'),
          v(fields.district),
        ],
        [label('洽谈部门\n（单位）'), v(fields.negotiatingUnit, { colSpan: 5 }), {}, {}, {}, {}],
        [
          // The official form breaks the label after every fifth character; kept whole on one page.
          { stack: [label('招商项目整\n体概况及落\n地预期', { verticalAlignment: undefined })], unbreakable: true },
          overviewCell(fields, fonts),
          {},
          {},
          {},
          {},
        ],
      ],
    },
    layout: FORM_TABLE,
    margin: JOIN,
  };
}

/** Lines of opinion beyond which the block may break across pages rather than overflow one (it never should). */
const UNBREAKABLE_OPINION_LINES = 24;

function opinionTable(fields: FormFields, fonts: Fonts): Content {
  const perLine = Math.floor(CONTENT_WIDTH / FONT_SIZE) - 2;
  const lines = fields.opinion.text
    .split('\n')
    .reduce((sum, line) => sum + Math.max(1, Math.ceil([...line].length / perLine)), 0);
  const signature: Content = {
    stack: [
      { text: [userText(fields.unitName, fonts), '（盖章）'] },
      { text: ['经办人：', userText(fields.handler, fonts), '　　', userText(fields.date, fonts)] },
    ],
    alignment: 'right',
    lineHeight: 1.5,
    // The room above the signature is where the applying unit stamps its seal.
    margin: [CONTENT_WIDTH * 0.3, SEAL_ROOM, 6, 4],
  };
  const opinion: Content = {
    text: [{ text: '申领单位意见：', bold: true, font: PRIMARY_FONT }, userText(fields.opinion, fonts)],
  };
  return {
    table: { widths: ['*'], body: [[{ stack: [opinion, signature] }]] },
    layout: FORM_TABLE,
    margin: JOIN,
    unbreakable: lines <= UNBREAKABLE_OPINION_LINES,
  };
}

function formBody(fields: FormFields, fonts: Fonts, photo: string | null): Content[] {
  return [
    { text: FORM_TITLE, bold: true, fontSize: TITLE_SIZE, alignment: 'center', margin: [0, 0, 0, 6] },
    {
      text: ['申领编号：', userText(fields.number, fonts)],
      fontSize: SMALL_SIZE,
      alignment: 'right',
      margin: [0, 0, 0, 3],
    },
    applicantTable(fields, fonts, photo),
    resumeTable(fields, fonts),
    projectTable(fields, fonts),
    opinionTable(fields, fonts),
  ];
}

/**
 * The official 申领登记表 for each form, on A4, each form starting on a new
 * page with its own page numbers. All user text is in runs by font: call
 * findUnprintable first, this throws on a character no font has.
 */
export function buildApplicationDocument(
  forms: readonly FormToPrint[],
  fonts: Fonts,
  hooks: DocumentHooks = {},
): TDocumentDefinitions {
  const book = hooks.pages ?? new FormPages();
  const images: Record<string, string> = {};
  const sections = forms.map(({ data, qrHash }, formIndex): Content => {
    const fields = formFields(data);
    let photo: string | null = null;
    if (data.photo) {
      photo = `photo-${formIndex}`;
      images[photo] = `data:${data.photo.type || 'image/jpeg'};base64,${data.photo.base64}`;
    }
    const qr = formQrPayload({ number: data.application.number, hash: qrHash });
    return {
      section: formBody(fields, fonts, photo),
      background: (page: number) => {
        hooks.onFormStarted?.(formIndex);
        book.record(page, formIndex);
        return null;
      },
      header: (page: number) => (book.position(page).index > 1 ? continuationHeader(fields, fonts) : null),
      footer: (page: number) => pageFooter(fields, fonts, qr, book.position(page)),
    };
  });
  const first = forms[0]?.data.application;
  return {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: [MARGIN.left, MARGIN.top, MARGIN.right, MARGIN.bottom],
    info: {
      title: forms.length === 1 && first ? `${FORM_TITLE} ${first.number}` : FORM_TITLE,
      creator: '威海英才卡服务窗口',
      producer: '威海英才卡服务窗口',
    },
    language: 'zh-CN',
    defaultStyle: { font: PRIMARY_FONT, fontSize: FONT_SIZE },
    images,
    content: sections,
  };
}
