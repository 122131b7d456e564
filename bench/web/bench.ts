import { cpSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { ensurePage, launchChromium, startServer } from "../../test/web/browser-harness.js";
import { median, quantile } from "../check/stats.js";

/**
 * The page in Chromium: a keystroke in a 300-word draft to its updated underlines (our rules and
 * the dictionary; then harper.js in its worker), beside an empty requestAnimationFrame round-trip
 * and one full harper.js lint of the whole draft; and the first load, cold and warm, beside a static page
 * of the same size from the same server.
 */
const NOW = "2026-11-18T16:00:00Z";
const KEYSTROKES = 100;
/** Keys typed after those, with Chromium's tracing on. */
const TRACED_KEYS = 40;
const WARM_UP_KEYS = " Also,";
const LOADS = 5;
/** Added before every stop, one at a time, to make a draft whose every sentence is new. */
const WHOLE_LINT_WORDS = ["today", "again", "indeed", "too", "still", "now", "here"];
/** What the bench types into the draft, a key at a time: half-typed words included. */
const TYPED =
  " I also enjoyed hearing how your analysts plan each week around the forecast. Thank you for showing me the dashboard.";
/** The editor's pause before harper's check (SETTLE_AFTER_MS in the page). */
const SETTLE_MS = 150;
const WORDS = 300;

const FILLER = [
  "Our conversation about the reporting pipeline stayed with me after the call.",
  "I have spent three years building forecasts that a dispatch team relied on every morning.",
  "The way your team reviews one delivery problem together each week is rare and valuable.",
  "I would bring the same care to the dashboards your analysts use to plan their shifts.",
];

type Check = NonNullable<Window["afterwordChecks"]>[number];

/** A key's time, and the time of the first frame drawn after it. */
interface KeyMark {
  at: number;
  frame: number | null;
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
  // Each key's time, and the frame that follows it: a callback asked for at the key runs first in
  // the next frame the page draws, whatever the machine's load makes that frame wait.
  await page.evaluate(() => {
    const marks: KeyMark[] = [];
    (window as unknown as { keyMarks: KeyMark[] }).keyMarks = marks;
    addEventListener(
      "keydown",
      (event) => {
        const mark: KeyMark = { at: event.timeStamp, frame: null };
        marks.push(mark);
        requestAnimationFrame((frame) => (mark.frame = frame));
      },
      true,
    );
  });
  const body = page.getByLabel("Your e-mail");
  await caretInMiddle(body);
  // The first keys after the page opens find the check's code not yet compiled: they are typed,
  // and not counted.
  for (const key of WARM_UP_KEYS) {
    const before = await checksSoFar(page);
    await page.keyboard.type(key);
    await grammarChecked(page, before);
  }
  const now: number[] = [];
  let inKeysFrame = 0;
  const settled: number[] = [];
  const rulesWork: number[] = [];
  const harperWork: number[] = [];
  for (let i = 0; i < KEYSTROKES; i++) {
    const before = await checksSoFar(page);
    await page.keyboard.type(TYPED[i % TYPED.length]!);
    const checks = await grammarChecked(page, before);
    const mark = await page.evaluate(() => {
      const marks = (window as unknown as { keyMarks: KeyMark[] }).keyMarks;
      return marks[marks.length - 1]!;
    });
    const firstNow = checks.find((check) => check.source === "now");
    const lastSettled = checks.findLast((check) => check.grammar !== null)!;
    if (firstNow) {
      now.push(firstNow.at - mark.at);
      rulesWork.push(firstNow.took);
      if (firstNow.frame === mark.frame) inKeysFrame++;
    }
    settled.push(lastSettled.at - mark.at);
    harperWork.push(lastSettled.grammar!.took);
  }
  // One full lint of the whole draft, in the same warm worker: each time a word is added before
  // every stop, so that no sentence is one harper has seen, and it is given the whole text at once.
  const typed = await body.inputValue();
  const wholeWork: number[] = [];
  for (const word of WHOLE_LINT_WORDS) {
    const before = await checksSoFar(page);
    await body.fill(typed.replace(/\.(?=\s)/g, ` ${word}.`));
    const grammar = (await grammarChecked(page, before)).findLast(
      (check) => check.grammar,
    )!.grammar!;
    if (grammar.whole) wholeWork.push(grammar.took);
  }
  const before = await checksSoFar(page);
  await body.fill(typed);
  await grammarChecked(page, before);
  await caretInMiddle(body);
  const work = await mainThreadWork(page, KEYSTROKES);
  const frameMedian = median(frame);
  console.log(
    `empty requestAnimationFrame round-trip: median ${ms(frameMedian)}, p95 ${ms(quantile(frame, 0.95))}`,
  );
  report("keystroke → underlines, our rules + dictionary", now, frameMedian);
  report("  of which the check itself", rulesWork, frameMedian);
  report(
    `  main thread's own time from the key to the end of that frame (${work.length} keys, traced)`,
    work,
    frameMedian,
  );
  console.log(
    `  underlines drawn in the first frame after their key: ${inKeysFrame} of ${KEYSTROKES} keys (target: all)`,
  );
  report(
    `keystroke → underlines with harper.js (after a ${SETTLE_MS} ms pause)`,
    settled,
    frameMedian,
  );
  const full = median(wholeWork);
  console.log(
    `harper.js per keystroke (the sentences it changed): median ${ms(median(harperWork))}, p95 ${ms(quantile(harperWork, 0.95))}; one full lint of the whole draft: median ${ms(full)} (${wholeWork.length} lints)`,
  );
  console.log(
    `  per keystroke / full lint: median ${(median(harperWork) / full).toFixed(2)}×, p95 ${(quantile(harperWork, 0.95) / full).toFixed(2)}× (target: p95 at most 0.5×)`,
  );
}

/** The caret at the end of the long middle paragraph, where a sentence is added. */
function caretInMiddle(body: Locator): Promise<void> {
  return body.evaluate((area: HTMLTextAreaElement) => {
    const end = area.value.indexOf("\n\n", area.value.indexOf("\n\n") + 2);
    area.focus();
    area.setSelectionRange(end, end);
  });
}

/**
 * The page's main thread's own time (CPU, not the wall clock) from a key to the end of the frame
 * that draws its underlines, from Chromium's trace of some more keys typed the same way: what the
 * keystroke costs the page whatever else the machine runs. Traced apart, since tracing slows the
 * page the other figures time.
 */
async function mainThreadWork(page: Page, from: number): Promise<number[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Tracing.start", {
    categories: "devtools.timeline,disabled-by-default-devtools.timeline",
    transferMode: "ReturnAsStream",
  });
  for (let i = from; i < from + TRACED_KEYS; i++) {
    const before = await checksSoFar(page);
    await page.keyboard.type(TYPED[i % TYPED.length]!);
    await grammarChecked(page, before);
  }
  const complete = new Promise<string>((resolve) =>
    cdp.once("Tracing.tracingComplete", (event) => resolve(event.stream!)),
  );
  await cdp.send("Tracing.end");
  const stream = await complete;
  let json = "";
  for (;;) {
    const chunk = await cdp.send("IO.read", { handle: stream, size: 1 << 20 });
    json += chunk.base64Encoded ? Buffer.from(chunk.data, "base64").toString() : chunk.data;
    if (chunk.eof) break;
  }
  await cdp.send("IO.close", { handle: stream });
  await cdp.detach();
  return workPerKey((JSON.parse(json) as { traceEvents: TraceEvent[] }).traceEvents);
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** The thread's own time, in microseconds. */
  tdur?: number;
  args?: { data?: { type?: string } };
}

