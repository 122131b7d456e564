import { readFileSync } from "node:fs";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { tempHome } from "../helpers/temp-home.js";
import {
  ensurePage,
  expectAccessible,
  launchChromium,
  screenshot,
  startServer,
  type RunningServer,
} from "./browser-harness.js";

/** A Wednesday morning in New York: the sample interview ended two hours ago, its notes are due. */
const NOW = "2026-11-18T16:00:00Z";

let browser: Browser;
let pageDir: string;
let server: RunningServer;
let context: BrowserContext;
let page: Page;
let errors: string[];

beforeAll(async () => {
  pageDir = await ensurePage();
  browser = await launchChromium();
}, 180_000);
afterAll(async () => {
  await browser?.close();
});
beforeEach(async () => {
  server = await startServer(tempHome("afterword-web-"), NOW, pageDir);
  context = await browser.newContext({
    acceptDownloads: true,
    viewport: { width: 1280, height: 900 },
  });
  // Drafting proofreads in the server with harper.js: generous waits for a busy CI machine.
  context.setDefaultTimeout(90_000);
  page = await context.newPage();
  errors = [];
  page.on("pageerror", (error) => errors.push(error.message));
});
afterEach(async () => {
  await context?.close();
  await server?.close();
});

/** The first visit: the token becomes a cookie, the address loses it, and who you are is asked. */
async function arrive(): Promise<void> {
  await page.goto(server.signInUrl);
  await page
    .getByRole("heading", { name: "First, who are you?" })
    .waitFor()
    .catch(async (error: Error) => {
      await screenshot(page, "00-arrival-failed");
      throw new Error(
        `${error.message}\nThe page showed: ${await page.locator("body").innerText()}`,
      );
    });
  expect(page.url()).not.toContain("token");
}

