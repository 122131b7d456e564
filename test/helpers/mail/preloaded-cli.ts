import { spawn, type ChildProcess } from "node:child_process";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll } from "vitest";
import { startMailServers, type MailServers } from "./world.js";

/**
 * Bundles the child entry once per test file, as the real CLI is bundled, into dist/ (beside the
 * CLI's bundle) so that it finds node_modules.
 */
export async function bundleChild(entry = "cli-child.ts"): Promise<string> {
  const { build } = await import("esbuild");
  const outfile = join(
    import.meta.dirname,
    "..",
    "..",
    "..",
    "dist",
    `child-${process.pid}-${entry.replace(/\.ts$/, "")}.mjs`,
  );
  await build({
    entryPoints: [join(import.meta.dirname, entry)],
    outfile,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    external: ["better-sqlite3", "@napi-rs/keyring"],
    logLevel: "warning",
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
  });
  return outfile;
}

export interface PreloadedCli {
  child: ChildProcess;
  ready: Promise<void>;
  output: { stdout: string; stderr: string };
  exited: Promise<number | null>;
  go(): void;
}

/** Starts `afterword ARGS` loaded and waiting: `go()` lets it run. */
export function preload(bundle: string, args: string[], env: Record<string, string>): PreloadedCli {
  const child = spawn(process.execPath, [bundle, ...args], {
    env: { ...process.env, ...env },
    stdio: ["pipe", "pipe", "pipe"],
  });
  const output = { stdout: "", stderr: "" };
  let markReady: () => void;
  let markFailed: (error: Error) => void;
  const ready = new Promise<void>((resolve, reject) => {
    markReady = resolve;
    markFailed = reject;
  });
  child.stdout!.on("data", (chunk: Buffer) => {
    output.stdout += chunk.toString();
    if (output.stdout.startsWith("ready\n")) markReady();
  });
  child.stderr!.on("data", (chunk: Buffer) => (output.stderr += chunk.toString()));
  child.stdin!.on("error", () => undefined);
  const exited = new Promise<number | null>((resolve) =>
    child.once("exit", (code) => {
      markFailed(new Error(`the child stopped before it was ready:\n${output.stderr}`));
      resolve(code);
    }),
  );
  ready.catch(() => undefined);
  return { child, ready, output, exited, go: () => child.stdin!.end("go\n") };
}

/** What a worker test runs against: the mail servers and a bundled child CLI. */
export interface WorkerWorld {
  servers: MailServers;
  bundle: string;
}

/**
 * Starts the mail servers and bundles `entry` before the file's tests, and stops and removes
 * them after. Read the world inside a test, once the hooks have run.
 */
export function useWorkerWorld(entry: string): WorkerWorld {
  const world = {} as WorkerWorld;
  beforeAll(async () => {
    [world.servers, world.bundle] = await Promise.all([startMailServers(), bundleChild(entry)]);
  });
  afterAll(async () => {
    await world.servers?.stop();
    if (world.bundle) rmSync(world.bundle, { force: true });
  });
  return world;
}