/** For each key: the main thread's tasks from its keydown to the commit of the frame after its input event. */
function workPerKey(events: TraceEvent[]): number[] {
  const dispatched = (event: TraceEvent, type: string) =>
    event.ph === "X" && event.name === "EventDispatch" && event.args?.data?.type === type;
  const first = events.find((event) => dispatched(event, "keydown"));
  if (!first) return [];
  const main = events
    .filter((event) => event.ph === "X" && event.pid === first.pid && event.tid === first.tid)
    .sort((a, b) => a.ts - b.ts);
  const tasks = main.filter((event) => event.name === "RunTask");
  return main
    .filter((event) => dispatched(event, "keydown"))
    .flatMap((key) => {
      const input = main.find((event) => event.ts > key.ts && dispatched(event, "input"));
      const inputEnd = input ? input.ts + (input.dur ?? 0) : Infinity;
      const frame = main.find(
        (event) => event.ts > inputEnd && event.name === "FireAnimationFrame",
      );
      const commit = frame && main.find((event) => event.ts > frame.ts && event.name === "Commit");
      if (!commit) return [];
      const end = commit.ts + (commit.dur ?? 0);
      const own = tasks
        .filter((task) => task.ts + (task.dur ?? 0) >= key.ts && task.ts <= end)
        .reduce((sum, task) => sum + (task.tdur ?? task.dur ?? 0), 0);
      return [own / 1000];
    });
}

function checksSoFar(page: Page): Promise<number> {
  return page.evaluate(() => window.afterwordChecks?.length ?? 0);
}

/** The checks since `seen`, once one with harper's grammar has landed. */
async function grammarChecked(page: Page, seen: number): Promise<Check[]> {
  await page.waitForFunction(
    (from) => (window.afterwordChecks ?? []).slice(from).some((check) => check.grammar !== null),
    seen,
    { timeout: 60_000 },
  );
  return page.evaluate((from) => (window.afterwordChecks ?? []).slice(from), seen);
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
