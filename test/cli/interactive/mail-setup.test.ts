import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { runCli } from "../../helpers/cli.js";
import { dovecotMissing } from "../../helpers/mail/dovecot.js";
import { preparedHome, startMailServers, type MailServers } from "../../helpers/mail/world.js";
import { KEY, Terminal } from "../../helpers/terminal.js";

const missing = dovecotMissing();
const ERASE = "\x7f".repeat(40);

describe.skipIf(missing)("afterword mail setup at a terminal", () => {
  let servers: MailServers;
  const terminals: Terminal[] = [];
  beforeAll(async () => {
    servers = await startMailServers();
  });
  afterAll(async () => {
    await servers?.stop();
  });
  afterEach(() => terminals.splice(0).forEach((t) => t.kill()));

  it("asks for the servers, keeps the password in a file only the owner reads, and tests both", async () => {
    const home = await preparedHome(null);
    const t = new Terminal(["--home", home, "mail", "setup"], {});
    terminals.push(t);
    await t.answer("The address you send from", "");
    await t.answer("How does this mailbox let other programs in?", "");
    await t.answer("User name for both servers", `${ERASE}candidate`);
    await t.answer("Host of the sending (SMTP) server", "127.0.0.1");
    await t.answer("How is the sending (SMTP) connection protected?", `${KEY.down}${KEY.down}`);
    await t.answer("Port", `${ERASE}${servers.sink.port}`);
    await t.answer("Host of the mailbox (IMAP) server", "127.0.0.1");
    await t.answer("How is the mailbox (IMAP) connection protected?", `${KEY.down}${KEY.down}`);
    await t.answer("Port", `${ERASE}${servers.dovecot.port}`);
    await t.answer("Where should Afterword read the password from?", KEY.down);
    await t.answer("The file", "");
    await t.answer("Type the password now", "");
    await t.answer("Password (not shown)", servers.dovecot.password);
    await t.answer("Does your provider put what you send in the Sent folder by itself?", "");
    await t.waitFor("Sending (SMTP) 127.0.0.1");
    await t.waitFor("OK, logged in");
    await t.waitFor('Sent mail is filed in "Sent"');
    expect(await t.exited).toBe(0);

    const config = parse(readFileSync(join(home, "mail.yaml"), "utf8"));
    expect(config).toMatchObject({
      address: "jordan@example.com",
      password: { file: "mail-password" },
      smtp: { host: "127.0.0.1", port: servers.sink.port, security: "none", user: "candidate" },
      imap: { host: "127.0.0.1", port: servers.dovecot.port, security: "none", user: "candidate" },
      sent: { copy: "append" },
    });
    expect(readFileSync(join(home, "mail.yaml"), "utf8")).not.toContain(servers.dovecot.password);
    expect(statSync(join(home, "mail-password")).mode & 0o777).toBe(0o600);
    expect((await runCli(["mail", "test"], { home })).code).toBe(0);
  });
});
