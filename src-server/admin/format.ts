import { ROLE_LABELS, type Role } from '../../src-shared/api/roles';
import type { AccountInfo, DeviceInfo, EnrolmentCodeInfo } from '../../src-shared/api/schemas';
import { districtByCode } from '../../src-shared/codes/districts';
import type { AuditBreakInfo, AuditVerification } from '../audit/breaks';
import type { BackupInfo } from './protocol';
import type { RestoreInfo } from './restore';

const SHANGHAI = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** `2025-03-01 14:05` in Beijing time, or a dash for none. */
export function shanghaiTime(iso: string | null): string {
  if (!iso) return '—';
  const parts = Object.fromEntries(SHANGHAI.formatToParts(new Date(iso)).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}

function districtLabel(code: string): string {
  return districtByCode(code)?.label ?? code;
}

function who(role: Role, district: string): string {
  return `${ROLE_LABELS[role]} · ${districtLabel(district)}`;
}

/** Columns a terminal shows CJK characters in: two per wide character. */
function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    const wide =
      (code >= 0x1100 && code <= 0x115f) ||
      (code >= 0x2e80 && code <= 0xa4cf) ||
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xfe30 && code <= 0xfe4f) ||
      (code >= 0xff00 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6) ||
      (code >= 0x20000 && code <= 0x3fffd);
    width += wide ? 2 : 1;
  }
  return width;
}

/** A plain-text table whose columns line up in a terminal. */
export function table(headers: string[], rows: string[][]): string[] {
  const widths = headers.map((header, i) =>
    Math.max(displayWidth(header), ...rows.map((row) => displayWidth(row[i] ?? ''))),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => cell + ' '.repeat((widths[i] ?? 0) - displayWidth(cell)))
      .join('  ')
      .trimEnd();
  return [line(headers), ...rows.map(line)];
}

export function enrolmentLines(info: EnrolmentCodeInfo): string[] {
  return [
    `登记码已生成：${who(info.role, info.district)}，有效至 ${shanghaiTime(info.expiresAt)}（北京时间），只能登记一台设备。`,
    info.code,
  ];
}

export function deviceLines(devices: DeviceInfo[]): string[] {
  if (devices.length === 0) return ['尚无已登记的设备。'];
  return table(
    ['ID', '名称', '角色', '区市', '登记时间', '最近联系', '注销时间'],
    devices.map((d) => [
      d.id,
      d.name,
      ROLE_LABELS[d.role],
      districtLabel(d.district),
      shanghaiTime(d.createdAt),
      shanghaiTime(d.lastSeenAt),
      d.revokedAt ? shanghaiTime(d.revokedAt) : '未注销',
    ]),
  );
}

export function revokedLines(device: DeviceInfo): string[] {
  return [`已注销设备「${device.name}」（${who(device.role, device.district)}，${device.id}）：它的令牌已失效。`];
}

export function accountLines(account: AccountInfo, generatedPassword?: string): string[] {
  const lines = [`已创建账号 ${account.username}（${account.displayName}，${who(account.role, account.district)}）。`];
  if (generatedPassword) lines.push('初始密码如下，只显示这一次，请当面转交本人：', generatedPassword);
  return lines;
}

export function accountsLines(accounts: AccountInfo[]): string[] {
  if (accounts.length === 0) return ['尚无工作人员账号。'];
  return table(
    ['用户名', '显示名', '角色', '区市', '创建时间', '状态'],
    accounts.map((a) => [
      a.username,
      a.displayName,
      ROLE_LABELS[a.role],
      districtLabel(a.district),
      shanghaiTime(a.createdAt),
      a.disabledAt ? `已停用（${shanghaiTime(a.disabledAt)}）` : '正常',
    ]),
  );
}

const DETECTED_BY_LABELS = { arrival: '上传时', verify: '全面核对' } as const;

function breakRows(breaks: AuditBreakInfo[]): string[] {
  return table(
    ['记录链', '序号', '断裂', '记录 ID', '上传设备', '区市', '发现于', '发现时间'],
    breaks.map((b) => [
      b.chain,
      String(b.seq),
      b.label,
      b.recordId,
      b.deviceName ?? b.deviceId,
      districtLabel(b.district),
      DETECTED_BY_LABELS[b.detectedBy],
      shanghaiTime(b.detectedAt),
    ]),
  );
}

export function auditBreakLines(breaks: AuditBreakInfo[]): string[] {
  if (breaks.length === 0) return ['审计记录链完好：没有发现断裂。'];
  return [`审计记录链共有 ${breaks.length} 处断裂：`, ...breakRows(breaks)];
}

export function auditVerificationLines(result: AuditVerification): string[] {
  const checked = `已核对 ${result.chains} 条记录链、${result.events} 条审计记录`;
  if (result.breaks === 0) return [`${checked}：全部完好。`];
  const summary = `${checked}：共有 ${result.breaks} 处断裂，其中新发现 ${result.newBreaks.length} 处`;
  if (result.newBreaks.length === 0) return [`${summary}（均已记录过，可用 list-audit-breaks 查看）。`];
  return [`${summary}，已记录：`, ...breakRows(result.newBreaks)];
}

const KIND_LABELS = { pglite: '内置数据库 PGlite', postgres: 'PostgreSQL' } as const;

export function backupLines(info: BackupInfo): string[] {
  const size = (info.bytes / 1024 / 1024).toFixed(1);
  return [`备份完成（${KIND_LABELS[info.kind]}）：${info.file}，${size} MB。`];
}

export function restoreLines(info: RestoreInfo): string[] {
  const lines = [`恢复完成（${KIND_LABELS[info.kind]}）：数据已恢复为备份 ${info.file} 的内容。`];
  if (info.previous) lines.push(`恢复前的数据目录保留在 ${info.previous}，确认无误后可自行删除。`);
  lines.push('现在可以启动服务器。');
  return lines;
}
