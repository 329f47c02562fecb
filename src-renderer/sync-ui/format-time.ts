import dayjs from 'dayjs';

/** 2026年11月23日 14:05:09 */
export function formatDateTime(value: string | number): string {
  return dayjs(value).format('YYYY年M月D日 HH:mm:ss');
}

/** 14:05（约 5 分钟后）, for the next periodic sync. */
export function formatUpcoming(at: number, now: number): string {
  const minutes = Math.max(0, Math.round((at - now) / 60_000));
  const time = dayjs(at).isSame(now, 'day') ? dayjs(at).format('HH:mm') : formatDateTime(at);
  return minutes < 1 ? `${time}（不到 1 分钟后）` : `${time}（约 ${minutes} 分钟后）`;
}
