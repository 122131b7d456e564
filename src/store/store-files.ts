import { listBackups } from "./backups.js";
import { inspectStore, restoreBackup } from "./store-health.js";

/**
 * The SQLite store's files in the data folder, for the doctor: its health, its backups, putting
 * one back. It works on a store too damaged to open.
 */
export function sqliteStoreFiles(home: string) {
  return {
    where: home,
    inspect: () => inspectStore(home),
    backups: () => listBackups(home),
    restore: (backup: string, at: Date) => restoreBackup(home, backup, at),
  };
}
