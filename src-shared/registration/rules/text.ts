import { hasControlCharacters, SPACE_CLASS, textLength, trimSpaces } from './normalise';
import { fail, ok, type ParseResult } from './result';

export { textLength } from './normalise';

/** 姓名 may be long for foreign and minority names, but not longer than a form line can hold. */
export const NAME_MAX_LENGTH = 50;

const MIDDLE_DOT = '\u00b7';

/**
 * Look-alikes of the 间隔号 that IMEs and foreign keyboards produce: katakana
 * middle dot, bullet, hyphenation point, half-width katakana middle dot, bullet
 * operator and dot operator. The printed form and duplicate search need one.
 */
const DOT_LOOKALIKES = /[\u30fb\u2022\u2027\uff65\u2219\u22c5]/gu;

const INNER_SPACES = new RegExp(`${SPACE_CLASS}+`, 'gu');
const SPACES_AROUND_DOT = new RegExp(`${SPACE_CLASS}*${MIDDLE_DOT}${SPACE_CLASS}*`, 'gu');

/**
 * Parses 姓名: any script, characters outside the BMP (𠮷) included. Returns the
 * name in NFC with a single kind of middle dot and single spaces, so the same
 * person typed on two devices is the same string.
 */
export function parseName(raw: string): ParseResult<string> {
  if (hasControlCharacters(raw)) return fail('姓名中含有换行、制表符等不可见字符，请删除后重新输入');
  const name = trimSpaces(raw.normalize('NFC').replace(DOT_LOOKALIKES, MIDDLE_DOT))
    .replace(SPACES_AROUND_DOT, MIDDLE_DOT)
    .replace(INNER_SPACES, ' ');
  if (name === '') return fail('请填写姓名');
  const length = textLength(name);
  if (length > NAME_MAX_LENGTH) return fail(`姓名不能超过 ${NAME_MAX_LENGTH} 个字，当前为 ${length} 个字`);
  if (name.startsWith(MIDDLE_DOT) || name.endsWith(MIDDLE_DOT)) {
    return fail('姓名不能以间隔号“·”开头或结尾，请删去多余的“·”');
  }
  if (name.includes(MIDDLE_DOT + MIDDLE_DOT)) return fail('姓名中不能有连续的间隔号“··”，请只保留一个');
  return ok(name);
}

export interface TextOptions {
  /** Keep line breaks (概况, 意见, 备注); single-line fields refuse them. */
  multiline?: boolean;
}

/**
 * Parses a required free-text field: NFC, trimmed, control characters refused,
 * length counted in code points. `label` names the field in the message.
 */
export function parseRequiredText(
  raw: string,
  label: string,
  maxLength: number,
  options: TextOptions = {},
): ParseResult<string> {
  const result = parseOptionalText(raw, label, maxLength, options);
  if (result.ok && result.value === '') return fail(`请填写${label}`);
  return result;
}

/** As parseRequiredText, but an empty field is accepted as "". */
export function parseOptionalText(
  raw: string,
  label: string,
  maxLength: number,
  options: TextOptions = {},
): ParseResult<string> {
  const multiline = options.multiline === true;
  // Windows line ends and stray carriage returns are line breaks, not control characters.
  const text = raw.normalize('NFC').replace(/\r\n?/g, '\n');
  if (hasControlCharacters(text, multiline)) {
    return fail(
      multiline
        ? `${label}中含有制表符等不可见字符，请删除后重新输入`
        : `${label}中含有换行、制表符等不可见字符，请删除后重新输入`,
    );
  }
  const value = multiline ? text.replace(/^[\s\u3000]+|[\s\u3000]+$/gu, '') : trimSpaces(text);
  const length = textLength(value);
  if (length > maxLength) return fail(`${label}不能超过 ${maxLength} 个字，当前为 ${length} 个字`);
  return ok(value);
}
