// The real server (`src-server/main.ts`) as its own process, so that its
// memory and CPU are its own and the load generator's are not counted in.
import { type ChildProcess, spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { constants } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const root = join(import.meta.dirname, '..', '..', '..');
/** The first-admin enrolment code, on its own line in the start-up banner (src-server/banner.ts). */
const BOOTSTRAP_CODE = /^ {4}([0-9A-Z]{4}-[0-9A-Z]{4})\s*$/m;
const START_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 15_000;

export interface ServerStart {
  dataDir: string;
  databaseUrl?: string;
  /** Extra environment: the raised limits. */
  env: Record<string, string>;
  /** A free one when not given; a restarted server keeps its predecessor's so its clients find it. */
  port?: number;
  /** Node options before the script, e.g. `--cpu-prof` to see where the server's time goes. */
  nodeArgs?: string[];
}

/** A port nobody listens on right now. */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  if (!address || typeof address === 'string') throw new Error('no free port');
  return address.port;
}

/**
 * The node arguments of `npm run server` (package.json), so the bench
 * measures the server exactly as it is started, node flags included.
 */
function serverNodeArgs(): string[] {
  const script = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: { server: string } })
    .scripts.server;
  const [command, ...args] = script.split(/\s+/);
  if (command !== 'node') throw new Error(`npm run server is expected to start node, not: ${script}`);
  return args;
}

export class ServerProcess {
  private stderr = '';
  private readonly exit: Promise<number>;

  private constructor(
    private readonly child: ChildProcess,
    readonly port: number,
    /** The server's structured log (its stdout), kept in DATA_DIR. */
    readonly logFile: string,
  ) {
    child.stderr?.on('data', (chunk: Buffer) => {
      this.stderr += chunk.toString();
    });
    // A server killed by a signal reports 128 + its number, as a shell would.
    this.exit = new Promise((resolve) =>
      child.once('exit', (code, signal) => resolve(code ?? 128 + (signal ? constants.signals[signal] : 0))),
    );
  }

  get baseUrl(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get pid(): number {
    return this.child.pid ?? 0;
  }

  get exited(): boolean {
    return this.child.exitCode !== null || this.child.signalCode !== null;
  }

  static async start(options: ServerStart): Promise<ServerProcess> {
    const port = options.port ?? (await freePort());
    const logFile = join(options.dataDir, 'server.log');
    const log = openSync(logFile, 'w');
    const env: NodeJS.ProcessEnv = { ...process.env, ...options.env, HOST: '127.0.0.1', PORT: String(port) };
    env.DATA_DIR = options.dataDir;
    if (options.databaseUrl) env.DATABASE_URL = options.databaseUrl;
    else delete env.DATABASE_URL;
    const child = spawn(process.execPath, [...(options.nodeArgs ?? []), ...serverNodeArgs()], {
      cwd: root,
      env,
      stdio: ['ignore', log, 'pipe'],
    });
    closeSync(log);
    const server = new ServerProcess(child, port, logFile);
    await server.waitUntilReady();
    return server;
  }

  private async waitUntilReady(): Promise<void> {
    const deadline = Date.now() + START_TIMEOUT_MS;
    while (Date.now() < deadline) {
      if (this.exited) throw new Error(`the server exited while starting:\n${this.stderr}`);
      const ready = await fetch(`${this.baseUrl}/readyz`).then(
        (response) => response.ok,
        () => false,
      );
      if (ready) return;
      await sleep(100);
    }
    await this.stop();
    throw new Error(`the server was not ready within ${START_TIMEOUT_MS / 1000} s:\n${this.stderr}`);
  }

  /** The one-time code for the first admin device, as printed at start-up. */
  async firstAdminCode(): Promise<string> {
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline) {
      const code = BOOTSTRAP_CODE.exec(this.stderr)?.[1];
      if (code) return code;
      await sleep(50);
    }
    throw new Error(`the server printed no first-admin enrolment code:\n${this.stderr}`);
  }

  /** Peak resident memory so far (VmHWM), MiB. */
  async peakMemoryMb(): Promise<number> {
    const status = await readFile(`/proc/${this.pid}/status`, 'utf8');
    const kb = /^VmHWM:\s+(\d+) kB$/m.exec(status)?.[1];
    if (!kb) throw new Error(`no VmHWM in /proc/${this.pid}/status`);
    return Number(kb) / 1024;
  }

  /** Error-level entries of the server's log (pino level ≥ 50), for explaining errors. */
  async loggedErrors(limit = 5): Promise<string[]> {
    const log = await readFile(this.logFile, 'utf8').catch(() => '');
    return log
      .split('\n')
      .filter((line) => /"level":(5|6)\d/.test(line))
      .slice(0, limit);
  }

  /** SIGTERM, as a service manager stops it; its exit code (SIGKILL after 15 s gives 137). */
  async stop(): Promise<number> {
    if (!this.exited) this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), STOP_TIMEOUT_MS);
    const code = await this.exit;
    clearTimeout(timer);
    return code;
  }
}
