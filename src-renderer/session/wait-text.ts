/** A countdown as people say it: 45 秒, 2 分 05 秒. */
export function countdownText(seconds: number): string {
  if (seconds < 60) return `${seconds} 秒`;
  return `${Math.floor(seconds / 60)} 分 ${String(seconds % 60).padStart(2, '0')} 秒`;
}
