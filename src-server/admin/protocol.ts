import { type Static, type TSchema, Type } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import {
  type AccountInfo,
  CreateAccountRequest,
  CreateEnrolmentRequest,
  type DeviceInfo,
  DeviceParams,
  type EnrolmentCodeInfo,
} from '../../src-shared/api/schemas';
import type { AuditBreakInfo, AuditVerification } from '../audit/breaks';
import { UsageError } from './errors';

/**
 * What the admin command line asks for, the same whether the running server
 * does it (one JSON line over the admin socket) or the command line itself.
 * The bodies are the admin API's, so both check the same rules.
 */
const strict = { additionalProperties: false } as const;

const CreateEnrolment = Type.Object(
  { command: Type.Literal('create-enrolment'), body: CreateEnrolmentRequest },
  strict,
);
const ListDevices = Type.Object({ command: Type.Literal('list-devices') }, strict);
const RevokeDevice = Type.Object({ command: Type.Literal('revoke-device'), params: DeviceParams }, strict);
const CreateAccount = Type.Object({ command: Type.Literal('create-account'), body: CreateAccountRequest }, strict);
const ListAccounts = Type.Object({ command: Type.Literal('list-accounts') }, strict);
const ListAuditBreaks = Type.Object({ command: Type.Literal('list-audit-breaks') }, strict);
const VerifyAudit = Type.Object({ command: Type.Literal('verify-audit') }, strict);
const Backup = Type.Object(
  { command: Type.Literal('backup'), file: Type.String({ minLength: 1, maxLength: 4096 }) },
  strict,
);

export const AdminRequest = Type.Union([
  CreateEnrolment,
  ListDevices,
  RevokeDevice,
  CreateAccount,
  ListAccounts,
  ListAuditBreaks,
  VerifyAudit,
  Backup,
]);
export type AdminRequest = Static<typeof AdminRequest>;
export type AdminCommand = AdminRequest['command'];

export interface BackupInfo {
  file: string;
  bytes: number;
  kind: 'pglite' | 'postgres';
}

export interface AdminResults {
  'create-enrolment': EnrolmentCodeInfo;
  'list-devices': DeviceInfo[];
  'revoke-device': DeviceInfo;
  'create-account': AccountInfo;
  'list-accounts': AccountInfo[];
  'list-audit-breaks': AuditBreakInfo[];
  'verify-audit': AuditVerification;
  backup: BackupInfo;
}

export type ResultOf<R extends AdminRequest> = AdminResults[R['command']];

export type AdminResponse = { ok: true; result: unknown } | { ok: false; error: { code: string; message: string } };

const SCHEMAS: Record<AdminCommand, TSchema> = {
  'create-enrolment': CreateEnrolment,
  'list-devices': ListDevices,
  'revoke-device': RevokeDevice,
  'create-account': CreateAccount,
  'list-accounts': ListAccounts,
  'list-audit-breaks': ListAuditBreaks,
  'verify-audit': VerifyAudit,
  backup: Backup,
};

/** What is wrong with a field, in the words of the command line's flags. */
const FIELD_PROBLEMS: Record<string, string> = {
  district: '区市代码不正确',
  role: '角色须为 district（区市窗口）、city（市级）或 admin（管理员）',
  hours: '有效期 --hours 须为 1 到 168 之间的整数（小时）',
  id: '设备 ID（--id）须为完整的 UUID，可用 list-devices 查看',
  username: '用户名（--username）须为 3–32 个字符，只能用小写字母、数字和 _ . -',
  displayName: '显示名（--name）不能为空，最多 50 个字符',
  password: '密码须为 10–256 个字符',
  file: '须指定备份文件',
};

/** `value` as an admin request, or a UsageError naming the first field that is wrong. */
export function checkAdminRequest(value: unknown): AdminRequest {
  const command = (value as { command?: unknown } | null)?.command;
  const schema =
    typeof command === 'string' && Object.hasOwn(SCHEMAS, command) ? SCHEMAS[command as AdminCommand] : null;
  if (!schema) throw new UsageError(`未知的管理命令「${String(command)}」。`);
  const problem = Value.Errors(schema, value).First();
  if (problem) {
    const field = problem.path.split('/').pop() ?? '';
    throw new UsageError(`${FIELD_PROBLEMS[field] ?? `参数不符合要求（${problem.path}）`}。`, command as string);
  }
  return value as AdminRequest;
}
