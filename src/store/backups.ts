import { mkdirSync, readdirSync, renameSync, rmSync } from "node:fs";
import { join } from "node:path";
import type { Database as SqliteDatabase } from "better-sqlite3";
import { BACKUP_FOLDER } from "./store-problem.js";

/** How many copies of the store are kept; the oldest goes when a new one is made. */
export const BACKUPS_KEPT = 7;

const DAY_MS = 24 * 60 * 60 * 1000;

export type BackupReason = "daily" | "before-upgrade";

export interface Backup {
  file: string;
  takenAt: Date;
  reason: BackupReason;
}

const NAME =
  /^afterword-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z-(daily|before-upgrade)\.sqlite$/;

/** The backups in the data folder, newest first. */
export function listBackups(home: string): Backup[] {
  let names: string[];
  try {
    names = readdirSync(join(home, BACKUP_FOLDER));
  } catch {
    return [];
  }
  return names
    .flatMap((name): Backup[] => {
      const match = NAME.exec(name);
      if (!match) return [];
      const [, day, h, m, s, ms, reason] = match;
      return [
        {
          file: join(home, BACKUP_FOLDER, name),
          takenAt: new Date(`${day}T${h}:${m}:${s}.${ms}Z`),
          reason: reason as BackupReason,
        },
      ];
    })
    .sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime());
}

/**
 * Copies the store, consistent as of one moment, into the backup folder (`VACUUM INTO`
 * reads through SQLite, so a write in progress elsewhere is not half-copied), then drops the
 * oldest copies beyond `BACKUPS_KEPT`. The copy is written under a temporary name and renamed,
 * so a copy cut short (a full disk) never passes for a backup.
 */
export function backUp(
  sqlite: SqliteDatabase,
  home: string,
  reason: BackupReason,
  at: Date,
): Backup {
  const folder = join(home, BACKUP_FOLDER);
  mkdirSync(folder, { recursive: true });
  const stamp = at.toISOString().replace(/:/g, "-").replace(".", "-");
  const file = join(folder, `afterword-${stamp}-${reason}.sqlite`);
  const partial = `${file}.${process.pid}.partial`;
  try {
    sqlite.prepare("VACUUM INTO ?").run(partial);
    renameSync(partial, file);
  } finally {
    rmSync(partial, { force: true });
  }
  for (const old of listBackups(home).slice(BACKUPS_KEPT)) rmSync(old.file, { force: true });
  return { file, takenAt: at, reason };
}

/** Makes the day's backup when the newest is a day old or more. A failure is no reason to stop the command. */
export function backUpDaily(sqlite: SqliteDatabase, home: string, at: Date): void {
  const newest = listBackups(home)[0];
  if (newest && at.getTime() - newest.takenAt.getTime() < DAY_MS) return;
  try {
    backUp(sqlite, home, "daily", at);
  } catch {
    // The store itself is unharmed; tomorrow's command tries again, and the older backups are still there.
  }
}