describe("a new user's journey, with the mouse", () => {
  it("goes from the empty page to a checked, downloaded thank-you marked as sent", async () => {
    await arrive();
    await screenshot(page, "01-about-you");
    await expectAccessible(page, "about you");
    await page.getByLabel("Your name").fill("Jordan Rivera");
    await page.getByLabel("Your e-mail address").fill("jordan@example.com");
    await page.getByLabel("Where you live (time zone)").fill("America/New_York");
    await page.getByRole("button", { name: "Continue" }).click();

    await page.getByRole("heading", { name: "Start here" }).waitFor();
    await screenshot(page, "02-today-empty");
    await expectAccessible(page, "today, empty");

    await page.getByRole("button", { name: "Try a sample interview" }).click();
    await page.getByRole("heading", { name: "The plan" }).waitFor();
    await expect(
      page.getByRole("heading", { name: "Thank-you note to Priya Raman" }).count(),
    ).resolves.toBe(1);
    await screenshot(page, "03-sample-interview");
    await expectAccessible(page, "interview");

    await page.getByRole("link", { name: "Today" }).click();
    await page.getByRole("heading", { name: "Thank-you note to Priya Raman" }).waitFor();
    // One entry per person and message: the channels are choices inside it.
    await expect(
      page.getByRole("heading", { name: "Thank-you note to Priya Raman" }).count(),
    ).resolves.toBe(1);
    await screenshot(page, "04-today");
    await expectAccessible(page, "today");

    await page.getByRole("link", { name: "After an interview" }).click();
    await page.getByLabel("Company").fill("Northwind Analytics");
    await page.getByLabel("Role you applied for").fill("Data Engineer");
    await page.getByLabel("Day").fill("2026-11-18");
    await page.getByLabel("Started at").fill("08:00");
    await page.getByLabel("Ended at").fill("09:00");
    await page.getByLabel("How you met").selectOption("onsite");
    await page.getByLabel("Time zone of the times above").fill("America/New_York");
    await page.getByLabel("Name").first().fill("Dana Whitfield");
    await page
      .getByLabel("Their e-mail address (for the thank-you e-mail)")
      .first()
      .fill("dana.whitfield@northwind.example");
    await page
      .getByLabel("What you talked about with them")
      .first()
      .fill("moving the reporting pipeline to Kafka");
    await page
      .getByRole("button", { name: "Add a concern or question they raised" })
      .first()
      .click();
    await page.getByLabel("Their concern").fill("my limited production experience with Go");
    await page
      .getByLabel("Your answer, as you would write it to them")
      .fill("Since we spoke I have ported a small service to Go.");
    await page.getByRole("button", { name: "Add another interviewer" }).click();
    await page.getByLabel("Name").nth(1).fill("Sam Okafor");
    await page
      .getByLabel("Their e-mail address (for the thank-you e-mail)")
      .nth(1)
      .fill("sam.okafor@northwind.example");
    await page
      .getByLabel("What you talked about with them")
      .nth(1)
      .fill("how the on-call rotation works");
    // The concern was Sam's after all: choosing him moves it into his part of the form.
    await page.getByLabel("Who raised it").selectOption({ label: "Sam Okafor" });
    await expect(
      page.getByRole("group", { name: "Sam Okafor" }).getByLabel("Their concern").inputValue(),
    ).resolves.toBe("my limited production experience with Go");
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute("id")))
      .toMatch(/^f-raised-\d+-by$/);
    await page.getByLabel("What impressed you about them").fill("the weekly demo day");
    await page
      .getByLabel("Next steps, as they said them")
      .fill("They will decide by the end of the month.");
    await screenshot(page, "05-debrief");
    await expectAccessible(page, "debrief");
    await page.getByRole("button", { name: "Save and see what to send" }).click();

    await page.getByRole("heading", { name: "Saved. Here is what to send" }).waitFor();
    await screenshot(page, "06-debrief-saved");
    await expectAccessible(page, "debrief saved");
    // One entry per person and message, the channels as choices inside it.
    await expect(
      page.getByRole("heading", { name: "Thank-you note to Dana Whitfield" }).count(),
    ).resolves.toBe(1);
    await expect(
      page
        .getByRole("group", { name: "How to send the thank-you note to Dana Whitfield" })
        .getByRole("button")
        .evaluateAll((buttons) =>
          buttons.map((button) => button.textContent!.replace(/ \(.*\)$/, "")),
        ),
    ).resolves.toEqual(["Write the e-mail", "Write the handwritten card"]);
    const savedId = (await page
      .getByRole("link", { name: "See the whole interview" })
      .getAttribute("href"))!
      .split("/")
      .pop();
    const stored = (await (
      await page.request.get(`${server.url}/api/interviews/${savedId}`)
    ).json()) as { interview: { concerns: { raisedBy: string | null }[] } };
    expect(stored.interview.concerns.map((concern) => concern.raisedBy)).toEqual(["Sam Okafor"]);
    await page
      .getByRole("button", { name: "Write the e-mail (thank-you note to Dana Whitfield)" })
      .click();

    const body = page.getByLabel("Your e-mail");
    await body.waitFor();
    await page.getByRole("heading", { name: "Thank-you note to Dana Whitfield" }).waitFor();
    // A slip while editing: the proofreader underlines it and offers the fix.
    const text = await body.inputValue();
    await body.fill(text.replace(/\n\n/, "\n\nI really enjoyed our conversaton.\n\n"));
    const fix = page.getByRole("button", { name: "Replace with “conversation”" });
    await fix.waitFor();
    await expect(page.locator("mark.under.error").count()).resolves.toBeGreaterThan(0);
    await screenshot(page, "07-draft-finding");
    await expectAccessible(page, "draft editor");
    await fix.click();
    await expect.poll(() => body.inputValue()).toContain("I really enjoyed our conversation.");
    await expect.poll(() => fix.count()).toBe(0);

    await page.getByRole("radio", { name: "Handwritten card" }).click();
    await page.getByLabel("What you write on the card").waitFor();
    await expect(page.locator("#length").textContent()).resolves.toMatch(
      /words \(aim for 25–120\)/,
    );
    await screenshot(page, "08-draft-card");
    await page.getByRole("radio", { name: "E-mail" }).click();
    await expect.poll(() => page.getByLabel("Your e-mail").inputValue()).toContain("conversation.");

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download as e-mail (.eml)" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.eml$/);
    const eml = readFileSync((await download.path())!, "utf8");
    expect(eml).toContain("dana.whitfield@northwind.example");
    expect(eml).toContain("conversation.");

    await page.getByRole("button", { name: "I sent it: mark as sent" }).click();
    await page.getByText("Marked as sent.").waitFor();
    await page.getByRole("link", { name: "Northwind Analytics, Data Engineer" }).click();
    await page.getByRole("heading", { name: "What happened" }).waitFor();
    await expect(page.getByText(/Thank-you note sent to Dana Whitfield/).count()).resolves.toBe(1);

    for (const [link, name] of [
      ["Outbox", "09-outbox"],
      ["Settings", "10-settings"],
      ["Interviews", "11-interviews"],
    ] as const) {
      await page.getByRole("link", { name: link }).click();
      await page.getByRole("heading", { level: 1, name: link }).waitFor();
      await page.waitForLoadState("networkidle");
      await screenshot(page, name);
      await expectAccessible(page, link);
    }

    // A phone, or a laptop at 200% zoom: one column, nothing wider than the window.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole("link", { name: "Today" }).click();
    await page.getByRole("heading", { level: 1, name: "Today" }).waitFor();
    await page.waitForLoadState("networkidle");
    await screenshot(page, "13-today-phone");
    await expect(
      page.evaluate(() => document.documentElement.scrollWidth),
    ).resolves.toBeLessThanOrEqual(390);
    await page.goBack();
    await page.goBack();
    await page.goBack();
    await page.goBack();
    await page.getByRole("heading", { name: "What happened" }).waitFor();
    await screenshot(page, "14-interview-phone");
    await expect(
      page.evaluate(() => document.documentElement.scrollWidth),
    ).resolves.toBeLessThanOrEqual(390);
    expect(errors).toEqual([]);
  }, 400_000);
});

