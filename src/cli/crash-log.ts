import { appendFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { terminalText } from "./terminal-text.js";

/** Writes an unexpected error's details to a log file and returns the file's path. */
export function logCrash(home: string | null, error: unknown, argv: string[]): string {
  // The log is read in a terminal, and the error may quote a stranger's text.
  const entry = terminalText(
    [
      `--- ${new Date().toISOString()} afterword ${argv.join(" ")}`,
      error instanceof Error ? (error.stack ?? error.message) : String(error),
      "",
    ].join("\n"),
  );
  for (const folder of [home && join(home, "logs"), join(tmpdir(), "afterword-logs")]) {
    if (!folder) continue;
    try {
      mkdirSync(folder, { recursive: true });
      const file = join(folder, "afterword.log");
      appendFileSync(file, entry);
      return file;
    } catch {
      // Try the next folder: the data folder may be what is broken.
    }
  }
  return "(no log could be written)";
}
