/** The server's limits; every one can be set from the environment for a deployment or a benchmark. */
export interface Limits {
  /** Largest JSON request body, bytes. */
  jsonBodyLimit: number;
  /** Largest attachment upload, bytes. */
  attachmentBodyLimit: number;
  /** Requests per minute per device (per address before a device is known). */
  requestsPerMinute: number;
  /** Enrolment attempts per minute per address. */
  enrolmentsPerMinute: number;
  /** Wrong passwords for one account before sign-in locks for {@link signInLockMinutes}. */
  signInFailures: number;
  signInLockMinutes: number;
  /** Longest a request may take to arrive and be answered, ms. */
  requestTimeoutMs: number;
}

export const DEFAULT_LIMITS: Limits = {
  jsonBodyLimit: 1024 * 1024,
  attachmentBodyLimit: 20 * 1024 * 1024,
  requestsPerMinute: 1200,
  enrolmentsPerMinute: 10,
  signInFailures: 5,
  signInLockMinutes: 15,
  requestTimeoutMs: 60_000,
};

export interface ServerEnv {
  host: string;
  port: number;
  dataDir: string;
  databaseUrl?: string;
  /** The reverse proxy's address(es) (comma-separated), whose X-Forwarded-For is believed; none by default. */
  trustProxy?: string;
  limits: Limits;
}

function positiveInteger(name: string, fallback: number, env: NodeJS.ProcessEnv): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`环境变量 ${name} 应为非负整数，实际为「${raw}」`);
  return value;
}

/** HOST, PORT, DATA_DIR, DATABASE_URL and the limits, with their defaults. */
export function readEnv(env: NodeJS.ProcessEnv = process.env): ServerEnv {
  return {
    host: env.HOST || '127.0.0.1',
    port: positiveInteger('PORT', 8787, env),
    dataDir: env.DATA_DIR || './data',
    databaseUrl: env.DATABASE_URL || undefined,
    trustProxy: env.TRUST_PROXY || undefined,
    limits: {
      jsonBodyLimit: positiveInteger('JSON_BODY_LIMIT', DEFAULT_LIMITS.jsonBodyLimit, env),
      attachmentBodyLimit: positiveInteger('ATTACHMENT_BODY_LIMIT', DEFAULT_LIMITS.attachmentBodyLimit, env),
      requestsPerMinute: positiveInteger('RATE_LIMIT_PER_MINUTE', DEFAULT_LIMITS.requestsPerMinute, env),
      enrolmentsPerMinute: positiveInteger('ENROL_LIMIT_PER_MINUTE', DEFAULT_LIMITS.enrolmentsPerMinute, env),
      signInFailures: DEFAULT_LIMITS.signInFailures,
      signInLockMinutes: DEFAULT_LIMITS.signInLockMinutes,
      requestTimeoutMs: positiveInteger('REQUEST_TIMEOUT_MS', DEFAULT_LIMITS.requestTimeoutMs, env),
    },
  };
}
