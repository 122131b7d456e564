import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { InjectOptions } from "fastify";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DateTime } from "luxon";
import { openSqliteStore } from "../../src/store/store.js";
import { buildServer } from "../../src/web/server/server.js";
import { SESSION_COOKIE, Sessions } from "../../src/web/server/session.js";
import { tempHome } from "../helpers/temp-home.js";
import { apiHarness, HOST, PORT, TOKEN, type ApiHarness } from "./api-harness.js";
import { DataFolderMailAccounts } from "../../src/mail/data-folder-accounts.js";
import { DICTIONARY_ENGINES } from "../helpers/context.js";

const PROFILE = {
  name: "Jordan Rivera",
  email: "jordan@example.com",
  timeZone: "America/New_York",
};

/** Every route of the API, with a body that would be accepted. */
const ROUTES: InjectOptions[] = [
  { method: "GET", url: "/api/agenda" },
  { method: "GET", url: "/api/interviews" },
  { method: "GET", url: "/api/interviews/1" },
  { method: "POST", url: "/api/interviews", payload: {} },
  { method: "PUT", url: "/api/interviews/1", payload: {} },
  { method: "DELETE", url: "/api/interviews/1" },
  { method: "POST", url: "/api/interviews/1/events", payload: { type: "reply" } },
  { method: "POST", url: "/api/interviews/1/drafts", payload: {} },
  { method: "POST", url: "/api/import", payload: { name: "a.yaml", content: "" } },
  { method: "POST", url: "/api/sample", payload: {} },
  { method: "GET", url: "/api/drafts/1" },
  { method: "PUT", url: "/api/drafts/1", payload: { subject: null, body: "Hi" } },
  { method: "GET", url: "/api/drafts/1/eml" },
  { method: "POST", url: "/api/drafts/1/sent", payload: {} },
  { method: "POST", url: "/api/drafts/1/send", payload: {} },
  { method: "POST", url: "/api/check", payload: { text: "Hello" } },
  { method: "GET", url: "/api/outbox" },
  { method: "POST", url: "/api/outbox/1/cancel", payload: {} },
  { method: "GET", url: "/api/inbox" },
  { method: "GET", url: "/api/mail" },
  { method: "POST", url: "/api/mail/test", payload: {} },
  { method: "GET", url: "/api/profile" },
  { method: "PUT", url: "/api/profile", payload: PROFILE },
  { method: "GET", url: "/api/time-zones" },
  { method: "GET", url: "/api/words" },
  { method: "POST", url: "/api/words", payload: { words: ["Kubernetes"] } },
  { method: "POST", url: "/api/words/remove", payload: { words: ["Kubernetes"] } },
];
const WRITES = ROUTES.filter((route) => route.method !== "GET");

let api: ApiHarness;
beforeEach(async () => {
  api = await apiHarness(tempHome("afterword-web-"));
});
afterEach(async () => {
  await api.close();
});

function expectNoStack(body: string) {
  expect(body).not.toMatch(/\bat .+:\d+:\d+\)?/);
  expect(body).not.toContain("node_modules");
}

