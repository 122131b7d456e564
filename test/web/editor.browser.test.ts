import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tempHome } from "../helpers/temp-home.js";
import {
  ensurePage,
  expectAccessible,
  launchChromium,
  screenshot,
  startServer,
  type RunningServer,
} from "./browser-harness.js";

/** The sample interview ended two hours ago: its thank-you notes are due. */
const NOW = "2026-11-18T16:00:00Z";

let browser: Browser;
let server: RunningServer;
/** The signed-in browser state, shared by every window size. */
let signedIn: Awaited<ReturnType<BrowserContext["storageState"]>>;
let interviewId: number;
let draftId: number;
/** The draft as drafted: each test starts from it, since the editor keeps every edit. */
let drafted0: { subject: string; body: string };

beforeAll(async () => {
  const pageDir = await ensurePage();
  browser = await launchChromium();
  server = await startServer(tempHome("afterword-editor-"), NOW, pageDir);
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(server.signInUrl);
  await page.getByRole("heading", { name: "First, who are you?" }).waitFor();
  const { csrfToken } = (await (await page.request.get(`${server.url}/api/session`)).json()) as {
    csrfToken: string;
  };
  const send = async (method: string, path: string, data: unknown) => {
    const response = await page.request.fetch(`${server.url}${path}`, {
      method,
      data,
      headers: { "x-csrf-token": csrfToken },
    });
    if (!response.ok()) throw new Error(`${method} ${path}: ${await response.text()}`);
    return response.json() as Promise<unknown>;
  };
  await send("PUT", "/api/profile", {
    name: "Jordan Rivera",
    email: "jordan@example.com",
    timeZone: "America/New_York",
  });
  const sample = (await send("POST", "/api/sample", {})) as { interview: { id: number } };
  interviewId = sample.interview.id;
  const drafted = (await send("POST", `/api/interviews/${interviewId}/drafts`, {
    kind: "thank-you",
    channel: "email",
    to: "Priya Raman",
  })) as { id: number }[];
  draftId = drafted[0]!.id;
  const { draft } = (await (
    await page.request.get(`${server.url}/api/drafts/${draftId}`)
  ).json()) as {
    draft: { subject: string; body: string };
  };
  drafted0 = { subject: draft.subject, body: draft.body };
  signedIn = await context.storageState();
  await context.close();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(
  size: { width: number; height: number; deviceScaleFactor?: number; hasTouch?: boolean },
  path: string,
): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await browser.newContext({
    storageState: signedIn,
    viewport: { width: size.width, height: size.height },
    deviceScaleFactor: size.deviceScaleFactor ?? 1,
    hasTouch: size.hasTouch ?? false,
  });
  context.setDefaultTimeout(90_000);
  const page = await context.newPage();
  const { csrfToken } = (await (await page.request.get(`${server.url}/api/session`)).json()) as {
    csrfToken: string;
  };
  const reset = await page.request.put(`${server.url}/api/drafts/${draftId}`, {
    data: drafted0,
    headers: { "x-csrf-token": csrfToken },
  });
  expect(reset.ok()).toBe(true);
  await page.goto(`${server.url}${path}`);
  return { page, close: () => context.close() };
}

describe("“From your notes” in the draft editor", () => {
  it("names each sentence's note, keeps it while other sentences change, and drops it when its own does", async () => {
    const { page, close } = await open({ width: 1280, height: 900 }, `/drafts/${draftId}`);
    try {
      const body = page.getByLabel("Your e-mail");
      await body.waitFor();
      const notes = page.locator(".provenance li");
      await notes.first().waitFor();
      const before = await notes.allInnerTexts();
      // The sentence about what Priya and the candidate talked about quotes that very note.
      const talked = before.find((line) => line.includes("what you talked about (Priya Raman): “"));
      expect(talked, before.join("\n")).toBeDefined();
      expect(talked).toContain("“how her team plans warehouse shifts a week ahead”");
      const sentence = await notes
        .filter({ hasText: "what you talked about" })
        .locator("q")
        .innerText();
      expect(await body.inputValue()).toContain(sentence);
      await screenshot(page, "editor-from-your-notes");

      // A sentence of their own, added between two of the notes': it has no note; the others keep theirs.
      const text = await body.inputValue();
      const ownSentence = "I also liked meeting the whole team.";
      await body.fill(text.replace(sentence, `${ownSentence} ${sentence}`));
      await expect.poll(() => notes.allInnerTexts()).toEqual(before);
      expect((await notes.allInnerTexts()).join("\n")).not.toContain(ownSentence);

      // Rewriting that sentence makes it theirs: its note goes, the others stay.
      const rewritten = (await body.inputValue()).replace(sentence, "We spoke about many things.");
      await body.fill(rewritten);
      await expect.poll(() => notes.count()).toBe(before.length - 1);
      expect(await notes.allInnerTexts()).toEqual(before.filter((line) => line !== talked));
    } finally {
      await close();
    }
  });
});

describe("the underlines as the note is typed", () => {
  it("redraws only the line typed in, its marks on their words, though every offset after it moved", async () => {
    const { page, close } = await open({ width: 1280, height: 900 }, `/drafts/${draftId}`);
    try {
      const body = page.getByLabel("Your e-mail");
      await body.waitFor();
      const text = await body.inputValue();
      await body.fill(text.replace(/\n\n/, "\n\nI really enjoyed our conversaton.\n\n"));
      const marked = (word: string) =>
        page.locator("mark.under.error", { hasText: new RegExp(`^${word}$`) });
      // Once typing pauses, the suggestions come: every engine has had its say on this text.
      const list = page.getByRole("complementary", { name: "Proofreader" });
      await list.getByRole("button", { name: "Replace with “conversation”" }).waitFor();
      // Which lines of the layer of underlines change from here on.
      await page.locator(".underlay").evaluate((layer) => {
        const touched = new Set<number>();
        (window as unknown as { touched: Set<number> }).touched = touched;
        new MutationObserver((records) => {
          for (const record of records) {
            let node: Node | null = record.target;
            while (node && node.parentNode !== layer) node = node.parentNode;
            if (node) touched.add(Array.prototype.indexOf.call(layer.children, node));
          }
        }).observe(layer, {
          subtree: true,
          childList: true,
          characterData: true,
          attributes: true,
        });
      });
      /** Selects `from`–`to` in the note, types `keys` a key at a time, and says which line it was. */
      const typeAt = async (from: number, to: number, keys: string) => {
        await body.evaluate(
          (area: HTMLTextAreaElement, [from, to]) => {
            area.focus();
            area.setSelectionRange(from!, to!);
          },
          [from, to],
        );
        await page.evaluate(() => (window as unknown as { touched: Set<number> }).touched.clear());
        await page.keyboard.type(keys);
        return (await body.inputValue()).slice(0, from).split("\n").length - 1;
      };
      const touched = () =>
        page.evaluate(() => [...(window as unknown as { touched: Set<number> }).touched]);
      // The layer draws the very text of the note, so each mark sits under its word.
      const layerMatchesNote = async () =>
        (await page.locator(".underlay").evaluate((layer) => layer.textContent)) ===
        `${await body.inputValue()}\n`;

      // At the end of the next paragraph: its new typo is marked; no other line is redrawn.
      let note = await body.inputValue();
      const nextEnd = note.indexOf("\n", note.indexOf("conversaton.") + "conversaton.\n\n".length);
      let line = await typeAt(nextEnd, nextEnd, " The dashbord was clear.");
      await marked("dashbord").waitFor();
      await list.getByRole("button", { name: /^Replace with “dashboard”/ }).waitFor();
      expect(await touched()).toEqual([line]);
      expect(await layerMatchesNote()).toBe(true);

      // Above both marks: the line typed in is redrawn, its mark still on its word; the line
      // below is left as it was, though every offset in it moved.
      note = await body.inputValue();
      line = await typeAt(note.indexOf("I really"), note.indexOf("I really"), "Truly, ");
      await expect.poll(touched).toEqual([line]);
      await expect.poll(layerMatchesNote).toBe(true);
      expect(await marked("conversaton").count()).toBe(1);
      expect(await marked("dashbord").count()).toBe(1);

      // Fixing the typo takes its mark away, and only its line changes.
      note = await body.inputValue();
      const typo = note.indexOf("conversaton");
      line = await typeAt(typo, typo + "conversaton".length, "conversation");
      await expect.poll(() => marked("conversaton").count()).toBe(0);
      expect(await touched()).toEqual([line]);
      expect(await marked("dashbord").count()).toBe(1);
      expect(await layerMatchesNote()).toBe(true);
    } finally {
      await close();
    }
  }, 180_000);
});

/**
 * Every page at a window's size: nothing scrolls sideways, and no control is cut off or pushed
 * out of the window.
 */
async function expectFits(page: Page, name: string): Promise<void> {
  const problems = await page.evaluate(() => {
    const found: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth) {
      found.push(`the page scrolls sideways: ${root.scrollWidth}px in ${root.clientWidth}px`);
    }
    const controls = document.querySelectorAll<HTMLElement>(
      "main button, main a, main input, main select, main textarea, main summary, nav a",
    );
    for (const control of Array.from(controls)) {
      const box = control.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      const label = `${control.tagName.toLowerCase()} “${(control.innerText || control.getAttribute("aria-label") || control.id).slice(0, 40)}”`;
      if (box.left < -1 || box.right > root.clientWidth + 1) {
        found.push(`${label} reaches past the window (${box.left}–${box.right})`);
      }
      // Text fields scroll their own text; a button or link must show all of its words.
      const cuts = !/^(?:INPUT|SELECT|TEXTAREA)$/.test(control.tagName);
      if (cuts && control.scrollWidth > control.clientWidth + 1) {
        found.push(`${label} cuts its text (${control.scrollWidth}px in ${control.clientWidth}px)`);
      }
    }
    return found;
  });
  expect(problems, name).toEqual([]);
}

