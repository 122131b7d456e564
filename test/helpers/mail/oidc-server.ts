import type { Server } from "node:http";
import Provider from "oidc-provider";
import { freePort } from "./free-port.js";

export const CLIENT_ID = "afterword-test";

/** A real OpenID Connect provider on loopback: device flow, PKCE, refresh, revocation, introspection. */
export interface OidcServer {
  issuer: string;
  provider: Provider;
  stop(): Promise<void>;
}

export async function startOidcServer(options: { accessTokenSeconds?: number } = {}) {
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
        client_id: "mail-server",
        client_secret: "mail-server-secret",
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
    },
    scopes: ["openid", "offline_access"],
    ttl: { AccessToken: options.accessTokenSeconds ?? 3600 },
    findAccount: async (_ctx: unknown, id: string) => ({
      accountId: id,
      claims: async () => ({ sub: id }),
    }),
  });
  let server: Server | null = null;
  await new Promise<void>((resolve) => {
    server = provider.listen(port, "127.0.0.1", () => resolve());
  });
  return {
    issuer,
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