describe("the API's guards", () => {
  it.each(ROUTES)("refuses $method $url without the session cookie", async (route) => {
    const response = await api.call({ ...route, cookies: { [SESSION_COOKIE]: "" } });
    expect(response.statusCode).toBe(401);
    expectNoStack(response.body);
  });

  it.each(WRITES)("refuses $method $url without the CSRF token", async (route) => {
    const response = await api.call({ ...route, headers: { "x-csrf-token": "" } });
    expect(response.statusCode).toBe(403);
    const forged = await api.call({ ...route, headers: { "x-csrf-token": "forged" } });
    expect(forged.statusCode).toBe(403);
  });

  it.each(ROUTES)("refuses $method $url with a foreign Host or Origin", async (route) => {
    for (const headers of [
      { host: `evil.example:${PORT}` },
      { host: "127.0.0.1:1" },
      { host: `attacker.test` },
      { origin: "http://evil.example" },
      { origin: `http://127.0.0.1:${PORT + 1}` },
      { origin: "null" },
    ]) {
      const response = await api.call({ ...route, headers });
      expect(response.statusCode, JSON.stringify(headers)).toBe(403);
    }
  });

  it("refuses a foreign Host for the page itself too", async () => {
    const response = await api.call({
      method: "GET",
      url: "/",
      headers: { host: "rebind.example" },
    });
    expect(response.statusCode).toBe(403);
  });

  it("accepts its own Origin and the name localhost", async () => {
    const own = await api.call({
      method: "GET",
      url: "/api/words",
      headers: { origin: `http://${HOST}`, host: `localhost:${PORT}` },
    });
    expect(own.statusCode).toBe(200);
  });

  it("exchanges the token only once, for an HttpOnly SameSite=Strict cookie", async () => {
    const again = await api.server.app.inject({
      method: "POST",
      url: "/api/session",
      headers: { host: HOST },
      payload: { token: TOKEN },
    });
    expect(again.statusCode).toBe(403);
    const fresh = await apiHarness(tempHome("afterword-web-"));
    try {
      const login = await fresh.server.app.inject({
        method: "POST",
        url: "/api/session",
        headers: { host: HOST },
        payload: { token: "wrong" },
      });
      expect(login.statusCode).toBe(403);
    } finally {
      await fresh.close();
    }
    const session = await api.call({ method: "GET", url: "/api/session" });
    expect(session.json()).toMatchObject({ signedIn: true });
  });

  it("sends the session cookie HttpOnly and SameSite=Strict", () => {
    const session = api.setCookie.find((cookie) => cookie.startsWith(`${SESSION_COOKIE}=`));
    expect(session).toMatch(/HttpOnly/);
    expect(session).toMatch(/SameSite=Strict/);
  });

  it("trades the printed address's token for the cookie and sends the browser on without it", async () => {
    const home = tempHome("afterword-web-");
    const store = await openSqliteStore(home);
    const { app } = await buildServer({
      store,
      now: () => DateTime.utc(),
      engines: DICTIONARY_ENGINES,
      mail: new DataFolderMailAccounts(home, {}),
      port: PORT,
      pageDir: null,
      sessions: new Sessions("printed-token"),
    });
    try {
      const first = await app.inject({
        method: "GET",
        url: "/drafts/3?token=printed-token",
        headers: { host: HOST },
      });
      expect(first.statusCode).toBe(303);
      expect(first.headers.location).toBe("/drafts/3");
      const cookie = String(first.headers["set-cookie"]);
      expect(cookie).toContain(`${SESSION_COOKIE}=`);
      expect(cookie).toMatch(/HttpOnly/);
      expect(cookie).toMatch(/SameSite=Strict/);
      const again = await app.inject({
        method: "GET",
        url: "/?token=printed-token",
        headers: { host: HOST },
      });
      expect(again.statusCode).toBe(303);
      expect(again.headers["set-cookie"]).toBeUndefined();
    } finally {
      await app.close();
      await store.close();
    }
  });

  it("sets a strict Content-Security-Policy and the usual security headers", async () => {
    const response = await api.call({ method: "GET", url: "/api/words" });
    const csp = String(response.headers["content-security-policy"]);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(csp).not.toContain("unsafe-inline");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers["x-content-type-options"]).toBe("nosniff");
  });
});

