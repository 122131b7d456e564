import type { MailProblem, MailService } from "./mail-problem.js";

const SERVICE_NAMES: Record<MailService, string> = {
  smtp: "the sending (SMTP) server",
  imap: "the mailbox (IMAP) server",
};

interface SystemError {
  code?: string;
  errno?: number | string;
  syscall?: string;
  reason?: string;
  library?: string;
  message?: string;
}

const CERTIFICATE = /certificate|CERT_|self[- ]signed|altname|issuer/i;
const TLS_WIRE =
  /wrong version number|ssl3_get_record|packet length too long|unknown protocol|tls|ssl/i;

/**
 * Words for the failures every TCP client meets: no such host, refused, unreachable, TLS that does
 * not match the port, certificates. Null when the error is none of these.
 */
export function networkProblem(
  service: MailService,
  endpoint: { host: string; port: number },
  error: SystemError,
): MailProblem | null {
  const where = `${endpoint.host}:${endpoint.port}`;
  const who = SERVICE_NAMES[service];
  const make = (kind: MailProblem["kind"], message: string): MailProblem => ({
    service,
    kind,
    message,
    serverSays: null,
    code: null,
  });
  const code = String(error.errno && typeof error.errno === "string" ? error.errno : "");
  const text = `${error.code ?? ""} ${code} ${error.message ?? ""} ${error.reason ?? ""}`;
  if (/ENOTFOUND|EAI_AGAIN|EDNS|getaddrinfo/.test(text)) {
    return make(
      "unreachable",
      `Cannot find the host ${endpoint.host} for ${who}: check the host name (and that you are online).`,
    );
  }
  if (/ECONNREFUSED/.test(text)) {
    return make(
      "unreachable",
      `Nothing answers at ${where} for ${who} (connection refused): check the host and port.`,
    );
  }
  if (/EHOSTUNREACH|ENETUNREACH|ENETDOWN|EHOSTDOWN/.test(text)) {
    return make(
      "unreachable",
      `Cannot reach ${where} for ${who}: the network has no route there. Check that you are online.`,
    );
  }
  if (CERTIFICATE.test(text)) {
    return make(
      "tls",
      `The TLS certificate of ${where} was not accepted (${(error.reason ?? error.message ?? "").trim()}): check the host name; it must be the one the certificate is for.`,
    );
  }
  if (
    error.library === "SSL routines" ||
    TLS_WIRE.test(`${error.reason ?? ""} ${error.code ?? ""}`)
  ) {
    return make(
      "tls",
      `TLS mismatch with ${where}: the server does not start TLS the way "security" says. Port 465 (SMTP) and 993 (IMAP) usually want security: tls; 587 and 143 want security: starttls.`,
    );
  }
  if (/ETIMEDOUT|ETIMEOUT|timed? ?out/i.test(text)) {
    return make(
      "timeout",
      `${where} did not answer in time for ${who}. If the port expects TLS from the first byte (465, 993), set security: tls; otherwise try again later.`,
    );
  }
  if (
    /ECONNRESET|EPIPE|ECONNECTION|closed unexpectedly|socket hang up|Connection closed/i.test(text)
  ) {
    return make(
      "connection-lost",
      `The connection to ${where} dropped in the middle of the conversation with ${who}.`,
    );
  }
  return null;
}
