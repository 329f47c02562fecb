import { createInterface } from 'node:readline';
import { newPassword } from '../auth/passwords';
import { type ParsedCommand, parseAdminArgs } from './args';
import { UsageError } from './errors';
import { type AdminTarget, executeAdminRequest } from './execute';
import {
  accountLines,
  accountsLines,
  auditBreakLines,
  auditVerificationLines,
  backupLines,
  deviceLines,
  enrolmentLines,
  restoreLines,
  revokedLines,
} from './format';
import { expectedError } from './operations';
import { type AdminRequest, checkAdminRequest } from './protocol';
import { restoreDatabase } from './restore';
import { usageText } from './usage';

export interface AdminIo {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

/** The first line of stdin, without its line ending. */
async function firstLine(input: NodeJS.ReadableStream): Promise<string> {
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) {
    lines.close();
    return line;
  }
  return '';
}

/** Runs a request and says what came of it, in lines for stdout. */
async function perform(target: AdminTarget, request: AdminRequest, generatedPassword?: string): Promise<string[]> {
  switch (request.command) {
    case 'create-enrolment':
      return enrolmentLines(await executeAdminRequest(target, request));
    case 'list-devices':
      return deviceLines(await executeAdminRequest(target, request));
    case 'revoke-device':
      return revokedLines(await executeAdminRequest(target, request));
    case 'create-account':
      return accountLines(await executeAdminRequest(target, request), generatedPassword);
    case 'list-accounts':
      return accountsLines(await executeAdminRequest(target, request));
    case 'list-audit-breaks':
      return auditBreakLines(await executeAdminRequest(target, request));
    case 'verify-audit':
      return auditVerificationLines(await executeAdminRequest(target, request));
    case 'backup':
      return backupLines(await executeAdminRequest(target, request));
  }
}

async function outputOf(
  parsed: Exclude<ParsedCommand, { kind: 'help' }>,
  target: AdminTarget,
  io: AdminIo,
): Promise<string[]> {
  switch (parsed.kind) {
    case 'restore':
      return restoreLines(await restoreDatabase(target, parsed.file));
    case 'request':
      return perform(target, checkAdminRequest(parsed.request));
    case 'create-account': {
      const generated = parsed.passwordStdin ? undefined : newPassword();
      const password = generated ?? (await firstLine(io.stdin));
      const request = checkAdminRequest({ command: 'create-account', body: { ...parsed.account, password } });
      return perform(target, request, generated);
    }
  }
}

/**
 * `npm run server -- admin …`: the exit code is 0 when done (or `help`), 1 when
 * the command could not be done (the reason on stderr), 2 for a wrong or empty
 * command line (with its usage).
 */
export async function runAdminCli(args: string[], target: AdminTarget, io: AdminIo = process): Promise<number> {
  try {
    const parsed = parseAdminArgs(args);
    if (parsed.kind === 'help') {
      // Asked for, the usage is the answer; with no command at all, the command line was wrong.
      io.stdout.write(`${usageText()}\n`);
      return parsed.asked ? 0 : 2;
    }
    const lines = await outputOf(parsed, target, io);
    io.stdout.write(`${lines.join('\n')}\n`);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`${error.message}\n\n${usageText(error.command)}\n`);
      return 2;
    }
    if (expectedError(error)) {
      io.stderr.write(`${error.message}\n`);
      return 1;
    }
    // Not something a person caused: the details are for whoever fixes it.
    io.stderr.write(`管理命令失败：${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return 1;
  }
}
