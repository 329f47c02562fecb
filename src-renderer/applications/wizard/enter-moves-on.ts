import type { KeyboardEvent } from 'react';

const FIELDS = 'input:not([type=hidden]):not([disabled]), textarea:not([disabled])';

/**
 * Enter in a one-line field moves to the next field, as staff expect from
 * paper-like forms; in the last field it presses the step's 下一步 button.
 * Textareas keep Enter for new lines; a dropdown list keeps it for choosing,
 * and an empty dropdown field opens its list. Attach as onKeyDownCapture, so
 * it decides before the field's own handler.
 */
export function enterMovesOn(event: KeyboardEvent<HTMLElement>, onLastField: () => void): void {
  if (event.key !== 'Enter' || event.shiftKey || event.ctrlKey || event.altKey || event.metaKey) return;
  if (event.nativeEvent.isComposing) return;
  const target = event.target;
  if (!(target instanceof HTMLInputElement) || target.type === 'checkbox') return;
  const isDropdown = target.getAttribute('aria-haspopup') === 'listbox';
  if (target.getAttribute('aria-expanded') === 'true' || (isDropdown && target.value === '')) return;
  const fields = [...event.currentTarget.querySelectorAll<HTMLElement>(FIELDS)].filter(
    (field) => field.getAttribute('aria-hidden') !== 'true' && field.tabIndex >= 0,
  );
  const index = fields.indexOf(target);
  if (index === -1) return;
  event.preventDefault();
  event.stopPropagation();
  const next = fields[index + 1];
  if (next) next.focus();
  else onLastField();
}
