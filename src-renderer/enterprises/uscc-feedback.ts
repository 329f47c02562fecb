import { parseUscc } from '../../src-shared/cards/uscc';

export interface UsccFeedback {
  /** What is wrong, shown as the field's error. */
  error: string | null;
  /** Progress or confirmation, shown under the field. */
  hint: string;
  valid: boolean;
}

const LENGTH = 18;

/**
 * What the 统一社会信用代码 field says as it is typed: how many of the 18
 * characters are in, then whether the code (its check character above all)
 * is right. A short code is an error only once the field is left.
 */
export function usccFeedback(raw: string, left: boolean): UsccFeedback {
  const typed = raw.replace(/[\s-]/g, '').length;
  const parsed = parseUscc(raw);
  if (parsed.ok) return { error: null, hint: '校验位正确', valid: true };
  if (typed < LENGTH && !left) {
    return {
      error: null,
      hint: typed === 0 ? '18 位数字或大写字母（不使用 I、O、S、V、Z）' : `已输入 ${typed} / ${LENGTH} 位`,
      valid: false,
    };
  }
  return { error: parsed.message, hint: '', valid: false };
}
