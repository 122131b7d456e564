import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { FIXTURES, preparedHome } from "../helpers/mail/world.js";
import {
  ensurePage,
  expectAccessible,
  launchChromium,
  screenshot,
  startServer,
  type RunningServer,
} from "./browser-harness.js";

const NOW = "2026-11-20T22:00:00Z";
const REPLIES = join(FIXTURES, "mail", "replies");

let browser: Browser;
let server: RunningServer;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  const pageDir = await ensurePage();
  browser = await launchChromium();
  const home = await preparedHome(null);
  for (const file of [
    "dana-rejection.eml",
    "sam-asks-for-references.eml",
    "careers-ticket-acknowledgement.eml",
  ]) {
    const added = await runCli(["inbox", "add", join(REPLIES, file)], { home, now: NOW });
    if (added.code !== 0) throw new Error(added.stderr);
  }
  server = await startServer(home, NOW, pageDir);
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  context.setDefaultTimeout(60_000);
  page = await context.newPage();
}, 180_000);
afterAll(async () => {
  await context?.close();
  await server?.close();
  await browser?.close();
});

describe("the Replies page", () => {
  it("shows each reply's suggestion and decides it in one click, as suggested, as another kind, or dismissed", async () => {
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(server.signInUrl);
    await page.getByRole("link", { name: "Replies", exact: true }).click();
    await page.getByRole("heading", { name: "Waiting for your decision" }).waitFor();
    await screenshot(page, "replies-waiting");
    await expectAccessible(page, "replies");

    const reply = (subject: RegExp) =>
      page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: subject }) });
    const rejection = reply(/Thank you for Friday/);
    await expect.poll(() => rejection.innerText()).toContain("Suggested: Rejection");
    await rejection.getByRole("button", { name: "Accept as rejection" }).click();
    await expect
      .poll(() => page.getByRole("status").first().innerText())
      .toMatch(/Accepted .* as rejection\. Recorded the outcome "rejected"/);

    // The ticket system's receipt is an auto-reply; the candidate takes it as a person's reply.
    const receipt = reply(/Your request/);
    await expect
      .poll(() => receipt.innerText())
      .toContain("Suggested: Auto-reply or out-of-office");
    await receipt.getByLabel("or take it as").selectOption({ label: "Other reply from a person" });
    await receipt.getByRole("button", { name: "Accept as chosen" }).click();
    await expect
      .poll(() => page.getByRole("region", { name: "Decided" }).innerText())
      .toContain("taken as other reply from a person");

    await reply(/Re: Thank you”/)
      .getByRole("button", { name: "Dismiss" })
      .click();
    await page.getByText("Nothing waits for you.").waitFor();
    await screenshot(page, "replies-decided");
    await expectAccessible(page, "replies decided");

    const decided = await server.store.received.list();
    expect(decided.map((m) => [m.decision, m.decidedAs]).sort()).toEqual([
      ["accepted", "rejection"],
      ["accepted", "reply"],
      ["dismissed", null],
    ]);
    expect(errors).toEqual([]);
  }, 120_000);
});
