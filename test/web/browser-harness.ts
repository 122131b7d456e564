import { mkdirSync, rmSync, statSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { dirname, join } from "node:path";
import { AxeBuilder } from "@axe-core/playwright";
import { DateTime } from "luxon";
import { chromium, type Browser, type Page } from "playwright-core";
import { expect } from "vitest";
import { buildPage, isPageStale, pageDir } from "../../scripts/build.js";
import { openSqliteStore, type Store } from "../../src/store/store.js";
import { buildServer } from "../../src/web/server/server.js";
import { Sessions } from "../../src/web/server/session.js";
import { nodeLanguageEngines } from "../../src/engines/node-engines.js";
import { DataFolderMailAccounts } from "../../src/mail/data-folder-accounts.js";

export const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** Screenshots of every page, kept for people to look at (git-ignored). */
export const ARTIFACTS = join(import.meta.dirname, "..", "..", "test-artifacts", "web");

const BUILD_LOCK = `${pageDir}.building`;

/**
 * Builds the page once for every browser test file: the first file to get here builds it (when
 * the sources are newer than the build), the others wait for it.
 */
export async function ensurePage(): Promise<string> {
  // On a fresh clone dist/ does not exist yet, and the lock is made inside it.
  mkdirSync(dirname(BUILD_LOCK), { recursive: true });
  for (;;) {
    try {
      mkdirSync(BUILD_LOCK, { recursive: false });
    } catch {
      // Another file is building; a lock older than five minutes was left by a crash.
      if (Date.now() - statSync(BUILD_LOCK, { throwIfNoEntry: false })!.mtimeMs > 300_000) {
        rmSync(BUILD_LOCK, { recursive: true, force: true });
      }
      await new Promise((resolve) => setTimeout(resolve, 500));
      continue;
    }
    try {
      if (isPageStale()) await buildPage();
      return pageDir;
    } finally {
      rmSync(BUILD_LOCK, { recursive: true, force: true });
    }
  }
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: "/usr/bin/chromium",
    headless: true,
    args: CHROMIUM_FLAGS,
  });
}

export interface RunningServer {
  url: string;
  /** The address as `afterword serve` prints it, with its one-time token. */
  signInUrl: string;
  store: Store;
  close(): Promise<void>;
}

/** `afterword serve` as the tests run it: listening on a free loopback port, on a fresh store. */
export async function startServer(
  home: string,
  now: string,
  page: string,
  env: Record<string, string> = {},
): Promise<RunningServer> {
  const store = await openSqliteStore(home);
  const sessions = new Sessions();
  const token = sessions.pendingToken!;
  const { app } = await buildServer({
    store,
    now: () => DateTime.fromISO(now, { setZone: true }),
    // As `afterword serve` runs: harper.js and nspell.
    engines: nodeLanguageEngines(),
    mail: new DataFolderMailAccounts(home, env),
    port: 0,
    pageDir: page,
    sessions,
  });
  await app.listen({ host: "127.0.0.1", port: 0 });
  const url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  return {
    url,
    signInUrl: `${url}/?token=${token}`,
    store,
    close: async () => {
      await app.close();
      await store.close();
    },
  };
}

/** No serious or critical accessibility violation on the page as it is now. */
export async function expectAccessible(page: Page, name: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  const bad = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(
    bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join("; ")})`),
    name,
  ).toEqual([]);
}

/** The whole page, or with `window` only what the window shows now (a bar that stays in sight). */
export async function screenshot(page: Page, name: string, window = false): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: !window });
}
