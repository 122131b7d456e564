import type { AppContext } from "../context.js";
import { loadCorrespondence } from "./correspondence.js";
import { formatFieldError } from "../../core/record/field-error.js";
import { readFileBytes } from "../read-file.js";
import { receiveMail, type Reception } from "./receive-mail.js";

export type FileReception = { file: string } & (
  { ok: true; reception: Reception } | { ok: false; error: string }
);

/** Records received messages from .eml files exactly as the mailbox sync records them. */
export async function receiveFiles(ctx: AppContext, files: string[]): Promise<FileReception[]> {
  const config = await ctx.mail.read();
  const account = config.ok ? config.value : null;
  const results: FileReception[] = [];
  for (const file of files) {
    const read = await readFileBytes(file);
    if (!read.ok) {
      results.push({ file, ok: false, error: read.errors.map(formatFieldError).join("; ") });
      continue;
    }
    const known = await loadCorrespondence(ctx.store, account);
    const reception = await receiveMail(ctx, known, read.value, {
      source: "file",
      folder: null,
      uid: null,
    });
    results.push({ file, ok: true, reception });
  }
  return results;
}
