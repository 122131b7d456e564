import { join } from "node:path";
import type { InjectOptions } from "fastify";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { SESSION_COOKIE } from "../../src/web/server/session.js";
import { runCli } from "../helpers/cli.js";
import { dovecotMissing } from "../helpers/mail/dovecot.js";
import {
  NO_KEYRING,
  oauthSection,
  startOAuthServers,
  storedTokens,
  type OAuthServers,
} from "../helpers/mail/oauth-world.js";
import { actAsUser } from "../helpers/mail/oidc-server.js";
import { FIXTURES, mailConfig, preparedHome, writeMailConfig } from "../helpers/mail/world.js";
import { apiHarness, PORT, type ApiHarness } from "./api-harness.js";

const REPLIES = join(FIXTURES, "mail", "replies");
const NOW = "2026-11-20T22:00:00Z";

interface ReplyJson {
  id: number;
  subject: string;
  suggestion: string;
  suggestionReason: string;
  decision: string | null;
  decidedAs: string | null;
}

/** The routes this page adds, each with a body that would be accepted. */
const ROUTES: InjectOptions[] = [
  { method: "GET", url: "/api/replies" },
  { method: "POST", url: "/api/replies/1/accept", payload: {} },
  { method: "POST", url: "/api/replies/1/dismiss", payload: {} },
  { method: "GET", url: "/api/mail/signin" },
  { method: "POST", url: "/api/mail/signin", payload: {} },
];

/** A data folder with the Acme interview and three replies about it, read from files. */
async function homeWithReplies(): Promise<string> {
  const home = await preparedHome(null);
  const files = [
    "dana-rejection.eml",
    "sam-asks-for-references.eml",
    "dana-automatic-reply-auto-submitted.eml",
  ];
  for (const file of files) {
    const added = await runCli(["inbox", "add", join(REPLIES, file)], { home, now: NOW });
    if (added.code !== 0) throw new Error(added.stderr);
  }
  return home;
}

