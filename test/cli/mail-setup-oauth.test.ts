import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Readable } from "node:stream";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { run } from "../../src/cli/run.js";
import { json, runCli } from "../helpers/cli.js";
import { dovecotMissing } from "../helpers/mail/dovecot.js";
import {
  NO_KEYRING,
  startOAuthServers,
  storedTokens,
  type OAuthServers,
} from "../helpers/mail/oauth-world.js";
import { actAsUser, CLIENT_ID, MAIL_SCOPES } from "../helpers/mail/oidc-server.js";
import { preparedHome } from "../helpers/mail/world.js";
import { KEY, Terminal } from "../helpers/terminal.js";

const missing = dovecotMissing();
const FILLED_IN = /Or open (\S+), which has the code filled in/;

describe.skipIf(missing)("afterword mail setup with an OAuth sign-in", () => {
  let servers: OAuthServers;
  const terminals: Terminal[] = [];
  beforeAll(async () => {
    servers = await startOAuthServers();
  });
  afterAll(async () => {
    await servers?.stop();
  });
  afterEach(() => terminals.splice(0).forEach((t) => t.kill()));

  const flags = () => [
    "--signin",
    "custom",
    "--issuer",
    servers.oidc.issuer,
    "--client-id",
    CLIENT_ID,
    "--scopes",
    MAIL_SCOPES.join(" "),
    "--user",
    "candidate",
    "--smtp",
    `127.0.0.1:${servers.mail.sink.port}`,
    "--imap",
    `127.0.0.1:${servers.mail.dovecot.port}`,
    "--security",
    "none",
  ];

  it("takes the answers as flags, signs in with a code typed at the provider, and tests both servers", async () => {
    const home = await preparedHome(null);
    let stdout = "";
    let stderr = "";
    let signing: Promise<string> | null = null;
    const code = await run(["--home", home, "--json", "mail", "setup", ...flags()], {
      stdin: Readable.from([""]),
      stdout: { write: (text: string) => (stdout += text) },
      stderr: {
        write: (text: string) => {
          stderr += text;
          const url = FILLED_IN.exec(text)?.[1];
          if (url) signing = actAsUser(url, "candidate");
        },
      },
      env: NO_KEYRING,
      interactive: false,
    });
    expect(signing, stderr).not.toBeNull();
    expect(code, stderr).toBe(0);
    const result = JSON.parse(stdout) as {
      signedIn: { account: string; where: string };
      check: { smtp: { ok: boolean }; imap: { ok: boolean } };
    };
    expect(result.signedIn).toMatchObject({ account: "candidate", where: "encrypted-file" });
    expect(result.check.smtp.ok && result.check.imap.ok).toBe(true);

    const config = parse(readFileSync(join(home, "mail.yaml"), "utf8"));
    expect(config).toMatchObject({
      address: "jordan@example.com",
      oauth: { provider: "custom", clientId: CLIENT_ID, issuer: servers.oidc.issuer },
      imap: { host: "127.0.0.1", port: servers.mail.dovecot.port, user: "candidate" },
    });
    expect(config.password).toBeUndefined();
    const tokens = await storedTokens(home);
    const written = readFileSync(join(home, "mail.yaml"), "utf8") + stdout + stderr;
    expect(written).not.toContain(tokens.accessToken);
    expect(written).not.toContain(tokens.refreshToken);
    expect((await runCli(["mail", "test"], { home, env: NO_KEYRING })).code).toBe(0);
  });

  it("refuses flags that cannot work, saying which and what to give", async () => {
    const home = await preparedHome(null);
    const noClient = await runCli(["mail", "setup", "--signin", "microsoft"], { home });
    expect(noClient.code).toBe(2);
    expect(noClient.stderr).toContain("--client-id is needed");
    const noIssuer = await runCli(["mail", "setup", "--signin", "custom", "--client-id", "x"], {
      home,
    });
    expect(noIssuer.stderr).toContain("--issuer is needed with --signin custom");
    const unknown = await runCli(["mail", "setup", "--signin", "yahoo"], { home });
    expect(unknown.stderr).toContain(
      '--signin: one of microsoft, google, custom, password; found "yahoo"',
    );
    const noServers = await runCli(["mail", "setup", "--address", "jordan@example.org"], { home });
    expect(noServers.stderr).toContain("--smtp is needed");
    expect(() => readFileSync(join(home, "mail.yaml"))).toThrow();
  });

  it("writes Microsoft's servers for a Microsoft sign-in", async () => {
    const home = await preparedHome(null);
    // No network here: the sign-in itself cannot reach Microsoft, and says so.
    const result = await runCli(
      [
        "--json",
        "mail",
        "setup",
        "--signin",
        "microsoft",
        "--client-id",
        "app-id",
        "--tenant",
        "consumers",
      ],
      { home, env: NO_KEYRING },
    );
    expect(result.code).toBe(1);
    expect(json<{ error: string }>(result).error).toMatch(/mail\.yaml is kept/);
    const config = parse(readFileSync(join(home, "mail.yaml"), "utf8"));
    expect(config).toMatchObject({
      oauth: { provider: "microsoft", clientId: "app-id", tenant: "consumers" },
      smtp: { host: "smtp.office365.com", port: 587, security: "starttls" },
      imap: { host: "outlook.office365.com", port: 993, security: "tls" },
      sent: { copy: "server" },
    });
  });

  it("asks at a terminal, signs in with the code, and tests both servers", async () => {
    const home = await preparedHome(null);
    const t = new Terminal(["--home", home, "mail", "setup"], NO_KEYRING);
    terminals.push(t);
    await t.answer("The address you send from", "");
    // The choice starts at "a password" for this address; the one above it is another provider.
    await t.answer("How does this mailbox let other programs in?", "\x1b[A");
    await t.answer("Application (client) ID", CLIENT_ID);
    await t.answer("The issuer's address", servers.oidc.issuer);
    await t.answer("Scopes to ask for", " mail");
    await t.answer("User name for both servers", `${"\x7f".repeat(40)}candidate`);
    await t.answer("Host of the sending (SMTP) server", "127.0.0.1");
    await t.answer("How is the sending (SMTP) connection protected?", `${KEY.down}${KEY.down}`);
    await t.answer("Port", `${"\x7f".repeat(10)}${servers.mail.sink.port}`);
    await t.answer("Host of the mailbox (IMAP) server", "127.0.0.1");
    await t.answer("How is the mailbox (IMAP) connection protected?", `${KEY.down}${KEY.down}`);
    await t.answer("Port", `${"\x7f".repeat(10)}${servers.mail.dovecot.port}`);
    await t.answer("How do you want to sign in?", "");
    await t.answer("Does your provider put what you send in the Sent folder by itself?", "");
    await t.waitFor("which has the code filled in");
    const url = FILLED_IN.exec(t.output.replace(/\s*\n\s*│?\s*/g, "\n"))?.[1];
    expect(url).toBeDefined();
    await actAsUser(url!, "candidate");
    await t.waitFor("Signed in as candidate");
    await t.waitFor('Sent mail is filed in "Sent"');
    expect(await t.exited).toBe(0);
    expect(parse(readFileSync(join(home, "mail.yaml"), "utf8")).oauth.scopes).toEqual(MAIL_SCOPES);
  });
});
