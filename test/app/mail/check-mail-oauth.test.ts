import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkMail } from "../../../src/app/mail/check-mail.js";
import { oauthConfiguration, revokeTokens } from "../../../src/mail/oauth-client.js";
import type { OAuthSettings } from "../../../src/mail/oauth-providers.js";
import { dovecotMissing } from "../../helpers/mail/dovecot.js";
import {
  NO_KEYRING,
  replaceTokens,
  signedInHome,
  startOAuthServers,
  storedTokens,
  type OAuthServers,
} from "../../helpers/mail/oauth-world.js";
import { CLIENT_ID, MAIL_SCOPES, OTHER_AUDIENCE } from "../../helpers/mail/oidc-server.js";
import { DataFolderMailAccounts } from "../../../src/mail/data-folder-accounts.js";

const missing = dovecotMissing();
const HOUR = 3600_000;

const settingsOf = (servers: OAuthServers): OAuthSettings => ({
  provider: "custom",
  clientId: CLIENT_ID,
  tenant: "common",
  issuer: servers.oidc.issuer,
  scopes: MAIL_SCOPES,
});

describe.skipIf(missing)(
  "mail test with an OAuth sign-in, against Dovecot and SMTP on loopback",
  () => {
    describe("a provider that issues tokens for the mail servers", () => {
      let servers: OAuthServers;
      beforeAll(async () => {
        servers = await startOAuthServers();
      });
      afterAll(async () => {
        await servers?.stop();
      });

      it("logs in to both servers with the token", async () => {
        const home = await signedInHome(servers);
        const check = await checkMail(new DataFolderMailAccounts(home, NO_KEYRING));
        expect(check.smtp).toMatchObject({ ok: true, signIn: null });
        expect(check.imap).toMatchObject({ ok: true, signIn: null, sentFolder: "Sent" });
      });

      it("renews the token before it ends, and keeps the new one", async () => {
        const home = await signedInHome(servers);
        const before = await storedTokens(home);
        // Four minutes left: inside the five minutes before the end, when Afterword renews.
        await replaceTokens(home, {
          ...before,
          expiresAt: new Date(Date.now() + 240_000).toISOString(),
        });
        const check = await checkMail(new DataFolderMailAccounts(home, NO_KEYRING));
        expect(check.smtp?.ok && check.imap?.ok).toBe(true);
        const after = await storedTokens(home);
        expect(after.accessToken).not.toBe(before.accessToken);
        expect(Date.parse(after.expiresAt)).toBeGreaterThan(Date.now() + 50 * 60_000);
      });

      it("reports a revoked sign-in: both servers refuse the token, and the provider its renewal", async () => {
        const home = await signedInHome(servers);
        const tokens = await storedTokens(home);
        expect(await revokeTokens(await oauthConfiguration(settingsOf(servers)), tokens)).toBe(
          true,
        );
        const check = await checkMail(new DataFolderMailAccounts(home, NO_KEYRING));
        for (const connection of [check.smtp!, check.imap!]) {
          expect(connection.ok).toBe(false);
          expect(connection.signIn).toBe("token-revoked");
          expect(connection.problem!.message).toMatch(/no longer accepts the sign-in/);
          expect(connection.problem!.message).toContain("Sign in to the mail account again.");
        }
      });
    });

    // This machine's clock believes the token has an hour left; the servers know better.
    const believedValid = async (home: string) => {
      const tokens = await storedTokens(home);
      await replaceTokens(home, {
        ...tokens,
        expiresAt: new Date(Date.now() + HOUR).toISOString(),
      });
      return tokens;
    };

    describe("a provider whose access tokens last eight seconds", () => {
      let servers: OAuthServers;
      beforeAll(async () => {
        // Long enough to outlast Dovecot's pause before it answers again after a refused login.
        servers = await startOAuthServers({ accessTokenSeconds: 8 });
      });
      afterAll(async () => {
        await servers?.stop();
      });

      it("renews a token the servers refuse as expired, and logs in with the new one", async () => {
        const home = await signedInHome(servers);
        const expired = await believedValid(home);
        await sleep(8_500);
        const check = await checkMail(new DataFolderMailAccounts(home, NO_KEYRING));
        expect(check.smtp).toMatchObject({ ok: true });
        expect(check.imap).toMatchObject({ ok: true });
        expect((await storedTokens(home)).accessToken).not.toBe(expired.accessToken);
      });
    });

    describe("a provider whose access tokens last two seconds, and their renewal three", () => {
      let servers: OAuthServers;
      beforeAll(async () => {
        servers = await startOAuthServers({ accessTokenSeconds: 2, refreshTokenSeconds: 3 });
      });
      afterAll(async () => {
        await servers?.stop();
      });

      it("says the sign-in expired when the servers refuse the token and the renewal is refused too", async () => {
        const home = await signedInHome(servers);
        await believedValid(home);
        await sleep(3_500);
        const check = await checkMail(new DataFolderMailAccounts(home, NO_KEYRING));
        for (const connection of [check.smtp!, check.imap!]) {
          expect(connection.ok).toBe(false);
          expect(connection.signIn).toBe("token-expired");
          expect(connection.problem!.message).toMatch(/sign-in has expired/);
        }
      });
    });

    describe("a provider that issues the application's tokens for another service", () => {
      let servers: OAuthServers;
      beforeAll(async () => {
        servers = await startOAuthServers({ audience: OTHER_AUDIENCE });
      });
      afterAll(async () => {
        await servers?.stop();
      });

      it("says the token has the wrong audience, naming the permission the mail servers need", async () => {
        const home = await signedInHome(servers);
        const check = await checkMail(new DataFolderMailAccounts(home, NO_KEYRING));
        for (const connection of [check.smtp!, check.imap!]) {
          expect(connection.ok).toBe(false);
          expect(connection.signIn).toBe("wrong-audience");
          expect(connection.problem!.message).toMatch(
            /issued for another service \(wrong audience\), without mail/,
          );
        }
      });
    });
  },
);
