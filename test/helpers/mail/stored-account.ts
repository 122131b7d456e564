import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll } from "vitest";
import { mailConfigSchema } from "../../../src/mail/mail-config.js";
import { MAIL_KEY_VARIABLE } from "../../../src/mail/secret-seal.js";
import { StoredMailAccounts } from "../../../src/mail/stored-accounts.js";
import { openPostgresStore } from "../../../src/store/postgres-store.js";
import type { Store } from "../../../src/store/store.js";

/**
 * A fresh key for sealing mail secrets in the database, in a file only its owner may read, and
 * the environment that names it; removed after the suite (call it in a `describe`).
 */
export function mailKeyEnv(): Record<typeof MAIL_KEY_VARIABLE, string> {
  const folder = mkdtempSync(join(tmpdir(), "afterword-mail-key-"));
  const file = join(folder, "mail.key");
  writeFileSync(file, `${randomBytes(32).toString("base64")}\n`, { mode: 0o600 });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  return { [MAIL_KEY_VARIABLE]: file };
}

/** Keeps a mail account in the store's candidate's rows, its password read from `env` and sealed. */
export async function keepMailAccount(
  store: Store,
  env: Record<string, string | undefined>,
  config: Record<string, unknown>,
): Promise<void> {
  const kept = await new StoredMailAccounts(store.mailAccount, store.scope, env, tmpdir()).write(
    mailConfigSchema.parse(config),
  );
  if (!kept.ok) throw new Error(kept.errors[0]);
}

/** The same for the first candidate of the database at `url`. */
export async function keepMailAccountIn(
  url: string,
  env: Record<string, string | undefined>,
  config: Record<string, unknown>,
): Promise<void> {
  const store = await openPostgresStore(url);
  try {
    await keepMailAccount(store, env, config);
  } finally {
    await store.close();
  }
}
