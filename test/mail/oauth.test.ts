import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  oauthConfiguration,
  renewedTokens,
  revokeTokens,
  signInWithBrowser,
  signInWithDeviceCode,
} from "../../src/mail/oauth-client.js";
import { oauthProblem } from "../../src/mail/oauth-problem.js";
import type { OAuthSettings } from "../../src/mail/oauth-providers.js";
import {
  actAsUser,
  CLIENT_ID,
  startOidcServer,
  type OidcServer,
} from "../helpers/mail/oidc-server.js";

describe("OAuth 2.0 sign-in against a real provider on loopback", () => {
  let server: OidcServer;
  let settings: OAuthSettings;
  beforeAll(async () => {
    server = await startOidcServer();
    settings = {
      provider: "custom",
      clientId: CLIENT_ID,
      tenant: "common",
      issuer: server.issuer,
      scopes: [],
    };
  });
  afterAll(async () => {
    await server?.stop();
  });

  const introspect = async (token: string) => {
    const response = await fetch(`${server.issuer}/token/introspection`, {
      method: "POST",
      headers: {
        authorization: `Basic ${Buffer.from("mail-server:mail-server-secret").toString("base64")}`,
        "content-type": "application/x-www-form-urlencoded",
      },
      body: new URLSearchParams({ token }),
    });
    return (await response.json()) as { active: boolean; sub?: string };
  };

  it("signs in with a device code typed at the provider", async () => {
    const config = await oauthConfiguration(settings);
    const tokens = await signInWithDeviceCode(config, settings, (prompt) => {
      expect(prompt.userCode).toMatch(/\w/);
      void actAsUser(prompt.verificationUriComplete ?? prompt.verificationUri, "jordan");
    });
    expect(tokens.refreshToken).not.toBeNull();
    expect(await introspect(tokens.accessToken)).toMatchObject({ active: true, sub: "jordan" });
  });

  it("signs in through the browser with PKCE, renews before expiry, and revokes", async () => {
    const config = await oauthConfiguration(settings);
    let asked = "";
    const tokens = await signInWithBrowser(config, settings, async (url) => {
      asked = url;
      void actAsUser(url, "jordan");
    });
    expect(new URL(asked).searchParams.get("code_challenge_method")).toBe("S256");
    expect(await introspect(tokens.accessToken)).toMatchObject({ active: true });

    const early = new Date(Date.parse(tokens.expiresAt) - 3600_000);
    expect(await renewedTokens(config, tokens, early)).toBeNull();
    const late = new Date(Date.parse(tokens.expiresAt) - 60_000);
    const renewed = (await renewedTokens(config, tokens, late))!;
    expect(renewed.accessToken).not.toBe(tokens.accessToken);
    expect(await introspect(renewed.accessToken)).toMatchObject({ active: true });

    expect(await revokeTokens(config, renewed)).toBe(true);
    expect(await introspect(renewed.accessToken)).toMatchObject({ active: false });
    const lateAgain = new Date(Date.parse(renewed.expiresAt) - 60_000);
    const refused = await renewedTokens(config, renewed, lateAgain).catch(
      (error: unknown) => error,
    );
    expect(oauthProblem(refused).code).toBe("token-revoked");
  });
});