/** Presses Tab until the focused control's label, name or text matches; fails if it never does. */
async function tabTo(name: string | RegExp, limit = 120): Promise<void> {
  for (let presses = 0; presses < limit; presses++) {
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLInputElement | null;
      if (!element) return "";
      const label = element.labels?.[0]?.textContent ?? "";
      return (label || element.getAttribute("aria-label") || element.textContent || "").trim();
    });
    if (typeof name === "string" ? focused === name : name.test(focused)) return;
  }
  throw new Error(`Tab never reached ${String(name)}`);
}

async function typeInto(name: string | RegExp, text: string): Promise<void> {
  await tabTo(name);
  await page.keyboard.type(text);
}

describe("the same journey, by keyboard alone", () => {
  it("reaches a downloaded thank-you marked as sent without the mouse", async () => {
    await arrive();
    await typeInto("Your name", "Jordan Rivera");
    await typeInto("Your e-mail address", "jordan@example.com");
    await tabTo("Continue");
    await page.keyboard.press("Enter");

    await page.getByRole("heading", { name: "Start here" }).waitFor();
    await tabTo("Try a sample interview");
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: "The plan" }).waitFor();

    await tabTo("After an interview");
    await page.keyboard.press("Enter");
    await page.getByLabel("Company").waitFor();
    await typeInto("Company", "Northwind Analytics");
    await typeInto("Role you applied for", "Data Engineer");
    await typeInto("Day", "11182026");
    await typeInto("Started at", "0800AM");
    await typeInto("Ended at", "0900AM");
    await typeInto("Name", "Dana Whitfield");
    await typeInto(
      "Their e-mail address (for the thank-you e-mail)",
      "dana.whitfield@northwind.example",
    );
    await typeInto("What you talked about with them", "moving the reporting pipeline to Kafka");
    await tabTo("Add another interviewer");
    await page.keyboard.press("Enter");
    await page.getByRole("group", { name: "Interviewer 2" }).waitFor();
    // Back to the top of the new interviewer's fields.
    await page.getByLabel("Name").nth(1).focus();
    await page.keyboard.type("Sam Okafor");
    await typeInto(
      "Their e-mail address (for the thank-you e-mail)",
      "sam.okafor@northwind.example",
    );
    await typeInto("What you talked about with them", "how the on-call rotation works");
    await tabTo("Save and see what to send");
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: "Saved. Here is what to send" }).waitFor();

    await tabTo("Write the e-mail (thank-you note to Dana Whitfield)");
    await page.keyboard.press("Enter");
    const body = page.getByLabel("Your e-mail");
    await body.waitFor();
    await page.getByRole("heading", { name: "Thank-you note to Dana Whitfield" }).waitFor();
    await tabTo("Your e-mail");
    await page.keyboard.press("Control+Home");
    await page.keyboard.type("I enjoyed our conversaton. ");
    await page.getByRole("button", { name: "Replace with “conversation”" }).waitFor();
    await tabTo("Replace with “conversation”");
    await page.keyboard.press("Enter");
    await expect.poll(() => body.inputValue()).toMatch(/^I enjoyed our conversation\. /);

    await tabTo("E-mail");
    await page.keyboard.press("ArrowRight");
    await page.getByLabel("What you write on the card").waitFor();
    await tabTo("Handwritten card");
    await page.keyboard.press("ArrowLeft");
    await page.getByLabel("Your e-mail").waitFor();
    await expect.poll(() => page.getByLabel("Your e-mail").inputValue()).toContain("conversation.");

    await tabTo("Download as e-mail (.eml)");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.keyboard.press("Enter"),
    ]);
    expect(readFileSync((await download.path())!, "utf8")).toContain("conversation.");
    await tabTo("I sent it: mark as sent");
    await page.keyboard.press("Enter");
    await page.getByText("Marked as sent.").waitFor();
    expect(errors).toEqual([]);
  }, 400_000);
});

