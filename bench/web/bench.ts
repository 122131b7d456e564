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
  /** The check alone, without rendering. */
  took: number;
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
  const origin = new URL(page.url()).origin;
  const cookie = (await page.context().cookies())
    .map(({ name, value }) => `${name}=${value}`)
    .join("; ");
  const session = (await (
    await fetch(`${origin}/api/session`, { headers: { cookie } })
  ).json()) as {
    csrfToken: string;
  };
  const send = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${origin}${path}`, {
      method,
      headers: {
        cookie,
        ...(body === undefined
          ? {}
          : { "content-type": "application/json", "x-csrf-token": session.csrfToken }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${method} ${path}: ${await response.text()}`);
    return response.json() as Promise<unknown>;
  };
  await send("PUT", "/api/profile", {
    name: "Jordan Rivera",
    email: "jordan@example.com",
    timeZone: "America/New_York",
  });
  const sample = (await send("POST", "/api/sample", {})) as { interview: { id: number } };
  const drafted = (await send("POST", `/api/interviews/${sample.interview.id}/drafts`, {
    kind: "thank-you",
    channel: "email",
    to: "Priya Raman",
  })) as { id: number }[];
  const { draft } = (await send("GET", `/api/drafts/${drafted[0]!.id}`)) as {
    draft: { id: number; subject: string; body: string };
  };
  const paragraphs = draft.body.split("\n\n");
  const padding: string[] = [];
  let count = draft.body.split(/\s+/).length;
  for (let i = 0; count < WORDS; i++) {
    const sentence = FILLER[i % FILLER.length]!;
    padding.push(sentence);
    count += sentence.split(/\s+/).length;
  }
  paragraphs.splice(1, 0, padding.join(" "));
  await send("PUT", `/api/drafts/${draft.id}`, {
    subject: draft.subject,
    body: paragraphs.join("\n\n"),
  });
  return draft.id;
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
  const rulesWork: number[] = [];
  const harperWork: number[] = [];
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
    if (firstQuick) {
      quick.push(firstQuick.at - mark);
      rulesWork.push(firstQuick.took);
    }
    full.push(firstFull.at - mark);
    harperWork.push(firstFull.took);
  }
  const frameMedian = median(frame);
  console.log(
    `empty requestAnimationFrame round-trip: median ${ms(frameMedian)}, p95 ${ms(quantile(frame, 0.95))}`,
  );
  report("keystroke → underlines, our rules + dictionary", quick, frameMedian);
  report("  of which the check itself", rulesWork, frameMedian);
  report("keystroke → underlines with harper.js (after a 150 ms pause)", full, frameMedian);
  report("  of which the check itself (the whole draft, each time)", harperWork, frameMedian);
  console.log(
    `harper's check per keystroke p95 / one full check median: ${(quantile(harperWork, 0.95) / median(harperWork)).toFixed(2)}× (it re-checks the whole draft)`,
  );
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

function report(what: string, times: number[], frame: number): void {
  console.log(
    `${what}: median ${ms(median(times))} (${(median(times) / frame).toFixed(2)} frames), p95 ${ms(quantile(times, 0.95))} (${(quantile(times, 0.95) / frame).toFixed(2)} frames)`,
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
