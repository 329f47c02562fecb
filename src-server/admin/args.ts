import { resolve } from 'node:path';
import { API_ERRORS } from '../../src-shared/api/errors';
import { districtFitsRole, ROLE_LABELS, ROLES, type Role } from '../../src-shared/api/roles';
import type { CreateAccountRequest } from '../../src-shared/api/schemas';
import { CITY_LEVEL_CODE, DISTRICTS } from '../../src-shared/codes/districts';
import { UsageError } from './errors';
import type { AdminRequest } from './protocol';

/** An admin command line, understood. */
export type ParsedCommand =
  | { kind: 'help'; asked: boolean }
  | { kind: 'request'; request: AdminRequest }
  /** The password is not on the command line: it is read from stdin or made up. */
  | { kind: 'create-account'; account: Omit<CreateAccountRequest, 'password'>; passwordStdin: boolean }
  | { kind: 'restore'; file: string };

type FlagKind = 'value' | 'switch';

/** `--name value`, `--name=value` and switches; anything else is a usage error. */
function parseFlags(command: string, args: string[], known: Record<string, FlagKind>): Map<string, string> {
  const flags = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const match = /^--([a-z-]+)(?:=(.*))?$/s.exec(arg);
    const name = match?.[1];
    if (!match || !name) throw new UsageError(`无法识别的参数「${arg}」。`, command);
    const kind = known[name];
    if (!kind) throw new UsageError(`命令 ${command} 没有参数 --${name}。`, command);
    if (flags.has(name)) throw new UsageError(`参数 --${name} 重复了。`, command);
    if (kind === 'switch') {
      if (match[2] !== undefined) throw new UsageError(`参数 --${name} 不带值。`, command);
      flags.set(name, '');
      continue;
    }
    const value = match[2] ?? args[++i];
    if (value === undefined || (match[2] === undefined && value.startsWith('--'))) {
      throw new UsageError(`参数 --${name} 缺少值。`, command);
    }
    flags.set(name, value);
  }
  return flags;
}

function required(command: string, flags: Map<string, string>, name: string): string {
  const value = flags.get(name);
  if (value === undefined || value.trim() === '') throw new UsageError(`缺少参数 --${name}。`, command);
  return value.trim();
}

/** district / city / admin, or their Chinese labels. */
export function parseRole(command: string, typed: string): Role {
  const role = ROLES.find((r) => r === typed.toLowerCase() || ROLE_LABELS[r] === typed);
  if (!role)
    throw new UsageError(
      `角色「${typed}」不正确：须为 district（区市窗口）、city（市级）或 admin（管理员）。`,
      command,
    );
  return role;
}

/** A district by its label (环翠区), short label (环翠) or code (HC). */
export function parseDistrict(command: string, typed: string): string {
  const district = DISTRICTS.find((d) => d.label === typed || d.shortLabel === typed || d.code === typed.toUpperCase());
  if (!district) throw new UsageError(`区市「${typed}」不正确：可写全称、简称或代码，如 环翠区、环翠、HC。`, command);
  return district.code;
}

/** The role and district flags; city and admin belong to the city level, so their district may be left out. */
function roleAndDistrict(command: string, flags: Map<string, string>): { role: Role; district: string } {
  const role = parseRole(command, required(command, flags, 'role'));
  const typed = flags.get('district')?.trim();
  if (!typed && role === 'district') throw new UsageError('区市窗口须用 --district 指定所属区市。', command);
  const district = typed ? parseDistrict(command, typed) : CITY_LEVEL_CODE;
  if (!districtFitsRole(role, district)) throw new UsageError(API_ERRORS['role-district-mismatch'], command);
  return { role, district };
}

function parseHours(command: string, typed: string | undefined): number | undefined {
  if (typed === undefined) return undefined;
  if (!/^\d+$/.test(typed.trim()))
    throw new UsageError(`有效期 --hours 须为整数（小时），实际为「${typed}」。`, command);
  return Number(typed);
}

/** The arguments after `admin`. Throws UsageError for anything it does not understand. */
export function parseAdminArgs(args: string[], cwd: string = process.cwd()): ParsedCommand {
  const [command, ...rest] = args;
  switch (command) {
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      return { kind: 'help', asked: command !== undefined };
    case 'create-enrolment': {
      const flags = parseFlags(command, rest, { district: 'value', role: 'value', hours: 'value' });
      const body = { ...roleAndDistrict(command, flags), hours: parseHours(command, flags.get('hours')) };
      if (body.hours === undefined) delete body.hours;
      return { kind: 'request', request: { command, body } };
    }
    case 'list-devices':
    case 'list-accounts':
    case 'list-audit-breaks':
    case 'verify-audit':
      parseFlags(command, rest, {});
      return { kind: 'request', request: { command } };
    case 'revoke-device': {
      const flags = parseFlags(command, rest, { id: 'value' });
      return { kind: 'request', request: { command, params: { id: required(command, flags, 'id').toLowerCase() } } };
    }
    case 'create-account': {
      const flags = parseFlags(command, rest, {
        username: 'value',
        name: 'value',
        role: 'value',
        district: 'value',
        'password-stdin': 'switch',
      });
      const account = {
        username: required(command, flags, 'username'),
        displayName: required(command, flags, 'name'),
        ...roleAndDistrict(command, flags),
      };
      return { kind: 'create-account', account, passwordStdin: flags.has('password-stdin') };
    }
    case 'backup': {
      const flags = parseFlags(command, rest, { out: 'value' });
      return { kind: 'request', request: { command, file: resolve(cwd, required(command, flags, 'out')) } };
    }
    case 'restore': {
      const flags = parseFlags(command, rest, { in: 'value' });
      return { kind: 'restore', file: resolve(cwd, required(command, flags, 'in')) };
    }
    default:
      throw new UsageError(`未知的管理命令「${command}」。`);
  }
}
