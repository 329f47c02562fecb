import type { UnprintableCharacter } from './types';

/** What one embedded font can draw. */
export interface FontCoverage {
  /** The pdfmake font family name. */
  family: string;
  hasGlyph: (codePoint: number) => boolean;
}

/** A stretch of text drawn in one font: what pdfmake gets as `{ text, font }`. */
export interface TextRun {
  text: string;
  font: string;
}

export type RunsResult = { ok: true; runs: TextRun[] } | { ok: false; char: string; codePoint: number };

/** A font's character set as a lookup, built once per font and reused for every form. */
export function coverageFromCharacterSet(family: string, characterSet: Iterable<number>): FontCoverage {
  const set = new Set(characterSet);
  return { family, hasGlyph: (codePoint) => set.has(codePoint) };
}

/** "U+E000", "U+20BB7". */
export function formatCodePoint(codePoint: number): string {
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
}

const COMBINING = /^\p{M}$/u;
/** Variation selectors pick a glyph variant; the font's layout engine handles them or falls back to the base. */
const isVariationSelector = (cp: number) => (cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0xe0100 && cp <= 0xe01ef);
/** Invisible characters that draw nothing: dropped when the run's font has no glyph for them. */
const isInvisible = (cp: number) =>
  cp === 0x200b || cp === 0x200c || cp === 0x200d || cp === 0x2060 || cp === 0xfeff || cp === 0x00ad;
/** Line breaks and spaces draw nothing of their own: they join the run they are in. */
const isSpace = (cp: number) => cp === 0x0a || cp === 0x09 || cp === 0x0d || /^\s$/u.test(String.fromCodePoint(cp));

/** Splits text into a base character with the combining marks that follow it. */
function clusters(text: string): string[][] {
  const result: string[][] = [];
  for (const char of text) {
    const last = result[result.length - 1];
    if (last && COMBINING.test(char)) last.push(char);
    else result.push([char]);
  }
  return result;
}

/**
 * Splits `text` into runs by font: each character in the first font (in the
 * order given: primary first, then the fallbacks) that can draw it, a base
 * character and its combining marks together where one font has them all.
 * Returns the first character no font can draw instead.
 */
export function splitIntoRuns(text: string, fonts: readonly FontCoverage[]): RunsResult {
  const primary = fonts[0];
  if (!primary) throw new Error('no fonts');
  const runs: TextRun[] = [];
  const append = (piece: string, font: string) => {
    const last = runs[runs.length - 1];
    if (last && last.font === font) last.text += piece;
    else runs.push({ text: piece, font });
  };
  const fontOf = (cp: number) => fonts.find((font) => font.hasGlyph(cp));

  for (const cluster of clusters(text)) {
    const [base = ''] = cluster;
    const baseCp = base.codePointAt(0) ?? 0;
    const current = fonts.find((font) => font.family === runs[runs.length - 1]?.font) ?? primary;

    if (isSpace(baseCp) && cluster.length === 1) {
      if (baseCp === 0x0a) append('\n', current.family);
      else if (baseCp === 0x0d) continue;
      else append(current.hasGlyph(baseCp) ? base : ' ', current.family);
      continue;
    }
    if (isInvisible(baseCp) && cluster.length === 1) {
      if (current.hasGlyph(baseCp)) append(base, current.family);
      continue;
    }

    const needed = cluster.map((char) => char.codePointAt(0) ?? 0).filter((cp) => !isVariationSelector(cp));
    const whole = fonts.find((font) => needed.every((cp) => font.hasGlyph(cp)));
    if (whole) {
      append(cluster.join(''), whole.family);
      continue;
    }
    // No one font has the character with all its marks: draw each in a font that has it, or name the first none has.
    for (const char of cluster) {
      const cp = char.codePointAt(0) ?? 0;
      if (isVariationSelector(cp)) continue;
      const font = fontOf(cp);
      if (!font) return { ok: false, char, codePoint: cp };
      append(char, font.family);
    }
  }
  return { ok: true, runs };
}

/** One piece of user text on the form, with the field it came from. */
export interface PrintedField {
  /** The field path, e.g. `applicant.name`, `resume.entries.2.organisation`. */
  path: string;
  /** The field's name on the form, e.g. 姓名. */
  label: string;
  text: string;
}

export function unprintableCharacter(
  field: Pick<PrintedField, 'path' | 'label'>,
  char: string,
  codePoint: number,
  context = '',
): UnprintableCharacter {
  const code = formatCodePoint(codePoint);
  return {
    code: 'unprintable',
    field: field.path,
    fieldLabel: field.label,
    char,
    codePoint: code,
    message: `${context}${field.label}中的字符“${char}”（${code}）无法打印：所有内置字体都没有这个字。请核对输入，或改用常用字后再打印。`,
  };
}

/** The first character in the fields that no font can draw, or null when everything prints. */
export function findUnprintable(
  fields: readonly PrintedField[],
  fonts: readonly FontCoverage[],
  context = '',
): UnprintableCharacter | null {
  for (const field of fields) {
    const result = splitIntoRuns(field.text, fonts);
    if (!result.ok) return unprintableCharacter(field, result.char, result.codePoint, context);
  }
  return null;
}
