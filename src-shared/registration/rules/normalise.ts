/**
 * Text clean-up shared by the parsers. Input comes from Chinese IMEs, which
 * readily produce full-width digits, letters and spaces; people do not see the
 * difference, so the rules must not either.
 */

const FULL_WIDTH_START = 0xff01;
const FULL_WIDTH_END = 0xff5e;
const FULL_TO_HALF_OFFSET = 0xfee0;

/** Full-width ASCII (！…～) to ASCII, and the ideographic space U+3000 to a plain space. */
export function toHalfWidth(s: string): string {
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp >= FULL_WIDTH_START && cp <= FULL_WIDTH_END) out += String.fromCodePoint(cp - FULL_TO_HALF_OFFSET);
    else if (cp === 0x3000) out += ' ';
    else out += ch;
  }
  return out;
}

/** Spaces a person may type: ASCII, no-break and ideographic. */
export const SPACE_CLASS = '[ \\u00A0\\u3000]';

const EDGE_SPACES = new RegExp(`^${SPACE_CLASS}+|${SPACE_CLASS}+$`, 'gu');

/** Trims ASCII, no-break and ideographic spaces (String.prototype.trim would also eat tabs and newlines we must report). */
export function trimSpaces(s: string): string {
  return s.replace(EDGE_SPACES, '');
}

/** C0/C1 controls (tab, newline, NUL, …) and lone surrogates: invisible, unprintable, never meant. */
export function hasControlCharacters(s: string, allowNewlines = false): boolean {
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0;
    if (allowNewlines && ch === '\n') continue;
    if (cp < 0x20 || (cp >= 0x7f && cp <= 0x9f)) return true;
    if (cp >= 0xd800 && cp <= 0xdfff) return true;
  }
  return false;
}

/** Length in Unicode code points, so 𠮷 (outside the BMP) counts as one character, as a person would count it. */
export function textLength(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}
