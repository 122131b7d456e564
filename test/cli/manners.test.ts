import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { EXAMPLE_PATHS, GROUPS } from "../../src/cli/command-guide.js";
import { commandWord } from "../../src/cli/command-word.js";
import { COMMAND_NAMES } from "../../src/cli/program.js";
import { closest } from "../../src/cli/suggest.js";
import { BIN, runCli, spawnCli } from "../helpers/cli.js";
import { tempHome } from "../helpers/temp-home.js";

const version = (
  JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "package.json"), "utf8")) as {
    version: string;
  }
).version;

/** Starts `afterword check -`, which waits for a message on standard input, and interrupts it. */
async function interrupted(after: number): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, [BIN, "--home", tempHome(), "check", "-"]);
  let stderr = "";
  child.stderr.on("data", (chunk) => (stderr += chunk));
  await new Promise((resolve) => setTimeout(resolve, after));
  child.kill("SIGINT");
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  return { code, stderr };
}

/** Runs `afterword --help` with a reader that stops after the first chunk, as `| head -1` does. */
async function readByHead(): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, [BIN, "--home", tempHome(), "--help"]);
  let stderr = "";
  child.stderr.on("data", (chunk) => (stderr += chunk));
  child.stdout.once("data", () => child.stdout.destroy());
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  return { code, stderr };
}

describe("the command line's manners", () => {
  it("prints its version with --version and -V", async () => {
    for (const flag of ["--version", "-V"]) {
      const result = await runCli([flag], { home: tempHome() });
      expect(result.code).toBe(0);
      expect(result.stdout.trim()).toBe(version);
    }
  });

  it("suggests the command a misspelt one meant", async () => {
    const result = await runCli(["agneda"], { home: tempHome() });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'afterword: there is no command "agneda". Did you mean `afterword agenda`?\n',
    );
    expect(closest("drfts", COMMAND_NAMES)).toBe("drafts");
    expect(closest("interview", COMMAND_NAMES)).toBe("interviews");
    expect(closest("xyzzy", COMMAND_NAMES)).toBeNull();
  });

  it("groups the commands by what a job seeker does", async () => {
    const { stdout } = await runCli(["--help"], { home: tempHome() });
    const headings = Object.values(GROUPS).map((heading) => stdout.indexOf(`\n${heading}\n`));
    expect(headings.every((at) => at > 0)).toBe(true);
    expect([...headings].sort((a, b) => a - b)).toEqual(headings);
    const interviews = stdout.slice(headings[0], headings[1]);
    expect(interviews).toMatch(/^ {2}agenda /m);
    expect(stdout.slice(headings[3])).toMatch(/^ {2}profile /m);
  });

  it("ends every command's help with examples", async () => {
    const home = tempHome();
    for (const name of COMMAND_NAMES) {
      expect(EXAMPLE_PATHS).toContain(name);
      const { stdout } = await runCli([name, "--help"], { home });
      expect(stdout, name).toMatch(/\nExamples:\n( {2}afterword.*\n)+$/);
    }
    const { stdout } = await runCli(["help", "outbox"], { home });
    expect(stdout).toContain("afterword outbox retry 4");
  });

  it("gives commander's own errors the prefix every error has", async () => {
    const result = await runCli(["agenda", "--dayz", "3"], { home: tempHome() });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^afterword: unknown option '--dayz'/);
  });

  it("finds the command after global options", () => {
    expect(commandWord(["--home", "x", "--json", "agenda", "--days", "3"])).toBe("agenda");
    expect(commandWord(["--now", "2026-11-20T16:00Z"])).toBeUndefined();
  });

  it("stops quietly when the reader of its output stops reading", async () => {
    const { code, stderr } = await readByHead();
    expect(stderr).not.toMatch(/EPIPE|Error|\bat /);
    expect(code).toBe(0);
  });

  it("exits 130 on Ctrl-C and says what was kept", async () => {
    // The first run rebuilds the bundle when the sources changed; the signal must meet the command.
    await spawnCli(["--version"], { home: tempHome() });
    // A signal that comes before the program has started is Node's (no exit code): wait longer.
    let result = { code: null as number | null, stderr: "" };
    for (const after of [1000, 3000, 9000]) {
      result = await interrupted(after);
      if (result.code !== null) break;
    }
    const { code, stderr } = result;
    expect(code).toBe(130);
    expect(stderr).toContain("afterword: stopped (Ctrl-C). Everything saved before it was kept");
  });
});
