import { usccCheckCharacter } from '../registration/rules/check-characters';
import { fail, ok, type ParseResult } from '../registration/rules/result';

/**
 * A 统一社会信用代码 as typed → 18 upper-case characters with a correct check
 * character (GB 32100-2015), or the reason it is not one, in Chinese.
 */
export function parseUscc(input: string): ParseResult<string> {
  const code = input.replace(/[\s-]/g, '').toUpperCase();
  if (!code) return fail('请填写统一社会信用代码');
  if (code.length !== 18) return fail(`统一社会信用代码应为 18 位，现为 ${code.length} 位`);
  const bad = [...code].find((ch) => !/[0-9A-HJ-NPQRTUWXY]/.test(ch));
  if (bad) return fail(`统一社会信用代码不含字符“${bad}”（不使用 I、O、S、V、Z）`);
  const expected = usccCheckCharacter(code.slice(0, 17));
  if (expected !== code[17]) return fail('统一社会信用代码的校验位不对，请核对后重新输入');
  return ok(code);
}
