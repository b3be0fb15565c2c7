/** A user's mistake (bad file, bad option value): reported as one line, exit status 2, never a stack trace. */
export class UserError extends Error {}
