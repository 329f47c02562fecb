/**
 * Masks for lists and exports (DESIGN.md §4): enough to recognise a person,
 * not enough to use their number.
 */

/**
 * 370102199003071234 → 3701**********1234. At most a third of a number is
 * shown (its tail, and its head only for long numbers), so short passport and
 * permit numbers stay masked too.
 */
export function maskIdNumber(idNumber: string): string {
  const chars = [...idNumber];
  const tail = Math.min(4, Math.floor(chars.length / 3));
  const head = chars.length >= 15 ? 4 : 0;
  const hidden = Math.max(0, chars.length - head - tail);
  return `${chars.slice(0, head).join('')}${'*'.repeat(hidden)}${chars.slice(chars.length - tail).join('')}`;
}

/** 13812345678 → 138****5678; 0631-5190505 → 0631-***0505. */
export function maskPhone(phone: string): string {
  if (phone === '') return '';
  const mobile = /^(\d{3})\d{4}(\d{4})$/.exec(phone);
  if (mobile) return `${mobile[1]}****${mobile[2]}`;
  const landline = /^(0\d{2,3})-(\d+)(-\d+)?$/.exec(phone);
  if (landline) {
    const local = landline[2] ?? '';
    return `${landline[1]}-${'*'.repeat(Math.max(0, local.length - 4))}${local.slice(-4)}`;
  }
  const shown = Math.min(4, Math.floor(phone.length / 3));
  return `${'*'.repeat(phone.length - shown)}${phone.slice(phone.length - shown)}`;
}
