import { randomUUID } from 'node:crypto';
import { districtFitsRole, type Principal, type Role } from '../src-shared/api/roles';
import type { DeviceInfo, EnrolmentCodeInfo, EnrolResponse } from '../src-shared/api/schemas';
import { districtByCode } from '../src-shared/codes/districts';
import { deviceCacheFor } from './auth/device-cache';
import { hashSecret, newDeviceToken, newEnrolmentCode, normaliseEnrolmentCode } from './auth/secrets';
import type { Database, Queryable } from './db/database';
import { ApiError } from './errors';
import { iso } from './time';

export const DEFAULT_CODE_HOURS = 24;

interface DeviceRow {
  id: string;
  name: string;
  role: Role;
  district: string;
  created_at: Date;
  last_seen_at: Date | null;
  revoked_at: Date | null;
}

/** A device as the server's routes see it once its token is checked. */
export interface AuthenticatedDevice extends Principal {
  id: string;
  name: string;
}

function deviceInfo(row: DeviceRow): DeviceInfo {
  return {
    id: row.id,
    name: row.name,
    role: row.role,
    district: row.district,
    createdAt: iso(row.created_at),
    lastSeenAt: iso(row.last_seen_at),
    revokedAt: iso(row.revoked_at),
  };
}

/** Refuses a district code that does not exist or does not fit the role (city and admin are city-level). */
export function checkRoleDistrict(role: Role, district: string): void {
  if (!districtByCode(district)) throw new ApiError(400, 'unknown-district');
  if (!districtFitsRole(role, district)) throw new ApiError(400, 'role-district-mismatch');
}

export interface NewEnrolmentCode {
  role: Role;
  district: string;
  hours?: number;
  createdBy: string;
  bootstrap?: boolean;
}

/** A one-time enrolment code for a district and role. Only its hash is kept. */
export async function createEnrolmentCode(db: Queryable, request: NewEnrolmentCode): Promise<EnrolmentCodeInfo> {
  checkRoleDistrict(request.role, request.district);
  const code = newEnrolmentCode();
  const hours = request.hours ?? DEFAULT_CODE_HOURS;
  const [row] = await db.query<{ expires_at: Date }>(
    `INSERT INTO enrolment_codes (code_hash, role, district, expires_at, created_by, bootstrap)
     VALUES ($1, $2, $3, now() + make_interval(hours => $4), $5, $6) RETURNING expires_at`,
    [
      hashSecret(normaliseEnrolmentCode(code)),
      request.role,
      request.district,
      hours,
      request.createdBy,
      request.bootstrap ?? false,
    ],
  );
  if (!row) throw new Error('enrolment code not stored');
  return { code, role: request.role, district: request.district, expiresAt: iso(row.expires_at) };
}

/** Exchanges a one-time code for a device and its bearer token, in one transaction: a code enrols one device. */
export async function enrolDevice(db: Database, code: string, deviceName: string): Promise<EnrolResponse> {
  const codeHash = hashSecret(normaliseEnrolmentCode(code));
  return db.transaction(async (tx) => {
    const [found] = await tx.query<{ role: Role; district: string; used: boolean; expired: boolean }>(
      `SELECT role, district, used_at IS NOT NULL AS used, expires_at <= now() AS expired
       FROM enrolment_codes WHERE code_hash = $1 FOR UPDATE`,
      [codeHash],
    );
    if (!found) throw new ApiError(401, 'enrolment-code-invalid');
    if (found.used) throw new ApiError(401, 'enrolment-code-used');
    if (found.expired) throw new ApiError(401, 'enrolment-code-expired');
    const token = newDeviceToken();
    const [device] = await tx.query<DeviceRow>(
      `INSERT INTO devices (id, name, role, district, token_hash) VALUES ($1, $2, $3, $4, $5)
       RETURNING id, name, role, district, created_at, last_seen_at, revoked_at`,
      [randomUUID(), deviceName.trim(), found.role, found.district, hashSecret(token)],
    );
    if (!device) throw new Error('device not stored');
    await tx.query('UPDATE enrolment_codes SET used_at = now(), device_id = $2 WHERE code_hash = $1', [
      codeHash,
      device.id,
    ]);
    return { device: deviceInfo(device), token };
  });
}

export type TokenCheck = { device: AuthenticatedDevice } | { problem: 'unauthenticated' | 'token-revoked' };

/** The device a bearer token belongs to, or why it is refused. */
export async function deviceForToken(db: Queryable, token: string): Promise<TokenCheck> {
  const tokenHash = hashSecret(token);
  const cache = deviceCacheFor(db);
  const cached = cache.get(tokenHash);
  if (cached) return { device: cached };
  const [row] = await db.query<DeviceRow>(
    'SELECT id, name, role, district, created_at, last_seen_at, revoked_at FROM devices WHERE token_hash = $1',
    [tokenHash],
  );
  if (!row) return { problem: 'unauthenticated' };
  if (row.revoked_at) return { problem: 'token-revoked' };
  const device = { id: row.id, name: row.name, role: row.role, district: row.district };
  cache.remember(tokenHash, device);
  return { device };
}

/** Notes when a device was last seen, at most once a minute per device. */
export async function touchDevice(db: Queryable, id: string): Promise<void> {
  if (!deviceCacheFor(db).touchDue(id)) return;
  await db.query('UPDATE devices SET last_seen_at = now() WHERE id = $1', [id]);
}

export async function listDevices(db: Queryable): Promise<DeviceInfo[]> {
  const rows = await db.query<DeviceRow>(
    'SELECT id, name, role, district, created_at, last_seen_at, revoked_at FROM devices ORDER BY created_at, id',
  );
  return rows.map(deviceInfo);
}

/** Revokes a device's token at once; revoking twice changes nothing. */
export async function revokeDevice(db: Queryable, id: string): Promise<DeviceInfo> {
  const [row] = await db.query<DeviceRow>(
    `UPDATE devices SET revoked_at = coalesce(revoked_at, now()) WHERE id = $1
     RETURNING id, name, role, district, created_at, last_seen_at, revoked_at`,
    [id],
  );
  if (!row) throw new ApiError(404, 'device-not-found');
  deviceCacheFor(db).forgetDevice(id);
  return deviceInfo(row);
}

/**
 * With no active admin device, a fresh code for the first one (the server
 * prints it at start). Earlier unused bootstrap codes stop working.
 */
export async function bootstrapCode(db: Database): Promise<EnrolmentCodeInfo | null> {
  return db.transaction(async (tx) => {
    const [admin] = await tx.query("SELECT 1 FROM devices WHERE role = 'admin' AND revoked_at IS NULL LIMIT 1");
    if (admin) return null;
    await tx.query('DELETE FROM enrolment_codes WHERE bootstrap AND used_at IS NULL');
    return createEnrolmentCode(tx, { role: 'admin', district: 'SJ', createdBy: 'server', bootstrap: true });
  });
}