const PAGES = [
  { name: "today", path: "/", ready: "main h2" },
  { name: "interview", path: () => `/interviews/${interviewId}`, ready: "main h2" },
  { name: "debrief", path: () => `/debrief/${interviewId}`, ready: "main form" },
  { name: "draft", path: () => `/drafts/${draftId}`, ready: ".provenance li" },
  { name: "outbox", path: "/outbox", ready: "main h2" },
  { name: "settings", path: "/settings", ready: "main form" },
];

// 200% zoom of a 1280 × 900 window is a 640 × 450 CSS-pixel window at twice the pixel density.
const SIZES = [
  { name: "zoom-200", width: 640, height: 450, deviceScaleFactor: 2 },
  { name: "phone", width: 375, height: 740, deviceScaleFactor: 2 },
];

describe.each(SIZES)("every page at $name", (size) => {
  it.each(PAGES)("fits $name without sideways scrolling or cut-off controls", async (target) => {
    const path = typeof target.path === "function" ? target.path() : target.path;
    const { page, close } = await open(size, path);
    try {
      await page.locator(target.ready).first().waitFor();
      await screenshot(page, `${size.name}-${target.name}`);
      await expectFits(page, `${target.name} at ${size.name}`);
    } finally {
      await close();
    }
  });
});

/** True when the element is wholly inside the window, as a person sees it now. */
async function inSight(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((css) => {
    const box = document.querySelector(css)!.getBoundingClientRect();
    return box.top >= 0 && box.bottom <= innerHeight && box.height > 0;
  }, selector);
}

