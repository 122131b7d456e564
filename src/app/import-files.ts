import { extname } from "node:path";
import type { AppContext } from "./context.js";
import { detectFormat, formatOfExtension, type FileFormat } from "./file-format.js";
import { importInviteBytes } from "./import-invites.js";
import { importRecordText } from "./import-records.js";
import { refusedImport, type FileImport } from "./import-result.js";
import { readFileBytes } from "./read-file.js";

export const STDIN = "-";

/** Imports each file on its own: a refused file writes nothing, and the others still import. */
export async function importFiles(
  ctx: AppContext,
  files: string[],
  readStdin: () => Promise<Uint8Array>,
): Promise<FileImport[]> {
  const results: FileImport[] = [];
  for (const file of files) {
    const bytes =
      file === STDIN ? { ok: true as const, value: await readStdin() } : await readFileBytes(file);
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
    case "yaml":
      return importRecordText(ctx, file, new TextDecoder().decode(bytes), format);
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
