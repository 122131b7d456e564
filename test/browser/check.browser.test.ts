import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { build } from "esbuild";
import { chromium, type BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadNotes } from "../../bench/check/corpus.js";
import { proofread, type Finding } from "../../src/core/check/index.js";
import { readEnglishDictionary } from "../../src/engines/dictionary-files.js";
import { HarperEngine } from "../../src/engines/harper.engine.js";
import { NspellEngine } from "../../src/engines/nspell.engine.js";
import type { BrowserCase } from "./check-entry.js";

const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

// harper.js exports only an `import` entry, which require.resolve cannot see: find its folder directly.
const harperDist = join(import.meta.dirname, "..", "..", "node_modules", "harper.js", "dist");
const dictionaryDir = dirname(createRequire(import.meta.url).resolve("dictionary-en"));

let server: Server;
let origin: string;
let browser: BrowserContext;
let profileDir: string;

beforeAll(async () => {
  const bundled = await build({
    entryPoints: [join(import.meta.dirname, "check-entry.ts")],
    bundle: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    write: false,
    external: ["fs"],
    logLevel: "error",
  });
  const files: Record<string, { body: Buffer | string; type: string }> = {
    "/": {
      body: '<!doctype html><meta charset="utf-8"><script type="module" src="/check.js"></script>',
      type: "text/html",
    },
    "/check.js": { body: bundled.outputFiles[0]!.text, type: "text/javascript" },
    "/assets/harper_wasm_slim_bg.wasm": {
      body: readFileSync(join(harperDist, "harper_wasm_slim_bg.wasm")),
      type: "application/wasm",
    },
    "/assets/index.aff": {
      body: readFileSync(join(dictionaryDir, "index.aff")),
      type: "text/plain",
    },
    "/assets/index.dic": {
      body: readFileSync(join(dictionaryDir, "index.dic")),
      type: "text/plain",
    },
  };
  server = createServer((request, response) => {
    const file = files[new URL(request.url ?? "/", "http://x").pathname];
    if (!file) return void response.writeHead(404).end();
    response.writeHead(200, { "content-type": file.type }).end(file.body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  profileDir = mkdtempSync(join(tmpdir(), "afterword-chromium-"));
  browser = await chromium.launchPersistentContext(profileDir, {
    executablePath: "/usr/bin/chromium",
    headless: true,
    args: CHROMIUM_FLAGS,
  });
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
  if (profileDir) rmSync(profileDir, { recursive: true, force: true });
});

async function inChromium(cases: BrowserCase[], worker: boolean): Promise<Finding[][]> {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(origin);
  await page.waitForFunction(() => "afterwordCheck" in globalThis);
  const results = await page.evaluate(
    ([given, inWorker]) =>
      (
        globalThis as unknown as {
          afterwordCheck: (c: typeof given, w: boolean) => Promise<Finding[][]>;
        }
      ).afterwordCheck(given, inWorker),
    [cases, worker] as const,
  );
  await page.close();
  expect(errors).toEqual([]);
  return results;
}

async function inNode(cases: BrowserCase[]): Promise<Finding[][]> {
  const engines = { instant: new NspellEngine(readEnglishDictionary), full: new HarperEngine() };
  await Promise.all([engines.instant.start(), engines.full.start()]);
  try {
    const results: Finding[][] = [];
    for (const { text, context } of cases) {
      results.push((await proofread(text, context, engines)).findings);
    }
    return results;
  } finally {
    await engines.full.stop();
  }
}

describe("the proofreader in a browser", () => {
  // American-English notes: the browser engines guess the dialect from no zone, as Node does here.
  const notes = [...loadNotes("good"), ...loadNotes("bad")].filter(
    (note) => !note.profile.timeZone.startsWith("Europe/"),
  );
  const cases: BrowserCase[] = [
    ...notes.map((note) => ({ text: note.text, context: note.context })),
    {
      text: "Dear Dana,\n\ni made an mistake with the the postion 🎉 at [Company]. Thx!!",
      context: notes[0]!.context,
    },
  ];

  it("gives the same findings in Chromium as in Node, for every note of the corpus", async () => {
    const node = await inNode(cases);
    expect(node.flat().length).toBeGreaterThan(50);
    expect(await inChromium(cases, false)).toEqual(node);
  }, 180_000);

  it("gives the same findings with harper in a Web Worker", async () => {
    const few = cases.slice(-3);
    expect(await inChromium(few, true)).toEqual(await inNode(few));
  }, 120_000);
});
