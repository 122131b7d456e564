import type { UserError, UserErrorCode } from "../app/user-error.js";
import type { Finding } from "../core/check/finding.js";
import { shellWord } from "../core/shell-word.js";
import type { MailProblem } from "../mail/mail-problem.js";
import type { OAuthProblem } from "../mail/oauth-problem.js";

/**
 * The command that helps with a use case's error, added by the CLI alone: the use cases speak
 * for the page as well, where there are no commands. The `afterword` in each is rewritten to the
 * form that runs here when it is printed.
 */
export function hintFor(error: UserError): string | null {
  const id = error.id ?? "ID";
  switch (error.code) {
    case "no-such-interview":
      return "`afterword interviews` lists them.";
    case "no-such-draft":
      return "`afterword drafts` lists them.";
    case "no-such-message":
      return "`afterword inbox` lists them.";
    case "no-such-item":
      return "`afterword outbox` lists them.";
    case "already-queued":
      return "`afterword outbox` shows it.";
    case "says-attached":
      return error.id == null
        ? null
        : `\`afterword export ${id} --eml FILE\` writes it for your mail program.`;
    case "no-such-plan-item":
      return `\`afterword plan ${id}\` lists them with their ids.`;
    case "no-rejection":
      return `Record it with \`afterword outcome ${id} rejected\`.`;
    case "missing-details":
      return `Add them with \`afterword details ${id}\`.`;
    case "no-profile":
    case "no-sender":
      return "Set your profile with `afterword profile FILE`.";
    case "no-mail-account":
      return "`afterword mail setup` sets one up.";
    case "not-about-an-interview":
      return "`afterword outcome ID …` records what happened.";
    case "no-email-address":
      // Only a draft asked for by e-mail can be written on another channel instead.
      if (error.field !== "channel") return null;
      return "Choose it with `--channel card`, `--channel linkedin` or `--channel linkedin-message`.";
    case "not-a-word":
      return "For example: `afterword words add Kubernetes Dagster`.";
    case "no-backup":
      return "`afterword doctor` says what else can be done.";
    case "damaged-backup":
      return "`afterword doctor` lists the others.";
    case "damaged":
      return "`afterword doctor` checks the store and shows how to put one back.";
    case "read-only":
    case "not-a-folder":
    case "no-access":
      // `field` says which setting names the store: the data folder, or a PostgreSQL database.
      return error.field === "database" ? DATABASE : "`--home DIR` (or AFTERWORD_HOME) chooses it.";
    case "unreachable":
      return DATABASE;
    default:
      return null;
  }
}

const DATABASE = "AFTERWORD_DATABASE_URL (or `--database URL`) sets that URL.";

const SIGN_IN = "`afterword mail signin` does it.";

/**
 * The command that helps with a mail server's or a sign-in's problem, keyed by the sign-in's code
 * when there is one, else by the kind of problem.
 */
export function mailHintFor(
  problem: Pick<MailProblem, "kind" | "signIn"> | Pick<OAuthProblem, "code">,
): string | null {
  // A mail problem's `code` is the server's reply code; a sign-in problem has no `kind`.
  const key = "kind" in problem ? (problem.signIn ?? problem.kind) : problem.code;
  switch (key) {
    case "token-expired":
    case "token-revoked":
    case "not-signed-in":
    case "wrong-audience":
      return SIGN_IN;
    case "token-refused":
      return "`afterword mail signin`, then `afterword mail test`.";
    case "missing-folder":
      return "`afterword mail test` does it.";
    default:
      return null;
  }
}

/** A mail problem's words with the CLI's hint after them. */
export function mailWithHint(
  problem: Pick<MailProblem, "kind" | "signIn" | "message"> | OAuthProblem,
): string {
  return joined(problem.message, mailHintFor(problem));
}

/** The command that acts on a proofreader's finding, for the word at the finding's place. */
export function findingHintFor(finding: Finding, word: string): string | null {
  return finding.rule === "spelling.name"
    ? `\`afterword words add ${shellWord(word)}\` adds it.`
    : null;
}

/** The error's words with the CLI's hint after them: "There is no draft 9: `afterword drafts` lists them." */
export function withHint(error: UserError): string {
  return joined(error.message, hintFor(error));
}

/** A reason (a clause, without its full stop) with the CLI's hint for its code after it. */
export function reasonWithHint(reason: string, code: UserErrorCode | undefined): string {
  const hint = code ? hintFor({ code, message: reason }) : null;
  return hint ? `${reason}. ${hint}` : reason;
}

function joined(message: string, hint: string | null): string {
  if (!hint) return message;
  return hint.startsWith("`") && message.endsWith(".")
    ? `${message.slice(0, -1)}: ${hint}`
    : `${message} ${hint}`;
}
