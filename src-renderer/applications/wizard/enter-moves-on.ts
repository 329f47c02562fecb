import type { KeyboardEvent } from 'react';

const FIELDS = 'input:not([type=hidden]):not([disabled]), textarea:not([disabled]), [role=combobox]:not([disabled])';

/**
 * Enter in a one-line field moves to the next field, as staff expect from
 * paper-like forms; in the last field it presses the step's 下一步 button.
 * Textareas keep Enter for new lines; an open dropdown keeps it for choosing.
 */
export function enterMovesOn(event: KeyboardEvent<HTMLElement>, onLastField: () => void): void {
  if (event.key !== 'Enter' || event.shiftKey || event.ctrlKey || event.altKey || event.metaKey) return;
  if (event.defaultPrevented || event.nativeEvent.isComposing) return;
  const target = event.target as HTMLElement;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLButtonElement) return;
  if (target.getAttribute('aria-expanded') === 'true') return;
  const fields = [...event.currentTarget.querySelectorAll<HTMLElement>(FIELDS)].filter(
    (field) => field.offsetParent !== null || field === target,
  );
  const index = fields.indexOf(target);
  if (index === -1) return;
  event.preventDefault();
  const next = fields[index + 1];
  if (next) next.focus();
  else onLastField();
}
