import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { stringify } from "yaml";
import { runCli } from "../cli.js";
import { tempHome } from "../temp-home.js";
import { startDovecot, type Dovecot, type DovecotOAuth } from "./dovecot.js";
import { startSmtpSink, type SmtpSink } from "./smtp-sink.js";

export const FIXTURES = join(import.meta.dirname, "..", "..", "fixtures");
export const CANDIDATE = "jordan@example.com";
export const DANA = "dana.whitfield@acme.example";
export const SAM = "sam.okafor@acme.example";

/** Dovecot with a mailbox for the candidate and two interviewers, and the SMTP sink in front of it. */
export interface MailServers {
  dovecot: Dovecot;
  sink: SmtpSink;
  stop(): Promise<void>;
}

/** With `oauth`, both servers also take a token, checked with the OAuth server. */
export async function startMailServers(oauth?: DovecotOAuth): Promise<MailServers> {
  const dovecot = await startDovecot(["candidate", "dana", "sam"], "secret", oauth);
  const sink = await startSmtpSink({
    dovecot,
    user: "candidate",
    oauth,
    mailboxes: { [CANDIDATE]: "candidate", [DANA]: "dana", [SAM]: "sam" },
  });
  return {
    dovecot,
    sink,
    stop: async () => {
      await sink.stop();
      await dovecot.stop();
    },
  };
}

export const PASSWORD_ENV = { AFTERWORD_MAIL_PASSWORD: "secret" };

/** mail.yaml for the candidate's account on the test servers. */
export function mailConfig(servers: MailServers, overrides: Record<string, unknown> = {}) {
  return {
    address: CANDIDATE,
    name: "Jordan Rivera",
    smtp: { host: "127.0.0.1", port: servers.sink.port, security: "none", user: "candidate" },
    imap: { host: "127.0.0.1", port: servers.dovecot.port, security: "none", user: "candidate" },
    ...overrides,
  };
}

export function writeMailConfig(home: string, config: Record<string, unknown>): void {
  writeFileSync(join(home, "mail.yaml"), stringify(config));
}

/** A data folder with the profile, the Acme interview (Dana, Sam) and the test account. */
export async function preparedHome(
  servers: MailServers | null,
  overrides: Record<string, unknown> = {},
): Promise<string> {
  const home = tempHome();
  const records = join(FIXTURES, "records");
  await runCli(["profile", join(records, "profile.yaml")], { home });
  await runCli(["import", join(FIXTURES, "mail", "interview-acme.yaml")], { home });
  if (servers) writeMailConfig(home, mailConfig(servers, overrides));
  return home;
}

/** Writes a message for `afterword send`. */
export function emlFile(
  home: string,
  name: string,
  fields: { to: string; subject: string; body: string },
): string {
  const file = join(home, name);
  writeFileSync(
    file,
    [
      `To: ${fields.to}`,
      `Subject: ${fields.subject}`,
      "MIME-Version: 1.0",
      "Content-Type: text/plain; charset=utf-8",
      "Content-Transfer-Encoding: 8bit",
      "",
      fields.body,
      "",
    ].join("\r\n"),
  );
  return file;
}
