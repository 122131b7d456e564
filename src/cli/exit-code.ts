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

/** A mistake on the command line; its message says what to do instead. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}
