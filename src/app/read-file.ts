import { readFile } from "node:fs/promises";
import { fail, ok, type Result } from "../core/result.js";
import type { FieldError } from "../core/record/field-error.js";

/** Reads a file as UTF-8 text, turning the system's error into words. */
export async function readTextFile(file: string): Promise<Result<string, FieldError>> {
  try {
    return ok(await readFile(file, "utf8"));
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
