import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dovecotMissing } from "../helpers/mail/dovecot.js";
import {
  NO_KEYRING,
  oauthSection,
  startOAuthServers,
  storedTokens,
  type OAuthServers,
} from "../helpers/mail/oauth-world.js";
import { preparedHome } from "../helpers/mail/world.js";
import {
  ensurePage,
  expectAccessible,
  launchChromium,
  screenshot,
  startServer,
  type RunningServer,
} from "./browser-harness.js";

const NOW = "2026-11-20T22:00:00Z";

let browser: Browser;
let servers: OAuthServers;
let server: RunningServer;
let context: BrowserContext;
let page: Page;
let home: string;

describe.skipIf(dovecotMissing())("the Settings page's mail sign-in", () => {
  beforeAll(async () => {
    const pageDir = await ensurePage();
    [browser, servers] = await Promise.all([launchChromium(), startOAuthServers()]);
    home = await preparedHome(servers.mail, { oauth: oauthSection(servers.oidc) });
    server = await startServer(home, NOW, pageDir, NO_KEYRING);
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    context.setDefaultTimeout(60_000);
    page = await context.newPage();
  }, 180_000);
  afterAll(async () => {
    await context?.close();
    await server?.close();
    await browser?.close();
    await servers?.stop();
  });

  it("signs in at the provider in a new tab, comes back signed in, and the connection test passes", async () => {
    await page.goto(server.signInUrl);
    await page.getByRole("link", { name: "Settings" }).click();
    await page.getByText("Not signed in with your provider yet.").waitFor();
    await expectAccessible(page, "settings, signed out");

    const opened = context.waitForEvent("page");
    await page.getByRole("button", { name: "Sign in with your provider" }).click();
    const provider = await opened;
    await provider.waitForLoadState();
    // The provider's own pages: the login form, then the consent.
    await provider.locator('input[name="login"]').fill("candidate");
    await provider.locator('input[name="password"]').fill("any");
    await provider.locator('button[type="submit"]').click();
    await provider.locator('button[type="submit"]').click();
    await provider.getByText("Afterword is signed in. You can close this tab.").waitFor();
    await provider.close();

    await page.getByText(/^Signed in with your provider/).waitFor();
    await page.getByRole("button", { name: "Test the connection" }).click();
    await page.getByText(/Sending \(127\.0\.0\.1:\d+ \(none\)\): works/).waitFor();
    await page.getByText(/Reading replies \(127\.0\.0\.1:\d+ \(none\)\): works/).waitFor();
    await screenshot(page, "settings-signed-in");

    const tokens = await storedTokens(home);
    expect(servers.oidc.issued).toContain(tokens.accessToken);
    const html = await page.content();
    for (const token of servers.oidc.issued) expect(html).not.toContain(token);
  }, 120_000);
});
