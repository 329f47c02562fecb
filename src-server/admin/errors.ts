/** An admin command that could not be done, for a reason the person can act on (exit code 1, no stack). */
export class AdminError extends Error {
  constructor(
    message: string,
    readonly code = 'admin-failed',
  ) {
    super(message);
    this.name = 'AdminError';
  }
}

/** The command line itself is wrong: an unknown command, a missing or bad flag (exit code 2, with the usage). */
export class UsageError extends Error {
  constructor(
    message: string,
    /** The command whose usage to show; none for the whole list. */
    readonly command?: string,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}
