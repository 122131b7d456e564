import type { OAuthProblem } from "./oauth-problem.js";

/** Which connection a problem is about. */
export type MailService = "smtp" | "imap";

/**
 * What went wrong talking to a mail server, in the project's own terms. `auth`, `tls`,
 * `unreachable`, `protocol` and `missing-folder` need the user; `transient` and the network kinds
 * pass with time; `permanent` is the server refusing this message for good.
 */
export type MailProblemKind =
  | "auth"
  | "tls"
  | "unreachable"
  | "timeout"
  | "protocol"
  | "connection-lost"
  | "transient"
  | "permanent"
  | "missing-folder";

export interface MailProblem {
  service: MailService;
  kind: MailProblemKind;
  /** Words a person understands, saying what to do. */
  message: string;
  /** The server's own words, when it gave a reply. */
  serverSays: string | null;
  /** The server's reply code (SMTP), when it gave one. */
  code: number | null;
  /** With OAuth: why no token could be had (`token-revoked`, `not-signed-in`, …). */
  signIn?: OAuthProblem["code"];
}

/** A login the server refused when the credential was a sign-in token, not a password. */
export function withToken(problem: MailProblem): MailProblem {
  if (problem.kind !== "auth" || problem.serverSays === null) return problem;
  return {
    ...problem,
    message: `The server refused the sign-in token ("${problem.serverSays}"), even renewed. Sign in again; if it is still refused, testing the mail account says why.`,
    signIn: "token-refused",
  };
}

/** Thrown by the mail adapters only; anything else they throw is a bug. */
export class MailFailure extends Error {
  override readonly name = "MailFailure";

  constructor(readonly problem: MailProblem) {
    super(problem.message);
  }
}

/**
 * True when the message certainly did not reach the server: it refused in words, or we never got
 * as far as handing it over. A dropped connection or a time-out leaves it uncertain.
 */
export function certainlyNotSent(problem: MailProblem): boolean {
  return problem.kind !== "connection-lost" && problem.kind !== "timeout";
}

/** True when waiting and trying again can help without the user changing anything. */
export function passesWithTime(problem: MailProblem): boolean {
  return ["transient", "timeout", "connection-lost", "unreachable"].includes(problem.kind);
}
