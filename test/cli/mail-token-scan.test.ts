import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli, type CliResult } from "../helpers/cli.js";
import { dovecotMissing } from "../helpers/mail/dovecot.js";
import {
  NO_KEYRING,
  signedInHome,
  startOAuthServers,
  storedTokens,
  type OAuthServers,
} from "../helpers/mail/oauth-world.js";
import { DANA, emlFile } from "../helpers/mail/world.js";

const missing = dovecotMissing();

/** Every file under a folder, with its bytes. */
function filesUnder(folder: string): { path: string; bytes: string }[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory()
      ? filesUnder(path)
      : [{ path, bytes: readFileSync(path).toString("latin1") }];
  });
}

describe.skipIf(missing)("an OAuth account leaves no token anywhere in clear", () => {
  let servers: OAuthServers;
  beforeAll(async () => {
    servers = await startOAuthServers({ accessTokenSeconds: 120 });
  });
  afterAll(async () => {
    await servers?.stop();
  });

  it("sends and reads with the token, and no token is in the database, a file or any output", async () => {
    const home = await signedInHome(servers);
    const outputs: CliResult[] = [];
    const cli = async (args: string[]) => {
      const result = await runCli(args, { home, env: NO_KEYRING });
      outputs.push(result);
      return result;
    };
    const file = emlFile(home, "note.eml", {
      to: `Dana Whitfield <${DANA}>`,
      subject: "Thank you",
      body: "Hi Dana,\n\nThank you for the conversation about the telemetry pipeline.\n\nJordan",
    });
    expect((await cli(["send", file, "--yes"])).code).toBe(0);
    // Two minutes left on each token: every connection renews it first.
    const worked = await cli(["worker", "--once"]);
    expect(worked.code, worked.stderr).toBe(0);
    expect(worked.stdout).toContain("Sent #");
    await cli(["mail", "test"]);
    await cli(["--json", "mail", "test"]);
    await cli(["--json", "outbox"]);
    await cli(["--json", "inbox"]);
    await cli(["--json", "doctor"]);

    const last = await storedTokens(home);
    const secrets = servers.oidc.issued;
    // The renewals happened, and the list holds the very values the client was given.
    expect(secrets.length).toBeGreaterThan(4);
    expect(secrets).toContain(last.accessToken);
    expect(secrets).toContain(last.refreshToken);
    const everything = [
      ...outputs.map((output, index) => ({
        path: `output ${index}`,
        bytes: output.stdout + output.stderr,
      })),
      ...filesUnder(home),
    ];
    expect(
      everything.some((entry) => entry.path.endsWith(".sqlite") || entry.path.endsWith(".db")),
    ).toBe(true);
    for (const { path, bytes } of everything) {
      for (const secret of secrets) expect(bytes.includes(secret), path).toBe(false);
    }
  });
});
