/**
 * The backup's passphrase is all that protects the full personal data in
 * the file, and it cannot be recovered: it is checked before anything slow
 * starts. Length counts characters as typed (a Chinese character is one).
 */
export const MIN_PASSPHRASE_LENGTH = 8;

/** The passphrase as the key is derived from it: one Unicode form, whatever the input method produced. */
export function normalizePassphrase(passphrase: string): string {
  return passphrase.normalize('NFC');
}

export function passphraseProblem(passphrase: string): string | null {
  if (passphrase.trim() === '') return '请输入备份密码';
  if ([...normalizePassphrase(passphrase)].length < MIN_PASSPHRASE_LENGTH) {
    return `备份密码至少 ${MIN_PASSPHRASE_LENGTH} 个字符`;
  }
  return null;
}

export function repeatProblem(passphrase: string, repeat: string): string | null {
  if (repeat === '') return '请再次输入备份密码';
  return normalizePassphrase(repeat) === normalizePassphrase(passphrase) ? null : '两次输入的密码不一致';
}