describe.each([
  { name: "phone", width: 390, height: 844, deviceScaleFactor: 3, hasTouch: true },
  { name: "zoom-200", width: 640, height: 450, deviceScaleFactor: 2, hasTouch: false },
])("the proofreader on a narrow window ($name)", (size) => {
  it("shows the finding of a tapped underline where the note is written, and leads to the list", async () => {
    const { page, close } = await open(size, `/drafts/${draftId}`);
    try {
      const body = page.getByLabel("Your e-mail");
      await body.waitFor();
      const text = await body.inputValue();
      await body.fill(text.replace(/\n\n/, "\n\nI really enjoyed our conversaton.\n\n"));
      const list = page.getByRole("complementary", { name: "Proofreader" });
      // Its suggestion is worked out once typing pauses.
      await list.getByRole("button", { name: "Replace with “conversation”" }).waitFor();
      const mark = page.locator("mark.under.error", { hasText: "conversaton" });
      await mark.evaluate((element) => element.scrollIntoView({ block: "center" }));
      // The list is below the note, out of sight.
      expect(await inSight(page, ".findings h2")).toBe(false);

      const box = (await mark.boundingBox())!;
      const at = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
      if (size.hasTouch) await page.touchscreen.tap(at.x, at.y);
      else await page.mouse.click(at.x, at.y);
      // The finding opens just below the tapped line, the word itself left in sight.
      const card = page.getByRole("region", { name: "The finding at the cursor" });
      const fix = card.getByRole("button", { name: "Replace with “conversation”" });
      await fix.waitFor();
      expect(await inSight(page, ".finding-at-cursor .suggestion")).toBe(true);
      expect((await card.boundingBox())!.y).toBeGreaterThanOrEqual(box.y + box.height);
      await screenshot(page, `${size.name}-draft-finding-at-cursor`, true);
      await expectAccessible(page, `draft editor at ${size.name}, a finding at the cursor`);
      await expectFits(page, `draft editor at ${size.name}, a finding at the cursor`);

      // By keyboard: typing closes it, the arrow keys onto the word open it again, and Tab goes
      // from the note to its fix.
      await page.keyboard.type("x");
      await expect.poll(() => card.count()).toBe(0);
      await page.keyboard.press("Backspace");
      await page.keyboard.press("ArrowLeft");
      await fix.waitFor();
      await page.keyboard.press("Tab");
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.textContent))
        .toBe("Replace with “conversation”");
      await page.keyboard.press("Enter");
      await expect.poll(() => body.inputValue()).toContain("I really enjoyed our conversation.");
      await expect.poll(() => card.count()).toBe(0);

      // Further down the note, the count and the way to the whole list stay in sight.
      await body.fill(`${await body.inputValue()} Thnk you.`);
      await page.evaluate(() => {
        const note = document.getElementById("body")!.getBoundingClientRect();
        scrollTo(0, scrollY + note.bottom - innerHeight + 10);
      });
      expect(await inSight(page, ".finding-bar")).toBe(true);
      await screenshot(page, `${size.name}-draft-note-scrolled`, true);
      await page.locator(".finding-bar").getByRole("button", { name: "See them all" }).click();
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.id))
        .toBe("findings-title");
      expect(await inSight(page, ".findings h2")).toBe(true);
      await screenshot(page, `${size.name}-draft-findings-list`, true);
    } finally {
      await close();
    }
  }, 180_000);
});

