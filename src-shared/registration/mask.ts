/**
 * Masks for lists and exports (DESIGN.md §4): enough to recognise a person,
 * not enough to use their number.
 */

/** 370102199003071234 → 3701**********1234; short numbers keep their last 2. */
export function maskIdNumber(idNumber: string): string {
  const chars = [...idNumber];
  if (chars.length === 0) return '';
  if (chars.length <= 6) return `${'*'.repeat(Math.max(0, chars.length - 2))}${chars.slice(-2).join('')}`;
  return `${chars.slice(0, 4).join('')}${'*'.repeat(chars.length - 8)}${chars.slice(-4).join('')}`;
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
  return `${'*'.repeat(Math.max(0, phone.length - 4))}${phone.slice(-4)}`;
}
