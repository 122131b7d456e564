import type { MailProblem } from "./mail-problem.js";
import { networkProblem } from "./network-problem.js";

interface NodemailerError {
  code?: string;
  response?: string;
  responseCode?: number;
  command?: string;
  message?: string;
  reason?: string;
  library?: string;
  errno?: number | string;
}

/** Translates a nodemailer error into a MailProblem, keeping the server's words. */
export function smtpProblem(endpoint: { host: string; port: number }, error: unknown): MailProblem {
  const e = (error ?? {}) as NodemailerError;
  const serverSays = e.response?.trim() || null;
  const code = typeof e.responseCode === "number" ? e.responseCode : null;
  const where = `${endpoint.host}:${endpoint.port}`;
  const make = (kind: MailProblem["kind"], message: string): MailProblem => ({
    service: "smtp",
    kind,
    message,
    serverSays,
    code,
  });

  if (e.code === "EAUTH" || e.code === "ENOAUTH" || (code !== null && [534, 535].includes(code))) {
    return make(
      "auth",
      `The sending server ${where} refused the user name or password${serverSays ? ` ("${serverSays}")` : ""}. Check "user" in mail.yaml and the password; Gmail, iCloud and Outlook need an app password.`,
    );
  }
  if (e.code === "ETLS" || (e.code === "EPROTOCOL" && /STARTTLS/i.test(e.message ?? ""))) {
    return make(
      "tls",
      `TLS mismatch with ${where}: the server would not start TLS (STARTTLS). Port 465 wants security: tls; use security: starttls only where the server offers it.`,
    );
  }
  if (code !== null && code >= 400 && code < 500) {
    return make(
      "transient",
      `The sending server refused for now: ${serverSays ?? code}. This passes; Afterword tries again later.`,
    );
  }
  if (code !== null && code >= 500) {
    return make("permanent", `The sending server refused the message: ${serverSays ?? code}.`);
  }
  if (e.code === "EPROTOCOL") {
    return make(
      "protocol",
      `${where} does not answer like a sending (SMTP) server${serverSays ? ` (it said "${serverSays.slice(0, 80)}")` : ""}: check the port; is it the IMAP one?`,
    );
  }
  return (
    networkProblem("smtp", endpoint, e) ??
    make("connection-lost", `Sending through ${where} failed: ${e.message ?? String(error)}.`)
  );
}