describe("edits kept without a click", () => {
  it("saves an edit once typing pauses, and one made just before leaving for another page", async () => {
    const { page, close } = await open({ width: 1280, height: 900 }, `/drafts/${draftId}`);
    const body = page.getByLabel("Your e-mail");
    await body.waitFor();
    const original = await body.inputValue();
    const stored = async () =>
      (
        (await (await page.request.get(`${server.url}/api/drafts/${draftId}`)).json()) as {
          draft: { body: string };
        }
      ).draft.body;
    try {
      await body.fill(`${original}\nP.S. One more thought.`);
      await expect.poll(stored, { timeout: 10_000 }).toContain("One more thought.");
      // Leaving at once, before any pause, for another page of the app.
      await body.fill(`${original}\nP.S. Left at once.`);
      await page.getByRole("link", { name: "Today" }).click();
      await expect.poll(stored, { timeout: 10_000 }).toContain("Left at once.");
      await page.goto(`${server.url}/drafts/${draftId}`);
      await expect.poll(() => body.inputValue()).toContain("Left at once.");
    } finally {
      await body.fill(original);
      await expect.poll(stored, { timeout: 10_000 }).toBe(original);
      await close();
    }
  });
});

describe("the time zone of a new interview", () => {
  it("starts at the profile's, whatever the browser's, and takes a city typed in full", async () => {
    // The profile says New York; this browser says Berlin.
    const context = await browser.newContext({
      storageState: signedIn,
      timezoneId: "Europe/Berlin",
    });
    const page = await context.newPage();
    await page.goto(`${server.url}/debrief`);
    try {
      const zone = page.getByLabel("Time zone of the times above");
      await expect.poll(() => zone.inputValue()).toBe("America/New_York");
      await zone.fill("chicago");
      await zone.blur();
      await expect.poll(() => zone.inputValue()).toBe("America/Chicago");
    } finally {
      await context.close();
    }
  });
});

describe("a debrief saved with fields missing", () => {
  it("names every field to fix at once, and marks each", async () => {
    const { page, close } = await open({ width: 1280, height: 900 }, "/debrief");
    try {
      await page.getByLabel("Company").waitFor();
      await page.getByRole("button", { name: "Save and see what to send" }).click();
      const problem = page.getByRole("alert");
      await expect.poll(() => problem.innerText()).toMatch(/Company[\s\S]*\n[\s\S]*Please check/);
      await expect(page.getByLabel("Company").getAttribute("aria-invalid")).resolves.toBe("true");
      await expect(
        page.getByLabel("Role you applied for").getAttribute("aria-invalid"),
      ).resolves.toBe("true");
    } finally {
      await close();
    }
  });
});
