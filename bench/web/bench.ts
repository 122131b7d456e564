import { cpSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { ensurePage, launchChromium, startServer } from "../../test/web/browser-harness.js";
import { median, quantile } from "../check/stats.js";

/**
 * The page in Chromium: a keystroke in a 300-word draft to its updated underlines (our rules and
 * the dictionary; then harper.js in its worker), beside an empty requestAnimationFrame round-trip
 * and one full check of the whole draft; and the first load, cold and warm, beside a static page
 * of the same size from the same server.
 */
const NOW = "2026-11-18T16:00:00Z";
const KEYSTROKES = 40;
const LOADS = 5;
const WORDS = 300;

const FILLER = [
  "Our conversation about the reporting pipeline stayed with me after the call.",
  "I have spent three years building forecasts that a dispatch team relied on every morning.",
  "The way your team reviews one delivery problem together each week is rare and valuable.",
  "I would bring the same care to the dashboards your analysts use to plan their shifts.",
];

interface Check {
  source: "quick" | "full";
  at: number;
  length: number;
}

export async function run(): Promise<void> {
  const built = await ensurePage();
  // A copy of the page beside a static file as large as the page's HTML, script and styles.
  const pageDir = mkdtempSync(join(tmpdir(), "afterword-bench-web-"));
  cpSync(built, pageDir, { recursive: true });
  const pageBytes = sizeOfPage(built);
  writeFileSync(
    join(pageDir, "static.html"),
    `<!doctype html><title>static</title><h1>Static</h1><p>${"x".repeat(pageBytes)}</p>`,
  );
  const home = mkdtempSync(join(tmpdir(), "afterword-bench-web-home-"));
  const server = await startServer(home, NOW, pageDir);
  const browser = await launchChromium();
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(server.signInUrl);
    await page.waitForFunction(() => document.querySelector("h1") !== null);
    const draftId = await prepareDraft(page);
    await typing(page, draftId);
    await loading(browser, context, server.url, pageBytes);
  } finally {
    await browser.close();
    await server.close();
    rmSync(home, { recursive: true, force: true });
    rmSync(pageDir, { recursive: true, force: true });
  }
}

/** A profile, the sample interview, and its first thank-you padded to 300 words. */
async function prepareDraft(page: Page): Promise<number> {
  return page.evaluate(
    async ({ filler, words }) => {
      const session = (await (await fetch("/api/session")).json()) as { csrfToken: string };
      const send = async (method: string, path: string, body: unknown) => {
        const response = await fetch(path, {
          method,
          headers: { "content-type": "application/json", "x-csrf-token": session.csrfToken },
          body: JSON.stringify(body),
        });
        return response.json();
      };
      await send("PUT", "/api/profile", {
        name: "Jordan Rivera",
        email: "jordan@example.com",
        timeZone: "America/New_York",
      });
      const sample = await send("POST", "/api/sample", {});
      const drafted = await send("POST", `/api/interviews/${sample.interview.id}/drafts`, {
        kind: "thank-you",
        channel: "email",
        to: "Priya Raman",
      });
      const draft = (await (await fetch(`/api/drafts/${drafted[0].id}`)).json()).draft;
      const lines = draft.body.split("\n\n");
      const padding: string[] = [];
      let count = draft.body.split(/\s+/).length;
      for (let i = 0; count < words; i++) {
        const sentence = filler[i % filler.length]!;
        padding.push(sentence);
        count += sentence.split(/\s+/).length;
      }
      lines.splice(1, 0, padding.join(" "));
      await send("PUT", `/api/drafts/${draft.id}`, {
        subject: draft.subject,
        body: lines.join("\n\n"),
      });
      return draft.id as number;
    },
    { filler: FILLER, words: WORDS },
  );
}

