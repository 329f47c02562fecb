import { randomUUID } from 'node:crypto';
import type { Role } from '../src-shared/api/roles';
import type { AccountInfo, CreateAccountRequest } from '../src-shared/api/schemas';
import { hashPassword, verifyPassword } from './auth/passwords';
import type { Queryable } from './db/database';
import { checkRoleDistrict } from './devices';
import { ApiError } from './errors';
import { iso } from './time';

interface AccountRow {
  id: string;
  username: string;
  display_name: string;
  role: Role;
  district: string;
  disabled_at: Date | null;
  created_at: Date;
  password_hash: string;
}

const COLUMNS = 'id, username, display_name, role, district, disabled_at, created_at';

function accountInfo(row: Omit<AccountRow, 'password_hash'>): AccountInfo {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role,
    district: row.district,
    disabledAt: iso(row.disabled_at),
    createdAt: iso(row.created_at),
  };
}

/** A staff account; its password is kept only as a scrypt hash. */
export async function createAccount(db: Queryable, request: CreateAccountRequest): Promise<AccountInfo> {
  checkRoleDistrict(request.role, request.district);
  const passwordHash = await hashPassword(request.password);
  const [row] = await db.query<AccountRow>(
    `INSERT INTO accounts (id, username, display_name, role, district, password_hash)
     VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (username) DO NOTHING RETURNING ${COLUMNS}`,
    [randomUUID(), request.username, request.displayName.trim(), request.role, request.district, passwordHash],
  );
  if (!row) throw new ApiError(409, 'username-taken');
  return accountInfo(row);
}

export async function listAccounts(db: Queryable): Promise<AccountInfo[]> {
  const rows = await db.query<AccountRow>(`SELECT ${COLUMNS} FROM accounts ORDER BY created_at, id`);
  return rows.map(accountInfo);
}

/** Checks a staff member's password. A wrong name and a wrong password look the same. */
export async function checkCredentials(db: Queryable, username: string, password: string): Promise<AccountInfo> {
  const [row] = await db.query<AccountRow>(`SELECT ${COLUMNS}, password_hash FROM accounts WHERE username = $1`, [
    username,
  ]);
  // Hash even for an unknown name, so the answer takes as long either way.
  const ok = await verifyPassword(password, row?.password_hash ?? (await dummyHash()));
  if (!row || !ok) throw new ApiError(401, 'bad-credentials');
  if (row.disabled_at) throw new ApiError(403, 'account-disabled');
  return accountInfo(row);
}

let dummy: Promise<string> | undefined;
function dummyHash(): Promise<string> {
  dummy ??= hashPassword('not a password anybody has');
  return dummy;
}
