/** What a parser returns: the normalised value, or one message saying what is wrong and how to fix it. */
export type ParseResult<T> = { ok: true; value: T } | { ok: false; message: string };

export function ok<T>(value: T): ParseResult<T> {
  return { ok: true, value };
}

export function fail<T = never>(message: string): ParseResult<T> {
  return { ok: false, message };
}
