/**
 * Every code of an error a user can cause, in one list: the CLI maps each once to an exit status
 * and the web server once to an HTTP status. A code is stable: scripts and the page test for it.
 */
export const USER_ERROR_CODES = [
  // Something named that does not exist.
  "no-such-interview",
  "no-such-draft",
  "no-such-message",
  "no-such-item",
  "no-such-plan-item",
  "no-backup",
  // What is stored does not allow it now.
  "interview-cancelled",
  "missing-details",
  "no-profile",
  "no-email-address",
  "no-sender",
  "not-an-email",
  "nothing-to-add",
  "already-sent",
  "already-queued",
  "already-decided",
  "not-about-an-interview",
  "closed",
  "no-change",
  "not-started",
  "no-mail-account",
  "bad-mail-account",
  "no-rejection",
  "damaged-backup",
  "refused",
  // A request to put right.
  "unknown-recipient",
  "ambiguous-recipient",
  "ambiguous",
  "reason-needed",
  "empty-draft",
  "says-attached",
  "invalid-event",
  "bad-time",
  "bad-kind",
  "not-a-word",
  "cannot-write-file",
  // The store cannot be used as it is (store-problem.ts): none of it a bug in Afterword.
  "damaged",
  "newer",
  "read-only",
  "full",
  "not-a-folder",
  "no-access",
  "busy",
  "unreachable",
] as const satisfies readonly string[];

export type UserErrorCode = (typeof USER_ERROR_CODES)[number];

/**
 * An error a user caused, as every use case reports it: a stable code, words that say what was
 * wrong and what to do (never a command of the CLI: it adds its own hints), the field that was
 * wrong, and the record the error is about, for those hints.
 */
export interface UserError<C extends UserErrorCode = UserErrorCode> {
  code: C;
  message: string;
  field?: string | null;
  /** The interview, draft, message or outbox item the error names. */
  id?: number | null;
}

export function userError<C extends UserErrorCode>(
  code: C,
  message: string,
  about: { field?: string | null; id?: number | null } = {},
): UserError<C> {
  return { code, message, ...about };
}
