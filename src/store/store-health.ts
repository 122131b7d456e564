import { copyFileSync, existsSync, mkdtempSync, renameSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import SQLite from "better-sqlite3";
import { listBackups, type Backup } from "./backups.js";
import { migrationProvider } from "./migrations/index.js";
import { DATABASE_FILE } from "./store.js";

/** What `afterword doctor` finds in the data folder. */
export interface StoreHealth {
  file: string;
  state: "no-store" | "healthy" | "damaged" | "newer";
  /** What SQLite's integrity and foreign-key checks reported, at most a few lines. */
  problems: string[];
  /** Changes (migrations) the store has had, and those that only a newer Afterword knows. */
  changes: { applied: number; known: number; unknown: string[] };
  backups: Backup[];
}

const PROBLEMS_SHOWN = 5;

/**
 * Checks the store without touching it: a private copy is opened and checked, so a damaged
 * store is never written to, and a read-only folder can be checked too.
 */
export async function inspectStore(home: string): Promise<StoreHealth> {
  const file = join(home, DATABASE_FILE);
  const known = Object.keys(await migrationProvider.getMigrations());
  const health: StoreHealth = {
    file,
    state: "no-store",
    problems: [],
    changes: { applied: 0, known: known.length, unknown: [] },
    backups: listBackups(home),
  };
  if (!existsSync(file)) return health;
  const checked = checkCopy(file);
  if ("problems" in checked) return { ...health, state: "damaged", problems: checked.problems };
  const unknown = checked.applied.filter((name) => !known.includes(name));
  return {
    ...health,
    state: unknown.length > 0 ? "newer" : "healthy",
    changes: { applied: checked.applied.length, known: known.length, unknown },
  };
}

/** What a copy of the store holds: its applied migrations, or the problems found in it. */
function checkCopy(file: string): { applied: string[] } | { problems: string[] } {
  const folder = mkdtempSync(join(tmpdir(), "afterword-doctor-"));
  try {
    const copy = join(folder, DATABASE_FILE);
    copyFileSync(file, copy);
    if (existsSync(`${file}-wal`)) copyFileSync(`${file}-wal`, `${copy}-wal`);
    const db = new SQLite(copy);
    try {
      const integrity = (db.pragma("integrity_check") as { integrity_check: string }[]).map(
        (row) => row.integrity_check,
      );
      const keys = db.pragma("foreign_key_check") as { table: string; parent: string }[];
      const problems = [
        ...integrity.filter((line) => line !== "ok"),
        ...keys.map((row) => `a row of ${row.table} points at a missing row of ${row.parent}`),
      ];
      if (problems.length > 0) return { problems: problems.slice(0, PROBLEMS_SHOWN) };
      const hasTable = db
        .prepare("select 1 from sqlite_master where type = 'table' and name = 'kysely_migration'")
        .get();
      const applied = hasTable
        ? db
            .prepare("select name from kysely_migration order by name")
            .all()
            .map((row) => (row as { name: string }).name)
        : [];
      return { applied };
    } finally {
      db.close();
    }
  } catch (error) {
    return { problems: [(error as Error).message] };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/**
 * Puts a backup back in place of the store. The store it replaces (with its write-ahead log,
 * which must not be replayed onto the backup) is kept beside it under a dated name, never
 * deleted. The backup is checked first: a damaged backup is not put back.
 */
export async function restoreBackup(
  home: string,
  backup: string,
  at: Date,
): Promise<{ ok: true; keptAs: string | null } | { ok: false; problems: string[] }> {
  const checked = checkCopy(backup);
  if ("problems" in checked) return { ok: false, problems: checked.problems };
  const file = join(home, DATABASE_FILE);
  const keptAs = existsSync(file)
    ? `${file}.replaced-${at.toISOString().replace(/[:.]/g, "-")}`
    : null;
  if (keptAs) {
    renameSync(file, keptAs);
    for (const side of ["-wal", "-shm"]) {
      if (existsSync(`${file}${side}`)) renameSync(`${file}${side}`, `${keptAs}${side}`);
    }
  }
  copyFileSync(backup, file);
  return { ok: true, keptAs };
}
