import type { Server } from "node:http";
import Provider from "oidc-provider";
import { freePort } from "./free-port.js";

export const CLIENT_ID = "afterword-test";
/** The audience the loopback mail servers accept, and another service's, as RFC 8707 resources. */
export const MAIL_AUDIENCE = "urn:afterword-test:mail";
export const OTHER_AUDIENCE = "urn:afterword-test:calendar";
/** The scopes a sign-in asks for: the mail servers' own, and a refresh token. */
export const MAIL_SCOPES = ["openid", "offline_access", "mail"];
export const INTROSPECTION_CLIENT = { id: "mail-server", secret: "mail-server-secret" };

/** A real OpenID Connect provider on loopback: device flow, PKCE, refresh, revocation, introspection. */
export interface OidcServer {
  issuer: string;
  /** Every access and refresh token it has issued, to look for them where they must not be. */
  issued: string[];
  /** Where the mail servers ask whether a token is valid (RFC 7662). */
  introspection: string;
  provider: Provider;
  stop(): Promise<void>;
}

export interface OidcOptions {
  accessTokenSeconds?: number;
  refreshTokenSeconds?: number;
  /** The audience tokens get when the client names none: another service's stands for a misregistered application. */
  audience?: string;
}

export async function startOidcServer(options: OidcOptions = {}) {
  const port = await freePort();
  const issuer = `http://127.0.0.1:${port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: CLIENT_ID,
        application_type: "native",
        token_endpoint_auth_method: "none",
        grant_types: [
          "authorization_code",
          "refresh_token",
          "urn:ietf:params:oauth:grant-type:device_code",
        ],
        response_types: ["code"],
        redirect_uris: ["http://127.0.0.1/callback"],
      },
      {
        // The mail servers ask the provider about tokens with their own credentials.
        client_id: INTROSPECTION_CLIENT.id,
        client_secret: INTROSPECTION_CLIENT.secret,
        grant_types: [],
        response_types: [],
        redirect_uris: [],
      },
    ],
    features: {
      deviceFlow: { enabled: true },
      revocation: { enabled: true },
      introspection: { enabled: true },
      devInteractions: { enabled: true },
      // Access tokens are JWTs bound to one audience, as Microsoft's are.
      resourceIndicators: {
        enabled: true,
        defaultResource: () => options.audience ?? MAIL_AUDIENCE,
        useGrantedResource: () => true,
        getResourceServerInfo: (_ctx: unknown, resource: string) => ({
          scope: resource === MAIL_AUDIENCE ? "mail" : "calendar",
          audience: resource,
          accessTokenTTL: options.accessTokenSeconds ?? 3600,
          // Opaque, so that the mail servers can ask about them and see a revocation.
          accessTokenFormat: "opaque",
        }),
      },
    },
    scopes: [...MAIL_SCOPES, "calendar"],
    ttl: {
      AccessToken: options.accessTokenSeconds ?? 3600,
      RefreshToken: options.refreshTokenSeconds ?? 14 * 24 * 3600,
    },
    findAccount: async (_ctx: unknown, id: string) => ({
      accountId: id,
      claims: async () => ({ sub: id }),
    }),
  });
  // Real providers name the reason a renewal is refused ("Token has been expired or revoked."):
  // this one keeps its reason apart, in error_detail; put it where theirs is.
  const details = new WeakMap<object, string>();
  provider.on("grant.error", (ctx: object, error: { error_detail?: string }) => {
    if (error.error_detail) details.set(ctx, error.error_detail);
  });
  provider.use(async (ctx: { body?: unknown }, next: () => Promise<void>) => {
    await next();
    const detail = details.get(ctx);
    if (detail && ctx.body && typeof ctx.body === "object") {
      ctx.body = { ...ctx.body, error_description: detail };
    }
  });
  const issued: string[] = [];
  for (const event of ["access_token.saved", "refresh_token.saved"]) {
    provider.on(event, (token: { jti: string }) => issued.push(token.jti));
  }
  let server: Server | null = null;
  await new Promise<void>((resolve) => {
    server = provider.listen(port, "127.0.0.1", () => resolve());
  });
  // Dovecot keeps its connection to the introspection endpoint open between logins; Node's
  // five-second default would close it under Dovecot, which then waits before asking again.
  server!.keepAliveTimeout = 120_000;
  return {
    issuer,
    introspection: `${issuer}/token/introspection`,
    issued,
    provider,
    stop: () => new Promise<void>((resolve) => server!.close(() => resolve())),
  } satisfies OidcServer;
}

/**
 * A person at the provider's pages: follows redirects with cookies and submits each form (the
 * device code, the login, the consent) until the flow leaves the provider.
 */
export async function actAsUser(start: string, login: string): Promise<string> {
  const cookies = new Map<string, string>();
  let url = start;
  let body: URLSearchParams | null = null;
  for (let step = 0; step < 20; step++) {
    const response = await fetch(url, {
      method: body ? "POST" : "GET",
      body,
      redirect: "manual",
      headers: {
        cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join("; "),
        ...(body ? { "content-type": "application/x-www-form-urlencoded" } : {}),
      },
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const [name, ...value] = pair!.split("=");
      cookies.set(name!.trim(), value.join("="));
    }
    body = null;
    const location = response.headers.get("location");
    if (location) {
      url = new URL(location, url).href;
      if (!url.startsWith(new URL(start).origin)) {
        await fetch(url);
        return url;
      }
      continue;
    }
    const html = await response.text();
    const form = html.match(/<form[^>]*action="([^"]+)"[^>]*>([\s\S]*?)<\/form>/i);
    if (!form) return html;
    url = new URL(form[1]!.replace(/&amp;/g, "&"), url).href;
    body = new URLSearchParams();
    for (const input of form[2]!.matchAll(/<input[^>]*>/gi)) {
      const name = input[0].match(/name="([^"]+)"/)?.[1];
      const value = input[0].match(/value="([^"]*)"/)?.[1] ?? "";
      if (name) body.set(name, value);
    }
    if (body.has("login")) body.set("login", login);
    if (body.has("password")) body.set("password", "any");
  }
  throw new Error("the sign-in did not finish in 20 steps");
}
