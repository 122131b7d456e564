import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { json, runCli } from "../helpers/cli.js";
import { dovecotMissing } from "../helpers/mail/dovecot.js";
import { freePort } from "../helpers/mail/free-port.js";
import {
  DANA,
  PASSWORD_ENV,
  emlFile,
  mailConfig,
  startMailServers,
  writeMailConfig,
  type MailServers,
} from "../helpers/mail/world.js";
import { tempHome } from "../helpers/temp-home.js";

const missing = dovecotMissing();

interface Check {
  account: string | null;
  smtp: {
    ok: boolean;
    problem: { kind: string; message: string; serverSays: string | null } | null;
  };
  imap: {
    ok: boolean;
    sentFolder: string | null;
    problem: { kind: string; message: string } | null;
  };
}

describe("afterword mail test: what is wrong, in words", () => {
  it("says there is no account yet, and where to write one", async () => {
    const result = await runCli(["mail", "test"], { home: tempHome() });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("afterword mail setup");
  });

  it("refuses a password written in the file, without repeating it", async () => {
    const home = tempHome();
    writeMailConfig(home, {
      password: "hunter2",
      smtp: { host: "smtp.example.com", user: "jordan", password: "hunter3" },
    });
    const result = await runCli(["mail", "test"], { home });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("password: expected no password here");
    expect(result.stdout).toContain("smtp.password: expected no password here");
    expect(result.stdout).not.toMatch(/hunter[23]/);
  });

  it("refuses plain text to a host other than this machine", async () => {
    const home = tempHome();
    writeMailConfig(home, { smtp: { host: "smtp.example.com", security: "none", user: "jordan" } });
    const result = await runCli(["mail", "test"], { home });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      '"none" would send your password unprotected to smtp.example.com',
    );
  });

  describe.skipIf(missing)("against the test servers", () => {
    let servers: MailServers;
    beforeAll(async () => {
      servers = await startMailServers();
    });
    afterAll(async () => {
      await servers?.stop();
    });

    const check = async (
      config: Record<string, unknown>,
      env: Record<string, string> = PASSWORD_ENV,
    ) => {
      const home = tempHome();
      writeMailConfig(home, config);
      const result = await runCli(["mail", "test", "--json"], { home, env });
      return { home, result, check: json<Check>(result) };
    };

    it("logs in to both and names the Sent folder", async () => {
      const { result, check: c } = await check(mailConfig(servers));
      expect(result.code).toBe(0);
      expect(c).toMatchObject({
        account: null,
        smtp: { ok: true },
        imap: { ok: true, sentFolder: "Sent" },
      });
      const text = await runCli(["mail", "test"], {
        home: (await check(mailConfig(servers))).home,
        env: PASSWORD_ENV,
      });
      expect(text.stdout).toContain('Sent mail is filed in "Sent"');
    });

    it("says the password was refused, without printing it or logging it", async () => {
      const {
        home,
        result,
        check: c,
      } = await check(mailConfig(servers), {
        AFTERWORD_MAIL_PASSWORD: "wrong-password-123",
      });
      expect(result.code).toBe(1);
      expect(c.smtp.problem).toMatchObject({ kind: "auth" });
      expect(c.smtp.problem!.message).toContain("refused the user name or password");
      expect(c.smtp.problem!.serverSays).toContain("535");
      expect(c.imap.problem).toMatchObject({ kind: "auth" });
      expect(result.stdout).not.toContain("wrong-password-123");

      // The worker meets the same refusal, records it on the item, and keeps the message queued.
      const wrong = { AFTERWORD_MAIL_PASSWORD: "wrong-password-123" };
      const note = emlFile(home, "note.eml", { to: DANA, subject: "Hello", body: "Hello." });
      expect((await runCli(["send", note, "--yes"], { home, env: wrong })).code).toBe(0);
      const worked = await runCli(["worker", "--once"], { home, env: wrong });
      expect(worked.stderr).toContain("refused the user name or password");
      expect(worked.stdout + worked.stderr).not.toContain("wrong-password-123");
      const [item] = json<{ state: string; problem: string }[]>(
        await runCli(["outbox", "--json"], { home }),
      );
      expect(item).toMatchObject({ state: "queued" });

      // The store included: nothing Afterword writes holds the password.
      const files = readdirSync(home, { recursive: true, withFileTypes: true }).filter((entry) =>
        entry.isFile(),
      );
      expect(files.some((entry) => entry.name.endsWith(".sqlite"))).toBe(true);
      for (const entry of files) {
        const bytes = readFileSync(join(entry.parentPath, entry.name));
        expect(bytes.includes("wrong-password-123"), entry.name).toBe(false);
      }
    });

    it("says TLS does not match the port", async () => {
      const { check: c } = await check(
        mailConfig(servers, {
          smtp: { host: "127.0.0.1", port: servers.sink.port, security: "tls", user: "candidate" },
          imap: {
            host: "127.0.0.1",
            port: servers.dovecot.port,
            security: "tls",
            user: "candidate",
          },
        }),
      );
      expect(c.smtp.problem).toMatchObject({ kind: "tls" });
      expect(c.smtp.problem!.message).toContain("TLS mismatch");
      expect(c.imap.problem).toMatchObject({ kind: "tls" });
    });

    it("says nothing answers at a closed port, and that the IMAP port is not SMTP", async () => {
      const closed = await freePort();
      const { check: c } = await check(
        mailConfig(servers, {
          smtp: {
            host: "127.0.0.1",
            port: servers.dovecot.port,
            security: "none",
            user: "candidate",
          },
          imap: { host: "127.0.0.1", port: closed, security: "none", user: "candidate" },
        }),
      );
      expect(c.smtp.problem).toMatchObject({ kind: "protocol" });
      expect(c.imap.problem).toMatchObject({ kind: "unreachable" });
      expect(c.imap.problem!.message).toContain("connection refused");
    });
  });
});
