import { readFile } from "node:fs/promises";
import type { AppContext } from "./context.js";
import { loadCorrespondence } from "./correspondence.js";
import { readMailConfig } from "../mail/read-mail-config.js";
import { describeFsError } from "./read-file.js";
import { receiveMail, type Reception } from "./receive-mail.js";

export type FileReception = { file: string } & (
  { ok: true; reception: Reception } | { ok: false; error: string }
);

/** Records received messages from .eml files exactly as the mailbox sync records them. */
export async function receiveFiles(ctx: AppContext, files: string[]): Promise<FileReception[]> {
  const config = await readMailConfig(ctx.home);
  const account = config.ok ? config.value : null;
  const results: FileReception[] = [];
  for (const file of files) {
    let raw: Buffer;
    try {
      raw = await readFile(file);
    } catch (error) {
      results.push({ file, ok: false, error: describeFsError(error) });
      continue;
    }
    const known = await loadCorrespondence(ctx.store, account);
    const reception = await receiveMail(ctx, known, raw, {
      source: "file",
      folder: null,
      uid: null,
    });
    results.push({ file, ok: true, reception });
  }
  return results;
}
