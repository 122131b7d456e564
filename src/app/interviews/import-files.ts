import { extname } from "node:path";
import type { FieldError } from "../../core/record/field-error.js";
import type { Result } from "../../core/result.js";
import { decodeText } from "../../core/text-bytes.js";
import type { AppContext } from "../context.js";
import { detectFormat, formatOfExtension, type FileFormat } from "./file-format.js";
import { importInviteBytes } from "./import-invites.js";
import { importRecordText } from "./import-records.js";
import { refusedImport, type FileImport } from "./import-result.js";
import { LARGEST_FILE, readFileBytes } from "../read-file.js";
import { STDIN } from "../stdin.js";

export { STDIN } from "../stdin.js";

/**
 * A file of records is parsed whole, so it is held to a size a person's records never reach
 * (a record is a few kilobytes): far more is a mistake or a bomb, and is refused before parsing.
 */
export const LARGEST_RECORD_FILE = 4 * 1024 * 1024;

function largestFor(format: FileFormat | null): number {
  return format === "json" || format === "yaml" ? LARGEST_RECORD_FILE : LARGEST_FILE;
}

function tooManyRecords(bytes: Uint8Array): FieldError {
  return {
    path: "",
    expected: `a file of records of at most ${LARGEST_RECORD_FILE / 1024 / 1024} MB (split a larger one into several files)`,
    found: `${Math.ceil(bytes.length / 1024 / 1024)} MB`,
  };
}

/** Imports each file on its own: a refused file writes nothing, and the others still import. */
export async function importFiles(
  ctx: AppContext,
  files: string[],
  readStdin: () => Promise<Result<Uint8Array, FieldError>>,
): Promise<FileImport[]> {
  const results: FileImport[] = [];
  for (const file of files) {
    const bytes =
      file === STDIN
        ? await readStdin()
        : await readFileBytes(file, largestFor(formatOfExtension(extname(file))));
    results.push(
      bytes.ok ? await importBytes(ctx, file, bytes.value) : refusedImport(file, bytes.errors),
    );
  }
  return results;
}

/** Imports one file's bytes, read as its name's extension says (or, for standard input, its content). */
export async function importBytes(
  ctx: AppContext,
  file: string,
  bytes: Uint8Array,
): Promise<FileImport> {
  const format: FileFormat | null =
    file === STDIN ? detectFormat(bytes) : formatOfExtension(extname(file));
  switch (format) {
    case "json":
    case "yaml": {
      if (bytes.length > LARGEST_RECORD_FILE) return refusedImport(file, [tooManyRecords(bytes)]);
      const text = decodeText(bytes);
      if (!text.ok) {
        return refusedImport(file, [
          {
            path: "",
            expected: "a text file (UTF-8, UTF-16 or Windows-1252)",
            found: text.errors[0]!.found,
          },
        ]);
      }
      return importRecordText(ctx, file, text.value.text, format);
    }
    case "ics":
    case "eml":
      return importInviteBytes(ctx, file, bytes, format);
    default:
      return refusedImport(file, [
        {
          path: "",
          expected:
            "an interview record (.yaml, .yml or .json), a calendar invite (.ics) or an e-mail with one (.eml)",
          found:
            extname(file).toLowerCase() === ".msg"
              ? "an Outlook .msg file (save the invitation as .ics, or the e-mail as .eml, and import that)"
              : `a ${extname(file) || "file without an extension"}`,
        },
      ]);
  }
}
