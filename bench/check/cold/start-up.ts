// Start-up a person feels, whole processes: `afterword agenda` against a bare `node -e 0`, and
// `afterword check FILE` / `afterword draft ID` against harper.js's own load and first check
// (cold/harper-alone), time and peak memory. Runs alternate, and each ratio is taken pair by pair,
// so a machine whose speed drifts during the run moves both sides alike.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { fixed, median, table } from "../stats.js";

const ROOT = join(import.meta.dirname, "..", "..", "..");
const BIN = join(ROOT, "bin", "afterword.js");
const RECORDS = join(ROOT, "test", "fixtures", "records");
const RUNS = 7;

interface Run {
  ms: number;
  rssKb: number;
}

/** `harperAlone` and `reportRss` are the bundled cold/harper-alone and cold/report-rss scripts. */
export function startUp(
  note: { text: string; context: unknown },
  harperAlone: string,
  reportRss: string,
): void {
  const scratch = mkdtempSync(join(tmpdir(), "afterword-bench-start-"));
  try {
    const home = join(scratch, "home");
    const input = join(scratch, "message.json");
    writeFileSync(input, JSON.stringify(note));
    const noteFile = join(scratch, "note.txt");
    writeFileSync(noteFile, note.text);
    const preload = `--import=${pathToFileURL(reportRss).href}`;
    const afterword = (...args: string[]) => [preload, BIN, "--home", home, ...args];
    // A profile and one interview, so that agenda has a plan to show and draft a person to write to.
    timed(afterword("profile", join(RECORDS, "profile.yaml")));
    timed(afterword("import", join(RECORDS, "acme-onsite.yaml")));
    const now = ["--now", "2026-11-20T23:30Z"];

    const harper = [preload, harperAlone, input];
    // harper.js as Afterword's one-off commands run it: V8's baseline WebAssembly compiler alone
    // (src/cli/early-start.ts). Against it, the ratio is what Afterword itself adds.
    const harperAsRun = ["--liftoff-only", ...harper];
    const check = afterword(...now, "check", noteFile, "--json");
    const draft = afterword(...now, "draft", "1", "--kind", "thank-you", "--force", "--json");
    const rows = [
      pairs("`afterword agenda`", afterword(...now, "agenda"), [preload, "-e", "0"], "≤ 3"),
      pairs("`afterword check FILE`", check, harper, "≤ 1.1"),
      pairs("`afterword check FILE`", check, harperAsRun, ""),
      pairs("`afterword draft 1`", draft, harper, "≤ 1.1"),
      pairs("`afterword draft 1`", draft, harperAsRun, ""),
    ];
    console.log(`\nStart-up, whole processes (median of ${RUNS} pairs):`);
    console.log(
      table(
        [
          "command",
          "baseline",
          "ms",
          "baseline ms",
          "time ratio",
          "peak MB",
          "RSS ratio",
          "target",
        ],
        rows.map((row) => [
          row.name,
          row.baseline,
          fixed(median(row.ours.map((run) => run.ms)), 0),
          fixed(median(row.theirs.map((run) => run.ms)), 0),
          fixed(median(row.timeRatios)),
          fixed(median(row.ours.map((run) => run.rssKb)) / 1024, 0),
          fixed(median(row.rssRatios)),
          row.target,
        ]),
      ),
    );
    console.log(
      "harper.js alone is its own load and first check under Node's defaults; “as run”, the same with V8's baseline WebAssembly compiler alone, as Afterword's one-off commands run it. Peak RSS is read at each process's exit event: harper.js alone under the defaults keeps growing after it (V8 finishes optimising its WebAssembly before the process ends), so its ratio here is the stricter one.",
    );
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

function pairs(name: string, ours: string[], theirs: string[], target: string) {
  // One run of each first, not counted: it builds the CLI if needed and warms the disk cache.
  timed(ours);
  timed(theirs);
  const row = {
    name,
    baseline:
      theirs[1] === "-e"
        ? "node -e 0"
        : theirs[0] === "--liftoff-only"
          ? "harper.js alone, as run"
          : "harper.js alone",
    target,
    ours: [] as Run[],
    theirs: [] as Run[],
    timeRatios: [] as number[],
    rssRatios: [] as number[],
  };
  for (let i = 0; i < RUNS; i++) {
    const a = timed(ours);
    const b = timed(theirs);
    row.ours.push(a);
    row.theirs.push(b);
    row.timeRatios.push(a.ms / b.ms);
    row.rssRatios.push(a.rssKb / b.rssKb);
  }
  return row;
}

function timed(args: string[]): Run {
  const started = performance.now();
  const result = spawnSync(process.execPath, args, { encoding: "utf8", cwd: ROOT });
  const ms = performance.now() - started;
  if (result.status !== 0) throw new Error(`${args.join(" ")} failed:\n${result.stderr}`);
  const rss = /afterword-bench-maxrss (\d+)/.exec(result.stderr);
  return { ms, rssKb: Number(rss?.[1] ?? NaN) };
}
