/** One entry of a national-standard code list: the stored code and the label a person reads. */
export interface CodeEntry<C extends string = string> {
  code: C;
  label: string;
}

/**
 * The label for a stored code, or null when the code is not in the list.
 * Null rather than the raw code, so a caller cannot print an unknown code as if it were a label.
 */
export function labelOf<C extends string>(list: readonly CodeEntry<C>[], code: string): string | null {
  return list.find((entry) => entry.code === code)?.label ?? null;
}

/** Whether a stored code is one of the list's codes. */
export function hasCode<C extends string>(list: readonly CodeEntry<C>[], code: string): code is C {
  return list.some((entry) => entry.code === code);
}