const HOSTILE_INVITE = [
  "BEGIN:VCALENDAR",
  "VERSION:2.0",
  "PRODID:-//Test//Hostile//EN",
  "METHOD:REQUEST",
  "BEGIN:VEVENT",
  "UID:hostile-1@evil.example",
  "DTSTAMP:20261110T120000Z",
  "DTSTART:20261118T130000Z",
  "DTEND:20261118T140000Z",
  "SUMMARY:Interview <img src=x onerror=window.__pwned=1>",
  'DESCRIPTION:Hello <script>window.__pwned=2</script> please read <a href="javascript:window.__pwned=3">this</a> javascript:window.__pwned=4',
  "ORGANIZER;CN=Eve Mallory:mailto:eve@evil.example",
  "ATTENDEE;CN=Eve Mallory:mailto:eve@evil.example",
  "ATTENDEE;CN=Jordan Rivera:mailto:jordan@example.com",
  "END:VEVENT",
  "END:VCALENDAR",
  "",
].join("\r\n");

describe("text from an invite", () => {
  it("is shown as text: its <script> and javascript: links run nothing", async () => {
    await arrive();
    await page.getByLabel("Your name").fill("Jordan Rivera");
    await page.getByLabel("Your e-mail address").fill("jordan@example.com");
    await page.getByRole("button", { name: "Continue" }).click();
    await page.getByRole("heading", { name: "Start here" }).waitFor();
    await page
      .getByLabel("Choose a file…")
      .first()
      .setInputFiles({
        name: "invite.ics",
        mimeType: "text/calendar",
        buffer: Buffer.from(HOSTILE_INVITE),
      });
    await page.getByRole("heading", { name: "Complete your notes" }).waitFor();
    await expect(page.getByText(/Imported from the invite/).textContent()).resolves.toContain(
      "<img",
    );
    const id = /\/debrief\/(\d+)/.exec(page.url())![1];
    await page.goto(`${server.url}/interviews/${id}`);
    await page.getByText("The invite’s description").click();
    await page.getByText(/please read/).waitFor();
    await screenshot(page, "12-hostile-invite");
    const pwned = await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned);
    expect(pwned).toBeUndefined();
    await expect(page.locator('a[href^="javascript:"]').count()).resolves.toBe(0);
    await expect(page.locator("body script").count()).resolves.toBe(0);
    await expect(page.locator("img").count()).resolves.toBe(0);
    for (const link of await page.getByRole("link").all()) {
      await link.focus();
    }
    expect(
      await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
    ).toBeUndefined();
    expect(errors).toEqual([]);
  }, 120_000);
});
