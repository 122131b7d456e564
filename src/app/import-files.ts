import { extname } from "node:path";
import type { AppContext } from "./context.js";
import { importRecordText } from "./import-records.js";
import { refusedImport, type FileImport } from "./import-result.js";
import { readTextFile } from "./read-file.js";

export const STDIN = "-";

/** Imports each file on its own: a refused file writes nothing, and the others still import. */
export async function importFiles(
  ctx: AppContext,
  files: string[],
  readStdin: () => Promise<string>,
): Promise<FileImport[]> {
  const results: FileImport[] = [];
  for (const file of files) {
    const text =
      file === STDIN ? { ok: true as const, value: await readStdin() } : await readTextFile(file);
    results.push(
      text.ok ? await importText(ctx, file, text.value) : refusedImport(file, text.errors),
    );
  }
  return results;
}

async function importText(ctx: AppContext, file: string, text: string): Promise<FileImport> {
  switch (formatOf(file, text)) {
    case "json":
      return importRecordText(ctx, file, text, "json");
    case "yaml":
      return importRecordText(ctx, file, text, "yaml");
    default:
      return refusedImport(file, [
        {
          path: "",
          expected: "an interview record (.yaml, .yml or .json)",
          found: `a ${extname(file) || "file without an extension"}`,
        },
      ]);
  }
}

function formatOf(file: string, text: string): "json" | "yaml" | null {
  if (file === STDIN) return /^\s*[[{]/.test(text) ? "json" : "yaml";
  const extension = extname(file).toLowerCase();
  if (extension === ".json") return "json";
  if (extension === ".yaml" || extension === ".yml") return "yaml";
  return null;
}
