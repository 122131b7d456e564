import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fail, ok, type Result } from "../core/result.js";

/** The editor a person has chosen, as Git finds it: $VISUAL, else $EDITOR. */
export function chosenEditor(env: Record<string, string | undefined>): string | null {
  const editor = env.VISUAL?.trim() || env.EDITOR?.trim();
  return editor || null;
}

/**
 * Opens `text` in the editor, waits for it to close and returns what the file then holds.
 * The command runs through the shell, so "code --wait" or "nano -w" work as they do for Git.
 */
export function editInEditor(
  editor: string,
  text: string,
  fileName: string,
  env: Record<string, string | undefined>,
): Result<string, string> {
  const folder = mkdtempSync(join(tmpdir(), "afterword-edit-"));
  const file = join(folder, fileName);
  try {
    writeFileSync(file, text);
    const run = spawnSync(`${editor} "${file}"`, {
      shell: true,
      stdio: "inherit",
      env: { ...process.env, ...env },
    });
    if (run.error) return fail(`Could not start the editor "${editor}": ${run.error.message}.`);
    if (run.status !== 0) {
      return fail(
        `The editor "${editor}" stopped with status ${run.status ?? run.signal}; nothing was saved.`,
      );
    }
    return ok(readFileSync(file, "utf8"));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
