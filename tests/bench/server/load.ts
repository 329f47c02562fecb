// The load: every device in a closed loop (its next request as soon as the
// last one is answered) on one read route, for a fixed time.
import { DeviceClient } from './http';
import type { BenchDevice } from './setup';

export const READ_PATH = '/api/v1/records/applications?limit=20';
/** A route that checks the token and answers without a query. */
export const AUTH_ONLY_PATH = '/api/v1/me';
const PAGE = 20;

export interface LoadFigures {
  /** Latency of every answered request, ms. */
  latenciesMs: number[];
  /** Requests answered 200. */
  answered: number;
  /** Answers other than 200 and network errors. */
  errors: number;
  /** `HTTP 429`, `ECONNRESET`…: how many of each. */
  errorKinds: Map<string, number>;
  seconds: number;
}

export interface Connected {
  client: DeviceClient;
  district: string;
}

/**
 * Connects every device and sends one request each before the clock starts,
 * checking that the route answers a full page of the device's own district.
 */
export async function connect(baseUrl: string, devices: BenchDevice[]): Promise<Connected[]> {
  const connected = devices.map(({ token, district }) => ({ client: new DeviceClient(baseUrl, token), district }));
  await Promise.all(
    connected.map(async ({ client, district }) => {
      const { records } = await client.json<{ records: { district: string }[] }>('GET', READ_PATH, undefined, 200);
      if (records.length !== PAGE || records.some((record) => record.district !== district)) {
        throw new Error(`expected ${PAGE} records of ${district}, got ${records.length}`);
      }
    }),
  );
  return connected;
}

/** Runs the load for `seconds`, or until `stop` says the server is gone. */
export async function runLoad(
  connected: Connected[],
  path: string,
  seconds: number,
  stop: () => boolean,
): Promise<LoadFigures> {
  const latenciesMs: number[] = [];
  let answered = 0;
  const errorKinds = new Map<string, number>();
  const failed = (kind: string) => errorKinds.set(kind, (errorKinds.get(kind) ?? 0) + 1);
  const started = process.hrtime.bigint();
  const deadline = started + BigInt(Math.round(seconds * 1e9));

  await Promise.all(
    connected.map(async ({ client }) => {
      while (process.hrtime.bigint() < deadline && !stop()) {
        const sent = process.hrtime.bigint();
        try {
          const answer = await client.send('GET', path);
          latenciesMs.push(Number(process.hrtime.bigint() - sent) / 1e6);
          if (answer.status === 200) answered++;
          else failed(`HTTP ${answer.status}`);
        } catch (error) {
          failed((error as NodeJS.ErrnoException).code ?? (error as Error).message);
        }
      }
    }),
  );

  const elapsed = Number(process.hrtime.bigint() - started) / 1e9;
  const errors = [...errorKinds.values()].reduce((sum, count) => sum + count, 0);
  return { latenciesMs, answered, errors, errorKinds, seconds: elapsed };
}

export function disconnect(connected: Connected[]): void {
  for (const { client } of connected) client.close();
}
