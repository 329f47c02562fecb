export type SettingCheck = { ok: true; value: number } | { ok: false; message: string };

/**
 * A device setting typed as a whole number in a range (minutes, days), or
 * the Chinese reason it cannot be used. `name` is what the setting is called
 * in the messages, `unit` is added after them, e.g. "（分钟）".
 */
export function checkWholeNumberSetting(
  value: string | number,
  { name, min, max, unit = '' }: { name: string; min: number; max: number; unit?: string },
): SettingCheck {
  const text = String(value).trim();
  if (text === '') return { ok: false, message: `请填写${name}${unit}` };
  const number = Number(text);
  if (!Number.isInteger(number) || number < min || number > max) {
    return { ok: false, message: `${name}须为 ${min} 到 ${max} 之间的整数${unit}` };
  }
  return { ok: true, value: number };
}
