import { describe, expect, it } from "vitest";
import { mailCheckLines } from "../../src/cli/commands/mail.js";
import { withHint, mailWithHint } from "../../src/cli/hints.js";
import { fieldErrorLines } from "../../src/cli/present/field-errors.js";
import { findingsReport } from "../../src/cli/present/findings.js";
import { toFinding } from "../../src/core/check/rule.js";
import { resolveRecord } from "../../src/core/record/resolve-record.js";
import { withToken, type MailProblem } from "../../src/mail/mail-problem.js";
import { imapProblem } from "../../src/mail/imap-problem.js";
import { oauthProblem } from "../../src/mail/oauth-problem.js";
import { storeProblem } from "../../src/store/store-problem.js";

const IMAP = { host: "127.0.0.1", port: 993 };

describe("the CLI's hints: the product's words, then the command that acts on them", () => {
  it("names the flag that chooses another data folder, or the setting that names the database", () => {
    const problem = storeProblem("not-a-folder", "/tmp/x", "a file has its name");
    expect(problem.message).not.toContain("--home");
    const folder = withHint({ code: problem.code, message: problem.message, field: "home" });
    expect(folder).toBe(
      "The data folder /tmp/x is not a folder (a file has its name). Move what is there out of the way, or choose another data folder: `--home DIR` (or AFTERWORD_HOME) chooses it.",
    );
    const database = withHint({ code: "no-access", message: "Refused.", field: "database" });
    expect(database).toBe("Refused. AFTERWORD_DATABASE_URL (or `--database URL`) sets that URL.");
  });

  it("signs in again when the provider no longer accepts the sign-in", () => {
    const revoked = oauthProblem({ error: "invalid_grant", error_description: "revoked" });
    expect(revoked.message).toMatch(/Sign in to the mail account again\.$/);
    expect(mailWithHint(revoked)).toMatch(
      /Sign in to the mail account again: `afterword mail signin` does it\.$/,
    );
    const check = {
      account: null,
      smtp: {
        ok: false,
        server: "127.0.0.1:465 (tls)",
        problem: problemOf("auth", revoked.message),
        signIn: revoked.code,
      },
      imap: null,
    };
    expect(mailCheckLines(check)[0]).toContain("`afterword mail signin` does it.");
  });

  it("tests the account when a renewed token is still refused", () => {
    const refused = withToken({ ...problemOf("auth", "refused"), serverSays: "535 no" });
    expect(refused.message).not.toContain("afterword");
    expect(mailWithHint(refused)).toBe(
      'The server refused the sign-in token ("535 no"), even renewed. Sign in again; if it is still refused, testing the mail account says why: `afterword mail signin`, then `afterword mail test`.',
    );
  });

  it("lists the folders when one named in mail.yaml does not exist", () => {
    const missing = imapProblem(IMAP, { serverResponseCode: "NONEXISTENT" }, "Jobs");
    expect(missing.message).not.toContain("afterword");
    expect(mailWithHint(missing)).toMatch(
      /testing the mail account lists the folders it has: `afterword mail test` does it\.$/,
    );
  });

  it("adds nothing to a problem no command helps with", () => {
    const slow = problemOf("timeout", "The server did not answer in time.");
    expect(mailWithHint(slow)).toBe(slow.message);
  });

  it("offers the other channels only for a draft asked for by e-mail", () => {
    const asked = { code: "no-email-address", message: "Lee has no e-mail address." } as const;
    expect(withHint({ ...asked, field: "channel" })).toContain("`--channel card`");
    expect(withHint(asked)).toBe(asked.message);
  });

  it("adds a name to the words, under the finding that flags it", () => {
    const text = "Thank you, Mr. Halvorsen.";
    const at = text.indexOf("Halvorsen");
    const finding = toFinding("spelling.name", "warning", {
      start: at,
      end: at + "Halvorsen".length,
      params: { word: "Halvorsen" },
    });
    expect(finding.message).toContain("add it to your words");
    expect(findingsReport(text, [finding])).toContain("`afterword words add Halvorsen` adds it.");
  });

  it("sets the profile when a record has no time zone and there is none to fall back on", () => {
    const record = {
      company: "Acme",
      position: "Engineer",
      start: "2026-11-20T14:00",
      interviewers: [{ name: "Dana Whitfield" }],
    };
    const resolved = resolveRecord(record, null);
    expect(resolved.ok).toBe(false);
    if (resolved.ok) return;
    expect(fieldErrorLines("a.yaml", resolved.errors)).toEqual([
      "a.yaml: timeZone: expected an IANA time zone (or a profile that gives one: set your profile first), found nothing. Set your profile with `afterword profile FILE`.",
    ]);
  });
});

function problemOf(kind: MailProblem["kind"], message: string): MailProblem {
  return { service: "smtp", kind, message, serverSays: null, code: null };
}
