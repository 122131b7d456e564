import { resolve } from "node:path";
import { fail, ok, type Result } from "../core/result.js";
import { listBackups } from "../store/backups.js";
import { inspectStore, restoreBackup, type StoreHealth } from "../store/store-health.js";

/** Why a backup could not be put back, in words that say what to do. */
export interface RestoreError {
  code: "no-backup" | "damaged-backup";
  message: string;
}

/** The store's health: integrity, changes applied, backups. Works on a store too damaged to open. */
export function checkStore(home: string): Promise<StoreHealth> {
  return inspectStore(home);
}

/** Puts back the given backup, or the newest one, keeping the store it replaces. */
export async function restoreStore(
  home: string,
  given: string | null,
  at: Date,
): Promise<Result<{ restored: string; keptAs: string | null }, RestoreError>> {
  const backup = given ? resolve(given) : (listBackups(home)[0]?.file ?? null);
  if (!backup) {
    return fail({
      code: "no-backup",
      message: `There is no backup in ${home} to put back: \`afterword doctor\` says what else can be done.`,
    });
  }
  const restored = await restoreBackup(home, backup, at);
  if (!restored.ok) {
    return fail({
      code: "damaged-backup",
      message: `${backup} is damaged too (${restored.problems[0]}): choose an older one from \`afterword doctor\`'s list.`,
    });
  }
  return ok({ restored: backup, keptAs: restored.keptAs });
}
