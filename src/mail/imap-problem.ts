import type { MailProblem } from "./mail-problem.js";
import { networkProblem } from "./network-problem.js";

interface ImapFlowError {
  code?: string;
  authenticationFailed?: boolean;
  responseStatus?: string;
  responseText?: string;
  serverResponseCode?: string;
  message?: string;
  reason?: string;
  library?: string;
  errno?: number | string;
}

/** Translates an imapflow error into a MailProblem, keeping the server's words. */
export function imapProblem(
  endpoint: { host: string; port: number },
  error: unknown,
  folder?: string,
): MailProblem {
  const e = (error ?? {}) as ImapFlowError;
  const serverSays = e.responseText?.trim() || null;
  const where = `${endpoint.host}:${endpoint.port}`;
  const make = (kind: MailProblem["kind"], message: string): MailProblem => ({
    service: "imap",
    kind,
    message,
    serverSays,
    code: null,
  });
  if (e.authenticationFailed || e.serverResponseCode === "AUTHENTICATIONFAILED") {
    return make(
      "auth",
      `The mailbox server ${where} refused the user name or password${serverSays ? ` ("${serverSays}")` : ""}. Check "user" in mail.yaml and the password; Gmail, iCloud and Outlook need an app password.`,
    );
  }
  if (
    e.serverResponseCode === "NONEXISTENT" ||
    /doesn't exist|does not exist|no such mailbox|unknown mailbox/i.test(
      `${serverSays} ${e.message}`,
    )
  ) {
    return make(
      "missing-folder",
      `The folder ${folder ? `"${folder}" ` : ""}does not exist on ${where}: check its name in mail.yaml; testing the mail account lists the folders it has.`,
    );
  }
  // A server that takes the connection and then says nothing is slow or stuck, not the wrong kind.
  if (e.code === "GREETING_TIMEOUT") {
    return make(
      "timeout",
      `${where} accepted the connection but did not answer in time. If the port expects TLS from the first byte (993), set security: tls; otherwise try again later.`,
    );
  }
  if (e.code === "InvalidResponse" || /Unexpected|greeting/i.test(e.message ?? "")) {
    return make(
      "protocol",
      `${where} does not answer like a mailbox (IMAP) server: check the port; is it the SMTP one?`,
    );
  }
  const network = networkProblem("imap", endpoint, e);
  if (network) return network;
  if (e.responseStatus === "NO" || e.responseStatus === "BAD") {
    return make(
      "transient",
      `The mailbox server refused a request${folder ? ` on "${folder}"` : ""}: ${serverSays ?? e.message}.`,
    );
  }
  if (e.code === "NoConnection" || /Connection not available|closed/i.test(e.message ?? "")) {
    return make("connection-lost", `The connection to the mailbox server ${where} was lost.`);
  }
  return make(
    "connection-lost",
    `Talking to the mailbox server ${where} failed: ${e.message ?? String(error)}.`,
  );
}
