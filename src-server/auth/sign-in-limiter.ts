/** Counts wrong passwords per account name; after `maxFailures` within `windowMs` the name is locked. */
export class SignInLimiter {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly maxFailures: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  private recent(username: string): number[] {
    const since = this.now() - this.windowMs;
    const kept = (this.failures.get(username.toLowerCase()) ?? []).filter((at) => at > since);
    if (kept.length === 0) this.failures.delete(username.toLowerCase());
    else this.failures.set(username.toLowerCase(), kept);
    return kept;
  }

  locked(username: string): boolean {
    return this.recent(username).length >= this.maxFailures;
  }

  failed(username: string): void {
    this.failures.set(username.toLowerCase(), [...this.recent(username), this.now()]);
  }

  succeeded(username: string): void {
    this.failures.delete(username.toLowerCase());
  }
}
