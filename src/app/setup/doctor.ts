import { resolve } from "node:path";
import { fail, ok, type Result } from "../../core/result.js";
import type { Backup } from "../../store/backups.js";
import type { StoreHealth } from "../../store/store-health.js";
import type { UserError } from "../user-error.js";

/** The store's files, as the doctor reaches them: never a folder it looks into itself. */
export interface StoreFiles {
  /** Where the store is kept, as messages name it. */
  readonly where: string;
  inspect(): Promise<StoreHealth>;
  /** Newest first. */
  backups(): Backup[];
  restore(
    backup: string,
    at: Date,
  ): Promise<{ ok: true; keptAs: string | null } | { ok: false; problems: string[] }>;
}

/** Why a backup could not be put back, in words that say what to do. */
export type RestoreError = UserError<"no-backup" | "damaged-backup">;

/** The store's health: integrity, changes applied, backups. Works on a store too damaged to open. */
export function checkStore(files: StoreFiles): Promise<StoreHealth> {
  return files.inspect();
}

/** Puts back the given backup, or the newest one, keeping the store it replaces. */
export async function restoreStore(
  files: StoreFiles,
  given: string | null,
  at: Date,
): Promise<Result<{ restored: string; keptAs: string | null }, RestoreError>> {
  const backup = given ? resolve(given) : (files.backups()[0]?.file ?? null);
  if (!backup) {
    return fail({
      code: "no-backup",
      message: `There is no backup in ${files.where} to put back.`,
    });
  }
  const restored = await files.restore(backup, at);
  if (!restored.ok) {
    return fail({
      code: "damaged-backup",
      message: `${backup} is damaged too (${restored.problems[0]}): choose an older backup.`,
    });
  }
  return ok({ restored: backup, keptAs: restored.keptAs });
}