async function typing(page: Page, draftId: number): Promise<void> {
  await page.goto(new URL(`/drafts/${draftId}`, page.url()).href);
  await page.getByLabel("Your e-mail").waitFor();
  await page.getByText("Grammar check loading").waitFor({ state: "detached", timeout: 180_000 });
  const frame = await page.evaluate(async (rounds) => {
    const times: number[] = [];
    for (let i = 0; i < rounds; i++) {
      const start = performance.now();
      await new Promise((resolve) => requestAnimationFrame(resolve));
      times.push(performance.now() - start);
    }
    return times;
  }, KEYSTROKES);
  await page.evaluate(() => {
    const marks: number[] = [];
    (window as unknown as { keyMarks: number[] }).keyMarks = marks;
    addEventListener("keydown", (event) => marks.push(event.timeStamp), true);
  });
  const body = page.getByLabel("Your e-mail");
  await body.focus();
  await page.keyboard.press("Control+End");
  const quick: number[] = [];
  const full: number[] = [];
  for (let i = 0; i < KEYSTROKES; i++) {
    const before = await page.evaluate(() => window.afterwordChecks?.length ?? 0);
    await page.keyboard.type(i % 6 === 5 ? " " : "a");
    await page.waitForFunction(
      (seen) => (window.afterwordChecks ?? []).slice(seen).some((check) => check.source === "full"),
      before,
      { timeout: 60_000 },
    );
    const { checks, mark } = await page.evaluate((seen) => {
      const marks = (window as unknown as { keyMarks: number[] }).keyMarks;
      return {
        checks: (window.afterwordChecks ?? []).slice(seen) as Check[],
        mark: marks[marks.length - 1]!,
      };
    }, before);
    const firstQuick = checks.find((check) => check.source === "quick");
    const firstFull = checks.find((check) => check.source === "full")!;
    if (firstQuick) quick.push(firstQuick.at - mark);
    full.push(firstFull.at - mark);
  }
  // One full check of the whole draft, as harper sees it after the keystrokes: the editor's own
  // proofreader on unchanged text, timed from the change of a character to its underlines.
  const lint = await fullChecks(page);
  const frameMedian = median(frame);
  console.log(
    `empty requestAnimationFrame round-trip: median ${ms(frameMedian)}, p95 ${ms(quantile(frame, 0.95))}`,
  );
  report("keystroke → underlines, our rules + dictionary", quick, frameMedian, "frame");
  report(
    "keystroke → underlines with harper.js (150 ms pause included)",
    full,
    frameMedian,
    "frame",
  );
  console.log(
    `one full check with harper.js of the whole draft (${WORDS} words): median ${ms(median(lint))}, p95 ${ms(quantile(lint, 0.95))}`,
  );
  console.log(
    `  harper keystroke p95 / full check median: ${(quantile(full, 0.95) / median(lint)).toFixed(2)}×`,
  );
}

/** Times the editor's full check alone: a keystroke's check, minus the pause before it starts. */
async function fullChecks(page: Page): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < 10; i++) {
    const before = await page.evaluate(() => window.afterwordChecks?.length ?? 0);
    await page.keyboard.press("Backspace");
    const started = await page.evaluate(() => performance.now());
    await page.waitForFunction(
      (seen) => (window.afterwordChecks ?? []).slice(seen).some((check) => check.source === "full"),
      before,
    );
    const done = await page.evaluate(
      (seen) =>
        (window.afterwordChecks ?? []).slice(seen).find((check) => check.source === "full")!.at,
      before,
    );
    times.push(Math.max(0, done - started - 150));
  }
  return times;
}

async function loading(
  browser: Browser,
  signedIn: BrowserContext,
  url: string,
  bytes: number,
): Promise<void> {
  const state = await signedIn.storageState();
  const measure = async (path: string, ready: (page: Page) => Promise<unknown>) => {
    const cold: number[] = [];
    const warm: number[] = [];
    for (let i = 0; i < LOADS; i++) {
      const context = await browser.newContext({ storageState: state });
      const page = await context.newPage();
      for (const into of [cold, warm]) {
        await page.goto(`${url}${path}`);
        await ready(page);
        into.push(await page.evaluate(() => performance.now()));
      }
      await context.close();
    }
    return { cold, warm };
  };
  const app = await measure("/", (page) =>
    page.waitForFunction(() => document.querySelector("main h2, main form") !== null),
  );
  const plain = await measure("/static.html", (page) => page.waitForLoadState("load"));
  console.log(
    `first load to interactive (${Math.round(bytes / 1024)} KiB of HTML, script and styles):`,
  );
  for (const which of ["cold", "warm"] as const) {
    console.log(
      `  ${which}: page median ${ms(median(app[which]))}, static page of the same size ${ms(median(plain[which]))}: ${(median(app[which]) / median(plain[which])).toFixed(2)}×`,
    );
  }
}

function report(what: string, times: number[], frame: number, unit: string): void {
  console.log(
    `${what}: median ${ms(median(times))} (${(median(times) / frame).toFixed(2)} ${unit}s), p95 ${ms(quantile(times, 0.95))} (${(quantile(times, 0.95) / frame).toFixed(2)} ${unit}s)`,
  );
}

function ms(value: number): string {
  return `${value.toFixed(1)} ms`;
}

/** The bytes a first visit downloads before the page can run: HTML, scripts and styles. */
function sizeOfPage(folder: string): number {
  let total = statSync(join(folder, "index.html")).size;
  for (const name of readdirSync(join(folder, "assets"))) {
    if (/\.(js|css)$/.test(name) && !name.startsWith("BinaryModule")) {
      total += statSync(join(folder, "assets", name)).size;
    }
  }
  return total;
}
