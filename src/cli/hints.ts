import type { UserError } from "../app/user-error.js";

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
    case "not-a-word":
      return "For example: `afterword words add Kubernetes Dagster`.";
    case "no-backup":
      return "`afterword doctor` says what else can be done.";
    case "damaged-backup":
      return "`afterword doctor` lists the others.";
    case "damaged":
      return "`afterword doctor` checks the store and shows how to put one back.";
    default:
      return null;
  }
}

/** The error's words with the CLI's hint after them: "There is no draft 9: `afterword drafts` lists them." */
export function withHint(error: UserError): string {
  const hint = hintFor(error);
  if (!hint) return error.message;
  return hint.startsWith("`") && error.message.endsWith(".")
    ? `${error.message.slice(0, -1)}: ${hint}`
    : `${error.message} ${hint}`;
}
