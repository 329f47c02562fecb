import type { SyncStatus } from '../sync/runner';

/** What to do next after the server refused a change, by its code (docs/sync-protocol.md §2). */
const REFUSAL_ADVICE: Record<string, string> = {
  'city-decision': '审核结论和制卡、发卡由市级窗口记录；如需更改，请联系市级窗口办理。',
  'other-district': '本设备只能修改本区市的记录：请由该记录所属区市的窗口办理，或在“设置”中核对本机所属区市。',
  'record-moved': '请与该记录现在所属区市的窗口核实后再办理。',
  'record-not-found': '该记录可能已被其他窗口删除；如仍需要，请重新登记。',
};

export function refusalAdvice(code: string | undefined): string {
  return (code && REFUSAL_ADVICE[code]) || '请核对后重新填写并保存；如有疑问，请联系管理员。';
}

type SyncErrorKind = NonNullable<SyncStatus['lastError']>['kind'];

/** What to do next after a sync failed, by what went wrong. */
const SYNC_ERROR_ADVICE: Record<SyncErrorKind, string> = {
  unreachable: '请检查网络连接。联网后会自动重试，也可以点击“立即同步”。本机的记录不受影响。',
  'not-enrolled': '本设备未登记或登记已被撤销，请在“设置”中用新的登记码重新登记。',
  server: '请稍后点击“立即同步”重试；如果反复出现，请把上面的说明告诉管理员。',
  local: '本机的记录不受影响，待上传的修改会在下次同步时继续上传。',
};

export function syncErrorAdvice(kind: SyncErrorKind): string {
  return SYNC_ERROR_ADVICE[kind];
}
