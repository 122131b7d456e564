import { existsSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkMail } from "../../../src/app/mail/check-mail.js";
import { loadMailAccount } from "../../../src/app/mail/mail-account.js";
import { signIn } from "../../../src/app/mail/mail-signin.js";
import { dovecotMissing } from "../../helpers/mail/dovecot.js";
import {
  oauthSection,
  startOAuthServers,
  type OAuthServers,
} from "../../helpers/mail/oauth-world.js";
import { actAsUser } from "../../helpers/mail/oidc-server.js";
import { preparedHome } from "../../helpers/mail/world.js";
import {
  secretServiceMissing,
  startSecretService,
  type SecretService,
} from "../../helpers/secret-service.js";
import { DataFolderMailAccounts } from "../../../src/mail/data-folder-accounts.js";

const missing = dovecotMissing() ?? secretServiceMissing();

describe.skipIf(missing)("an OAuth sign-in kept in the system's keyring", () => {
  let servers: OAuthServers;
  let keyring: SecretService;
  const saved = { ...process.env };
  beforeAll(async () => {
    [servers, keyring] = await Promise.all([startOAuthServers(), startSecretService()]);
    // The keyring library finds the Secret Service through the session bus in the environment.
    Object.assign(process.env, keyring.env);
  });
  afterAll(async () => {
    for (const name of Object.keys(keyring?.env ?? {})) {
      if (saved[name] === undefined) delete process.env[name];
      else process.env[name] = saved[name];
    }
    keyring?.stop();
    await servers?.stop();
  });

  it("signs in, keeps the tokens in the keyring, and both servers accept the token read from it", async () => {
    const home = await preparedHome(servers.mail, { oauth: oauthSection(servers.oidc) });
    const mail = new DataFolderMailAccounts(home, {});
    const account = await loadMailAccount(mail);
    if (!account.ok) throw new Error(account.errors[0]!.message);
    const signedIn = await signIn(mail, account.value, {
      type: "browser",
      open: async (url) => void actAsUser(url, "candidate"),
    });
    expect(signedIn).toMatchObject({ ok: true, value: { where: "keyring", noKeyring: null } });
    expect(existsSync(join(home, "tokens"))).toBe(false);
    expect(existsSync(join(home, "token.key"))).toBe(false);

    const check = await checkMail(mail);
    expect(check.smtp).toMatchObject({ ok: true });
    expect(check.imap).toMatchObject({ ok: true });
  });
});
