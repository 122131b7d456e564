import { createServer } from "node:http";
import * as client from "openid-client";
import type { OAuthTokens } from "./token-vault.js";
import {
  GOOGLE_ISSUER,
  microsoftEndpoints,
  scopesOf,
  type OAuthSettings,
} from "./oauth-providers.js";

const LOOPBACK = /^(?:127(?:\.\d{1,3}){3}|\[::1\]|localhost)$/i;
/** How long the one-time listener waits for the browser to come back from the provider. */
export const BROWSER_WAIT_MS = 10 * 60_000;
/** A token this close to its end is renewed before use. */
export const RENEW_BEFORE_SECONDS = 300;

/**
 * The provider's endpoints for this client: discovered (OpenID Connect discovery), or written
 * out for Microsoft. Plain HTTP is allowed only to a server on this machine.
 */
export async function oauthConfiguration(settings: OAuthSettings): Promise<client.Configuration> {
  const options = (url: URL) =>
    url.protocol === "http:" && LOOPBACK.test(url.hostname)
      ? { execute: [client.allowInsecureRequests] }
      : undefined;
  if (settings.provider === "microsoft") {
    return new client.Configuration(
      microsoftEndpoints(settings.tenant),
      settings.clientId,
      undefined,
      client.None(),
    );
  }
  const issuer = new URL(settings.provider === "google" ? GOOGLE_ISSUER : settings.issuer!);
  return client.discovery(issuer, settings.clientId, undefined, client.None(), options(issuer));
}

function tokensOf(response: client.TokenEndpointResponse, now: Date, previous?: OAuthTokens) {
  const seconds = response.expires_in ?? 3600;
  return {
    accessToken: response.access_token,
    // A provider may keep the refresh token it gave before: it stays valid then.
    refreshToken: response.refresh_token ?? previous?.refreshToken ?? null,
    expiresAt: new Date(now.getTime() + seconds * 1000).toISOString(),
    scope: response.scope ?? previous?.scope ?? null,
  } satisfies OAuthTokens;
}

/** What to show the person during a device sign-in: where to go and the code to type. */
export interface DeviceCodePrompt {
  verificationUri: string;
  /** The address with the code already filled in, when the provider gives one. */
  verificationUriComplete: string | null;
  userCode: string;
  expiresInSeconds: number;
}

/** Device-code sign-in (RFC 8628): works over SSH and in a terminal without a browser. */
export async function signInWithDeviceCode(
  config: client.Configuration,
  settings: OAuthSettings,
  show: (prompt: DeviceCodePrompt) => void,
  signal?: AbortSignal,
): Promise<OAuthTokens> {
  const started = await client.initiateDeviceAuthorization(config, { scope: scopesOf(settings) });
  show({
    verificationUri: started.verification_uri,
    verificationUriComplete: started.verification_uri_complete ?? null,
    userCode: started.user_code,
    expiresInSeconds: started.expires_in,
  });
  const response = await client.pollDeviceAuthorizationGrant(config, started, undefined, {
    signal,
  });
  return tokensOf(response, new Date());
}

/**
 * Browser sign-in: authorization code with PKCE (S256), redirected to a one-time listener on
 * 127.0.0.1 (RFC 8252). `open` shows the address in the browser (or prints it).
 */
export async function signInWithBrowser(
  config: client.Configuration,
  settings: OAuthSettings,
  open: (url: string) => Promise<void>,
  waitMs = BROWSER_WAIT_MS,
): Promise<OAuthTokens> {
  const verifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  let finish: (url: URL) => void = () => undefined;
  const answered = new Promise<URL>((resolve) => (finish = resolve));
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    if (url.pathname !== "/callback") {
      response.writeHead(404).end();
      return;
    }
    response
      .writeHead(200, { "content-type": "text/plain; charset=utf-8" })
      .end("Afterword is signed in. You can close this tab.");
    finish(url);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  try {
    const port = (server.address() as { port: number }).port;
    const redirectUri = `http://127.0.0.1:${port}/callback`;
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: redirectUri,
      scope: scopesOf(settings),
      code_challenge: await client.calculatePKCECodeChallenge(verifier),
      code_challenge_method: "S256",
      state,
      // Without asking consent again, providers give no refresh token to a second sign-in.
      prompt: "consent",
      ...(settings.provider === "google" ? { access_type: "offline" } : {}),
    });
    await open(url.href);
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () =>
          reject(Object.assign(new Error("not finished in time"), { error: "sign_in_timeout" })),
        waitMs,
      );
    });
    const callback = await Promise.race([answered, late]).finally(() => clearTimeout(timer));
    const response = await client.authorizationCodeGrant(
      config,
      new URL(`${redirectUri}${callback.search}`),
      { pkceCodeVerifier: verifier, expectedState: state },
    );
    return tokensOf(response, new Date());
  } finally {
    server.close();
  }
}

/**
 * Renews the access token with the refresh token when it ends within RENEW_BEFORE_SECONDS, or at
 * once with `force` (a server refused it early: the clock is off, or the provider cut it short).
 */
export async function renewedTokens(
  config: client.Configuration,
  tokens: OAuthTokens,
  now: Date,
  force = false,
): Promise<OAuthTokens | null> {
  const left = (Date.parse(tokens.expiresAt) - now.getTime()) / 1000;
  if (left > RENEW_BEFORE_SECONDS && !force) return null;
  if (!tokens.refreshToken) throw Object.assign(new Error("expired"), { error: "expired_token" });
  const response = await client.refreshTokenGrant(config, tokens.refreshToken);
  return tokensOf(response, now, tokens);
}

/** Tells the provider to forget the sign-in (RFC 7009), where it offers revocation. */
export async function revokeTokens(config: client.Configuration, tokens: OAuthTokens) {
  if (!config.serverMetadata().revocation_endpoint) return false;
  if (tokens.refreshToken) await client.tokenRevocation(config, tokens.refreshToken);
  await client.tokenRevocation(config, tokens.accessToken);
  return true;
}
