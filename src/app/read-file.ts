import { readFile, stat } from "node:fs/promises";
import { fail, ok, type Result } from "../core/result.js";
import type { FieldError } from "../core/record/field-error.js";

/** Files larger than this are refused rather than read into memory: no invite or record is near it. */
export const LARGEST_FILE = 64 * 1024 * 1024;

/** Reads a file as UTF-8 text, turning the system's error into words. */
export async function readTextFile(file: string): Promise<Result<string, FieldError>> {
  try {
    return ok(await readFile(file, "utf8"));
  } catch (error) {
    return fail({ path: "", expected: "a readable file", found: describeFsError(error) });
  }
}

/** Reads a file's bytes, turning the system's error into words. */
export async function readFileBytes(file: string): Promise<Result<Uint8Array, FieldError>> {
  try {
    const info = await stat(file);
    if (info.isFile() && info.size > LARGEST_FILE) {
      return fail({
        path: "",
        expected: `a file of at most ${LARGEST_FILE / 1024 / 1024} MB`,
        found: `${Math.ceil(info.size / 1024 / 1024)} MB`,
      });
    }
    return ok(await readFile(file));
  } catch (error) {
    return fail({ path: "", expected: "a readable file", found: describeFsError(error) });
  }
}

export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case "ENOENT":
      return "no such file";
    case "EACCES":
    case "EPERM":
      return "a file you may not read";
    case "EISDIR":
      return "a folder";
    default:
      return (error as Error).message;
  }
}
