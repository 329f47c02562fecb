import { type CodeEntry, hasCode } from '../../codes/code-list';

/**
 * The message for a field chosen from a code list, or null when it is fine.
 * An unknown code can arrive from an older device or an import, so it is
 * named in the message rather than silently shown as blank.
 */
export function codeFieldProblem(
  list: readonly CodeEntry[],
  code: string,
  label: string,
  standard: string,
  required: boolean,
): string | null {
  if (code === '') return required ? `请选择${label}` : null;
  if (hasCode(list, code)) return null;
  return `${label}代码“${code}”不在 ${standard} 列表中，请从下拉列表重新选择`;
}
