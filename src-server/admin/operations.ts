import { createAccount, listAccounts } from '../accounts';
import { listAuditBreaks, verifyAuditLog } from '../audit/breaks';
import type { Database } from '../db/database';
import { createEnrolmentCode, listDevices, revokeDevice } from '../devices';
import { ApiError } from '../errors';
import { backupDatabase } from './backup';
import { AdminError, UsageError } from './errors';
import { type AdminRequest, type AdminResponse, type AdminResults, checkAdminRequest, type ResultOf } from './protocol';

/** What an admin command runs against: the open database, and PostgreSQL's address for pg_dump. */
export interface AdminContext {
  db: Database;
  databaseUrl?: string;
}

/** Codes made on the command line say so in enrolment_codes.created_by. */
const CREATED_BY = 'admin-cli';

async function run(context: AdminContext, request: AdminRequest): Promise<AdminResults[AdminRequest['command']]> {
  const { db } = context;
  switch (request.command) {
    case 'create-enrolment':
      return createEnrolmentCode(db, { ...request.body, createdBy: CREATED_BY });
    case 'list-devices':
      return listDevices(db);
    case 'revoke-device':
      return revokeDevice(db, request.params.id);
    case 'create-account':
      return createAccount(db, request.body);
    case 'list-accounts':
      return listAccounts(db);
    case 'list-audit-breaks':
      return listAuditBreaks(db);
    case 'verify-audit':
      return verifyAuditLog(db);
    case 'backup':
      return backupDatabase(context, request.file);
  }
}

/** Runs one admin request against an open database (the running server's, or the command line's own). */
export async function runAdminRequest<R extends AdminRequest>(context: AdminContext, request: R): Promise<ResultOf<R>> {
  return (await run(context, checkAdminRequest(request))) as ResultOf<R>;
}

/** The failures a person can act on; anything else is a fault in the server. */
export function expectedError(error: unknown): error is ApiError | AdminError | UsageError {
  return error instanceof ApiError || error instanceof AdminError || error instanceof UsageError;
}

/** The admin socket's answer to one request: its result, or the error as code and Chinese message. */
export async function answerAdminRequest(
  context: AdminContext,
  request: unknown,
  onFault: (error: unknown) => void = () => {},
): Promise<AdminResponse> {
  try {
    return { ok: true, result: await run(context, checkAdminRequest(request)) };
  } catch (error) {
    if (error instanceof ApiError || error instanceof AdminError) {
      return { ok: false, error: { code: error.code, message: error.message } };
    }
    if (error instanceof UsageError) return { ok: false, error: { code: 'usage', message: error.message } };
    onFault(error);
    return { ok: false, error: { code: 'internal', message: `服务器执行管理命令出错：${(error as Error).message}` } };
  }
}