describe("the replies API", () => {
  let api: ApiHarness;
  afterEach(async () => {
    await api?.close();
  });

  it.each(ROUTES)(
    "guards $method $url: session cookie, CSRF token, Host and Origin",
    async (route) => {
      api = await apiHarness(await homeWithReplies(), NOW, null, NO_KEYRING);
      const noCookie = await api.call({ ...route, cookies: { [SESSION_COOKIE]: "" } });
      expect(noCookie.statusCode).toBe(401);
      if (route.method !== "GET") {
        for (const csrf of ["", "forged"]) {
          const refused = await api.call({ ...route, headers: { "x-csrf-token": csrf } });
          expect(refused.statusCode).toBe(403);
        }
      }
      for (const headers of [
        { host: `evil.example:${PORT}` },
        { host: "127.0.0.1:1" },
        { origin: "http://evil.example" },
        { origin: "null" },
      ]) {
        const foreign = await api.call({ ...route, headers });
        expect(foreign.statusCode, JSON.stringify(headers)).toBe(403);
      }
      const received = await api.store.received.list();
      expect(received.every((message) => message.decision === null)).toBe(true);
    },
  );

  it("lists each matched reply with its suggestion, and decides in one step through the use cases", async () => {
    api = await apiHarness(await homeWithReplies(), NOW, null, NO_KEYRING);
    const listed = (await api.call({ method: "GET", url: "/api/replies?waiting=1" })).json<
      ReplyJson[]
    >();
    const bySuggestion = Object.fromEntries(listed.map((reply) => [reply.suggestion, reply]));
    expect(Object.keys(bySuggestion).sort()).toEqual(["auto-reply", "rejection", "request"]);
    expect(bySuggestion.rejection!.suggestionReason).toMatch(/\w/);

    // Accepted as suggested: the rejection is recorded as the interview's outcome.
    const accepted = await api.call({
      method: "POST",
      url: `/api/replies/${bySuggestion.rejection!.id}/accept`,
      payload: {},
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json()).toMatchObject({
      reply: { decision: "accepted", decidedAs: "rejection" },
      done: [expect.stringContaining('Recorded the outcome "rejected"')],
    });
    const history = await api.store.history.list(1);
    expect(history).toContainEqual(
      expect.objectContaining({ type: "outcome", outcome: "rejected" }),
    );

    // Accepted as another kind: the request for references taken as a person's plain reply.
    const asReply = await api.call({
      method: "POST",
      url: `/api/replies/${bySuggestion.request!.id}/accept`,
      payload: { as: "reply" },
    });
    expect(asReply.json()).toMatchObject({ reply: { decidedAs: "reply" } });

    const dismissed = await api.call({
      method: "POST",
      url: `/api/replies/${bySuggestion["auto-reply"]!.id}/dismiss`,
      payload: {},
    });
    expect(dismissed.json()).toMatchObject({
      reply: { decision: "dismissed" },
      done: ["Nothing in the plan changed."],
    });
    const waiting = (await api.call({ method: "GET", url: "/api/replies?waiting=1" })).json<
      ReplyJson[]
    >();
    expect(waiting).toEqual([]);
  });

  it("refuses a second decision, an unknown kind and an unknown message, in words", async () => {
    api = await apiHarness(await homeWithReplies(), NOW, null, NO_KEYRING);
    const [first] = (await api.call({ method: "GET", url: "/api/replies" })).json<ReplyJson[]>();
    await api.call({ method: "POST", url: `/api/replies/${first!.id}/dismiss`, payload: {} });
    const again = await api.call({
      method: "POST",
      url: `/api/replies/${first!.id}/accept`,
      payload: {},
    });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({
      code: "already-decided",
      error: expect.stringContaining("already dismissed"),
    });
    const badKind = await api.call({
      method: "POST",
      url: `/api/replies/2/accept`,
      payload: { as: "thanks" },
    });
    expect(badKind.statusCode).toBe(400);
    expect(badKind.json().field).toBe("as");
    const missing = await api.call({ method: "POST", url: "/api/replies/99/dismiss", payload: {} });
    expect(missing.statusCode).toBe(404);
  });
});

describe.skipIf(dovecotMissing())("the Settings page's OAuth sign-in through the API", () => {
  let servers: OAuthServers;
  let api: ApiHarness;
  beforeAll(async () => {
    servers = await startOAuthServers();
  });
  afterAll(async () => {
    await api?.close();
    await servers?.stop();
  });

  it("gives the provider's address, keeps the tokens when the browser comes back, and never shows one", async () => {
    const home = await preparedHome(null);
    writeMailConfig(home, mailConfig(servers.mail, { oauth: oauthSection(servers.oidc) }));
    api = await apiHarness(home, NOW, null, NO_KEYRING);
    const before = (await api.call({ method: "GET", url: "/api/mail/signin" })).json();
    expect(before).toMatchObject({ oauth: { provider: "custom" }, status: { signedIn: false } });

    const started = await api.call({ method: "POST", url: "/api/mail/signin", payload: {} });
    expect(started.json()).toMatchObject({ state: "waiting" });
    const address = new URL(started.json<{ address: string }>().address);
    expect(address.origin).toBe(servers.oidc.issuer);
    expect(address.searchParams.get("code_challenge_method")).toBe("S256");
    expect(new URL(address.searchParams.get("redirect_uri")!).hostname).toBe("127.0.0.1");
    await actAsUser(address.href, "candidate");

    let status = before;
    const bodies: string[] = [started.body];
    for (let tries = 0; tries < 100 && status.attempt?.state !== "signed-in"; tries++) {
      const response = await api.call({ method: "GET", url: "/api/mail/signin" });
      bodies.push(response.body);
      status = response.json();
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(status).toMatchObject({ attempt: { state: "signed-in" }, status: { signedIn: true } });
    const checked = await api.call({ method: "POST", url: "/api/mail/test", payload: {} });
    bodies.push(checked.body);
    expect(checked.json()).toMatchObject({ smtp: { ok: true }, imap: { ok: true } });

    const tokens = await storedTokens(home);
    for (const body of bodies) {
      for (const token of servers.oidc.issued) expect(body).not.toContain(token);
    }
    expect(servers.oidc.issued).toContain(tokens.accessToken);
  });
});
