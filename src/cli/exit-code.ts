import type { UserErrorCode } from "../app/user-error.js";

/** Every exit status the CLI uses, in one place. */
export const ExitCode = {
  ok: 0,
  /** The command ran, but some of its input was refused (or `--strict` found errors). */
  refused: 1,
  /** The command line itself was wrong. */
  usage: 2,
  /** The data folder or its store cannot be used as it is (damaged, newer, read-only, full, not a folder). */
  store: 74,
  /** Another afterword command kept the store busy for too long: the same command, run again, works. */
  busy: 75,
  /** A bug: the details went to the log. */
  internal: 70,
  /** Stopped with Ctrl-C (128 + SIGINT, as shells report it). */
  interrupted: 130,
} as const;

/**
 * The exit status of each error a user can cause, mapped once: what the store cannot do as it is
 * (74) or for now (75); everything else is refused input (1).
 */
export const EXIT_CODE_OF: Record<UserErrorCode, number> = {
  "no-such-interview": ExitCode.refused,
  "no-such-draft": ExitCode.refused,
  "no-such-message": ExitCode.refused,
  "no-such-item": ExitCode.refused,
  "no-such-plan-item": ExitCode.refused,
  "no-backup": ExitCode.refused,
  "interview-cancelled": ExitCode.refused,
  "missing-details": ExitCode.refused,
  "no-profile": ExitCode.refused,
  "no-email-address": ExitCode.refused,
  "no-sender": ExitCode.refused,
  "not-an-email": ExitCode.refused,
  "nothing-to-add": ExitCode.refused,
  "already-sent": ExitCode.refused,
  "already-queued": ExitCode.refused,
  "already-decided": ExitCode.refused,
  "not-about-an-interview": ExitCode.refused,
  closed: ExitCode.refused,
  "no-change": ExitCode.refused,
  "not-started": ExitCode.refused,
  "no-mail-account": ExitCode.refused,
  "bad-mail-account": ExitCode.refused,
  "no-rejection": ExitCode.refused,
  "damaged-backup": ExitCode.refused,
  refused: ExitCode.refused,
  "unknown-recipient": ExitCode.refused,
  "ambiguous-recipient": ExitCode.refused,
  ambiguous: ExitCode.refused,
  "reason-needed": ExitCode.refused,
  "empty-draft": ExitCode.refused,
  "says-attached": ExitCode.refused,
  "invalid-event": ExitCode.refused,
  "bad-time": ExitCode.refused,
  "bad-kind": ExitCode.refused,
  "not-a-word": ExitCode.refused,
  "cannot-write-file": ExitCode.refused,
  damaged: ExitCode.store,
  newer: ExitCode.store,
  "read-only": ExitCode.store,
  full: ExitCode.store,
  "not-a-folder": ExitCode.store,
  "no-access": ExitCode.store,
  busy: ExitCode.busy,
  unreachable: ExitCode.store,
};

/** A mistake on the command line; its message says what to do instead. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}
