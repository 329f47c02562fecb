export const MIN_INTERVAL_MINUTES = 1;
export const MAX_INTERVAL_MINUTES = 240;

/** The minutes typed as a whole number in range, or the Chinese reason they cannot be used. */
export function checkInterval(value: string | number): { ok: true; value: number } | { ok: false; message: string } {
  const text = String(value).trim();
  if (text === '') return { ok: false, message: '请填写自动同步间隔（分钟）' };
  const minutes = Number(text);
  if (!Number.isInteger(minutes) || minutes < MIN_INTERVAL_MINUTES || minutes > MAX_INTERVAL_MINUTES) {
    return {
      ok: false,
      message: `自动同步间隔须为 ${MIN_INTERVAL_MINUTES} 到 ${MAX_INTERVAL_MINUTES} 之间的整数（分钟）`,
    };
  }
  return { ok: true, value: minutes };
}
