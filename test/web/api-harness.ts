import type { InjectOptions, LightMyRequestResponse } from "fastify";
import { DateTime } from "luxon";
import { openSqliteStore, type Store } from "../../src/store/store.js";
import { buildServer, type WebServer } from "../../src/web/server/server.js";
import { SESSION_COOKIE, Sessions } from "../../src/web/server/session.js";
import { DataFolderMailAccounts } from "../../src/mail/data-folder-accounts.js";
import { DICTIONARY_ENGINES } from "../helpers/context.js";

export const PORT = 4399;
export const HOST = `127.0.0.1:${PORT}`;
export const TOKEN = "test-token-for-this-server";

/** A server on a fresh store, driven in-process, and a signed-in page's cookies and CSRF token. */
export interface ApiHarness {
  server: WebServer;
  store: Store;
  home: string;
  /** The Set-Cookie headers of the sign-in. */
  setCookie: string[];
  /** A request as the signed-in page makes it: its Host, cookies and (for writes) CSRF token. */
  call(options: InjectOptions): Promise<LightMyRequestResponse>;
  cookies: Record<string, string>;
  csrf: string;
  close(): Promise<void>;
}

export async function apiHarness(
  home: string,
  now = "2026-11-20T22:00:00Z",
  pageDir: string | null = null,
  env: Record<string, string> = {},
): Promise<ApiHarness> {
  const store = await openSqliteStore(home);
  const server = await buildServer({
    store,
    now: () => DateTime.fromISO(now, { setZone: true }),
    engines: DICTIONARY_ENGINES,
    mail: new DataFolderMailAccounts(home, env),
    port: PORT,
    pageDir,
    sessions: new Sessions(TOKEN),
  });
  const login = await server.app.inject({
    method: "POST",
    url: "/api/session",
    headers: { host: HOST },
    payload: { token: TOKEN },
  });
  const cookies: Record<string, string> = {};
  for (const cookie of login.cookies) cookies[cookie.name] = cookie.value;
  if (!cookies[SESSION_COOKIE]) throw new Error(`sign-in failed: ${login.body}`);
  const csrf = (login.json() as { csrfToken: string }).csrfToken;
  return {
    server,
    store,
    home,
    setCookie: ([] as string[]).concat(login.headers["set-cookie"] ?? []),
    cookies,
    csrf,
    call: (options) =>
      server.app.inject({
        ...options,
        headers: { host: HOST, "x-csrf-token": csrf, ...options.headers },
        cookies: { ...cookies, ...options.cookies },
      }),
    close: async () => {
      await server.app.close();
      await store.close();
    },
  };
}