describe("the API", () => {
  it("names the field of a validation error, with a 400 and no stack trace", async () => {
    const profile = await api.call({
      method: "PUT",
      url: "/api/profile",
      payload: { ...PROFILE, email: "not an address" },
    });
    expect(profile.statusCode).toBe(400);
    expect(profile.json()).toMatchObject({ field: "email" });
    const record = await api.call({
      method: "POST",
      url: "/api/interviews",
      payload: { company: "Acme" },
    });
    expect(record.statusCode).toBe(400);
    expect(record.json().field).toBeTruthy();
    const words = await api.call({ method: "POST", url: "/api/words", payload: { words: [] } });
    expect(words.json()).toMatchObject({ field: "words" });
    const id = await api.call({ method: "GET", url: "/api/interviews/abc" });
    expect(id.statusCode).toBe(400);
    expect(id.json()).toMatchObject({ field: "id" });
    const event = await api.call({
      method: "POST",
      url: "/api/interviews/1/events",
      payload: { type: "outcome", outcome: "maybe" },
    });
    expect([400, 404]).toContain(event.statusCode);
    for (const response of [profile, record, words, id, event]) expectNoStack(response.body);
  });

  it("answers broken JSON with a 400 and no stack trace", async () => {
    const response = await api.call({
      method: "PUT",
      url: "/api/profile",
      headers: { "content-type": "application/json" },
      payload: "{ not json",
    });
    expect(response.statusCode).toBe(400);
    expectNoStack(response.body);
  });

  it("takes a new user from the sample interview to a sent thank-you", async () => {
    expect(
      (await api.call({ method: "PUT", url: "/api/profile", payload: PROFILE })).statusCode,
    ).toBe(200);
    const empty = (await api.call({ method: "GET", url: "/api/agenda" })).json();
    expect(empty).toMatchObject({ hasProfile: true, interviews: 0, entries: [] });

    const sample = await api.call({ method: "POST", url: "/api/sample", payload: {} });
    expect(sample.statusCode).toBe(201);
    const interviewId = sample.json().interview.id as number;
    expect(sample.json().plan.length).toBeGreaterThan(0);

    const agenda = (await api.call({ method: "GET", url: "/api/agenda" })).json();
    const thanks = agenda.entries.filter((entry: { kind: string }) => entry.kind === "thank-you");
    // One entry per person and message, the channels inside it.
    expect(
      thanks.map((entry: { recipient: { name: string } }) => entry.recipient.name).sort(),
    ).toEqual(["Priya Raman", "Tomás Ortega"]);

    const drafted = await api.call({
      method: "POST",
      url: `/api/interviews/${interviewId}/drafts`,
      payload: { kind: "thank-you", channel: "email", to: "Priya Raman" },
    });
    expect(drafted.statusCode).toBe(200);
    const draftId = drafted.json()[0].id as number;
    const draft = (await api.call({ method: "GET", url: `/api/drafts/${draftId}` })).json();
    expect(draft.draft.body).toContain("Priya");
    expect(draft.checkContext).toMatchObject({ kind: "thank-you", channel: "email" });

    const edited = await api.call({
      method: "PUT",
      url: `/api/drafts/${draftId}`,
      payload: {
        subject: draft.draft.subject,
        body: `${draft.draft.body}\n\nI look forward to hearing from you.`,
      },
    });
    expect(edited.json()).toMatchObject({ changed: true });

    const eml = await api.call({ method: "GET", url: `/api/drafts/${draftId}/eml` });
    expect(eml.statusCode).toBe(200);
    expect(eml.headers["content-type"]).toContain("message/rfc822");
    expect(eml.headers["content-disposition"]).toContain("attachment");
    expect(eml.body).toContain("priya.raman@lumenharbor.example");

    const sent = await api.call({
      method: "POST",
      url: `/api/drafts/${draftId}/sent`,
      payload: {},
    });
    expect(sent.statusCode).toBe(200);
    const shown = (await api.call({ method: "GET", url: `/api/interviews/${interviewId}` })).json();
    expect(shown.history.some((event: { type: string }) => event.type === "sent")).toBe(true);

    const outcome = await api.call({
      method: "POST",
      url: `/api/interviews/${interviewId}/events`,
      payload: { type: "outcome", outcome: "offer" },
    });
    expect(outcome.statusCode).toBe(200);
  }, 60_000);

  it("shows the Today page's entries with the card only where the profile offers one", async () => {
    await api.call({
      method: "PUT",
      url: "/api/profile",
      payload: { ...PROFILE, cards: "always" },
    });
    await api.call({ method: "POST", url: "/api/sample", payload: {} });
    const channels = async () =>
      (await api.call({ method: "GET", url: "/api/agenda" }))
        .json()
        .entries.filter((entry: { kind: string }) => entry.kind === "thank-you")
        .map((entry: { channels: { channel: string }[] }) => entry.channels.map((c) => c.channel));
    expect(await channels()).toEqual([
      ["email", "card"],
      ["email", "card"],
    ]);
    const saved = await api.call({
      method: "PUT",
      url: "/api/profile",
      payload: { ...PROFILE, cards: "never", linkedinAccount: "premium" },
    });
    expect(saved.json().profile).toMatchObject({ cards: "never", linkedinAccount: "premium" });
    expect(await channels()).toEqual([["email"], ["email"]]);
  });

  it("refuses to send without a mail account, saying so", async () => {
    await api.call({ method: "PUT", url: "/api/profile", payload: PROFILE });
    const response = await api.call({ method: "POST", url: "/api/drafts/1/send", payload: {} });
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe("no-mail-account");
  });

  it("imports a dropped record file and says which field of a bad one is wrong", async () => {
    const content = readFileSync(join("test", "fixtures", "records", "acme-onsite.yaml"), "utf8");
    const imported = await api.call({
      method: "POST",
      url: "/api/import",
      payload: { name: "acme-onsite.yaml", content },
    });
    expect(imported.statusCode).toBe(200);
    expect(imported.json().created.length).toBe(1);
    const bad = await api.call({
      method: "POST",
      url: "/api/import",
      payload: { name: "bad.yaml", content: "company: Acme\nposition: Engineer\n" },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().field).toBeTruthy();
  });

  it("shows the mail account without its password", async () => {
    writeFileSync(
      join(api.home, "mail.yaml"),
      "smtp:\n  host: smtp.example.com\n  user: jordan\n  password: { env: SECRET_MAIL }\n",
    );
    const response = await api.call({ method: "GET", url: "/api/mail" });
    expect(response.json()).toMatchObject({
      ready: true,
      account: { smtp: { host: "smtp.example.com" } },
    });
    expect(response.body).not.toContain("password");
    expect(response.body).not.toContain("SECRET_MAIL");
  });

  it("lists time zones by city", async () => {
    const zones = (await api.call({ method: "GET", url: "/api/time-zones" })).json();
    expect(zones).toContainEqual({ zone: "Europe/Berlin", city: "Berlin", region: "Europe" });
  });

  it("keeps and forgets dictionary words", async () => {
    const added = await api.call({
      method: "POST",
      url: "/api/words",
      payload: { words: ["Dagster"] },
    });
    expect(added.json().words).toContain("Dagster");
    const removed = await api.call({
      method: "POST",
      url: "/api/words/remove",
      payload: { words: ["Dagster"] },
    });
    expect(removed.json().words).not.toContain("Dagster");
  });
});
