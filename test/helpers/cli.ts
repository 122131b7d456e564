import { spawn } from "node:child_process";
import { join } from "node:path";
import { Readable } from "node:stream";
import { run } from "../../src/cli/run.js";
import type { LanguageEngines } from "../../src/core/check/language-engines.js";
import { DICTIONARY_ENGINES } from "./context.js";

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  home: string;
  now?: string;
  stdin?: string;
  env?: Record<string, string>;
  cwd?: string;
  /** The spelling and grammar engines; the dictionary alone unless a test is about grammar. */
  engines?: LanguageEngines;
}

/** Runs `afterword ARGS` in this process, as the real entry point does, and captures its output. */
export async function runCli(args: string[], options: CliOptions): Promise<CliResult> {
  let stdout = "";
  let stderr = "";
  const code = await run(
    ["--home", options.home, ...(options.now ? ["--now", options.now] : []), ...args],
    {
      stdin: Readable.from([options.stdin ?? ""]),
      stdout: { write: (text: string) => (stdout += text) },
      stderr: { write: (text: string) => (stderr += text) },
      env: { ...options.env },
      interactive: false,
    },
    { engines: options.engines ?? DICTIONARY_ENGINES },
  );
  return { code, stdout, stderr };
}

/** Parses the JSON a `--json` command printed, failing the test with its output when it is not JSON. */
export function json<T = unknown>(result: CliResult): T {
  try {
    return JSON.parse(result.stdout) as T;
  } catch {
    throw new Error(`not JSON (exit ${result.code}):\n${result.stdout}\n${result.stderr}`);
  }
}

export const BIN = join(import.meta.dirname, "..", "..", "bin", "afterword.js");

/** Runs the real `afterword` executable in a child process. */
export function spawnCli(args: string[], options: CliOptions): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, "--home", options.home, ...args], {
      cwd: options.cwd,
      env: {
        ...process.env,
        ...(options.now ? { AFTERWORD_NOW: options.now } : {}),
        ...options.env,
      },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code: code ?? -1, stdout, stderr }));
    child.stdin.end(options.stdin ?? "");
  });
}
