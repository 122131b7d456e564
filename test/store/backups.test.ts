import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import SQLite from "better-sqlite3";
import { Kysely, Migrator, SqliteDialect, type Migration } from "kysely";
import { describe, expect, it } from "vitest";
import { BACKUPS_KEPT, listBackups } from "../../src/store/backups.js";
import { migrationProvider } from "../../src/store/migrations/index.js";
import { DATABASE_FILE, openSqliteStore } from "../../src/store/store.js";
import { tempHome } from "../helpers/temp-home.js";

const DAY = 24 * 60 * 60 * 1000;

describe("the store's rolling backups", () => {
  it("copies the store before a migration, and the copy opens with the data it had", async () => {
    const home = tempHome();
    const all = await migrationProvider.getMigrations();
    const names = Object.keys(all);
    const older: Record<string, Migration> = Object.fromEntries(
      names.slice(0, -1).map((name) => [name, all[name]!]),
    );
    const sqlite = new SQLite(join(home, DATABASE_FILE));
    const db = new Kysely({ dialect: new SqliteDialect({ database: sqlite }) });
    const { error } = await new Migrator({
      db,
      provider: { getMigrations: async () => older },
    }).migrateToLatest();
    expect(error).toBeUndefined();
    await db.destroy();

    const store = await openSqliteStore(home, { now: new Date("2026-12-01T09:00:00Z") });
    await store.close();
    const [backup] = listBackups(home);
    expect(backup?.reason).toBe("before-upgrade");
    const copy = new SQLite(backup!.file, { readonly: true });
    const applied = copy.prepare("select name from kysely_migration").all();
    copy.close();
    expect(applied).toHaveLength(names.length - 1);
  });

  it("makes one a day, keeping the newest few", async () => {
    const home = tempHome();
    const start = new Date("2026-12-01T09:00:00Z").getTime();
    for (let day = 0; day <= BACKUPS_KEPT + 2; day++) {
      // Twice a day: the second open of a day makes no new copy.
      for (const hour of [0, 5]) {
        const store = await openSqliteStore(home, {
          now: new Date(start + day * DAY + hour * 3600_000),
        });
        await store.close();
      }
    }
    const backups = listBackups(home);
    expect(backups).toHaveLength(BACKUPS_KEPT);
    expect(backups.every((b) => b.reason === "daily")).toBe(true);
    expect(backups[0]!.takenAt.toISOString()).toBe(
      new Date(start + (BACKUPS_KEPT + 2) * DAY + 5 * 3600_000).toISOString(),
    );
    expect(readdirSync(join(home, "backups"))).toHaveLength(BACKUPS_KEPT);
    expect(existsSync(join(home, DATABASE_FILE))).toBe(true);
  });
});
