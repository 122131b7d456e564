import { execFileSync } from "node:child_process";
import {
  readFileSync,
  mkdirSync,
  openSync,
  readdirSync,
  rmSync,
  writeFileSync,
  writeSync,
  closeSync,
} from "node:fs";
import { join } from "node:path";
import SQLite from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { json, runCli, type CliResult } from "../helpers/cli.js";
import { tempHome } from "../helpers/temp-home.js";
import { DATABASE_FILE } from "../../src/store/store.js";
import { storeProblem, type StoreProblemCode } from "../../src/store/store-problem.js";

const RECORD = (company: string) => `company: ${company}
position: Data Engineer
start: 2026-11-18T10:00
timeZone: Europe/London
interviewers:
  - name: Priya Raman
`;

// eslint-disable-next-line no-control-regex -- the assertion is about control characters
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

function expectClean(result: CliResult): void {
  expect(result.stdout).not.toMatch(CONTROL);
  expect(result.stderr).not.toMatch(CONTROL);
  expect(result.stderr).not.toContain("not your doing");
  expect(result.code).not.toBe(70);
}

async function importRecord(home: string, company: string): Promise<CliResult> {
  const file = join(home, `${company}.yaml`);
  writeFileSync(file, RECORD(company));
  return runCli(["import", file], { home: join(home, "data") });
}

async function companies(home: string): Promise<string[]> {
  const listed = await runCli(["interviews", "--json"], { home });
  expect(listed.code).toBe(0);
  return json<{ company: string }[]>(listed).map((i) => i.company);
}

const mounts: string[] = [];
afterEach(() => {
  for (const mount of mounts.splice(0)) execFileSync("umount", ["-l", mount]);
});

/** A tmpfs of the given options, or the reason one cannot be mounted here. */
function tmpfs(options: string): string | Error {
  const at = tempHome("afterword-mount-");
  try {
    execFileSync("mount", ["-t", "tmpfs", "-o", options, "tmpfs", at], { stdio: "ignore" });
  } catch (error) {
    return new Error(`mounting a tmpfs needs root: ${(error as Error).message.split("\n")[0]}`);
  }
  mounts.push(at);
  return at;
}

const canMount = ((): boolean => {
  const probe = tmpfs("size=64k");
  if (typeof probe === "string") execFileSync("umount", [mounts.pop()!]);
  return typeof probe === "string";
})();

describe("a store that cannot be used as it is", () => {
  it("says what is wrong in its own words, naming no command: the CLI adds its hint", () => {
    const codes: StoreProblemCode[] = [
      "damaged",
      "newer",
      "read-only",
      "full",
      "not-a-folder",
      "no-access",
      "busy",
      "unreachable",
    ];
    for (const code of codes) {
      expect(storeProblem(code, "/data", "detail").message).not.toMatch(/`afterword|afterword \w/);
    }
  });

  it("a damaged store: its own message, pointing at doctor and the backups, and the file untouched", async () => {
    const home = tempHome();
    const garbage = Buffer.from("this is not a database\u001b[2J".repeat(400));
    writeFileSync(join(home, DATABASE_FILE), garbage);
    const result = await runCli(["interviews"], { home });
    expectClean(result);
    expect(result.code).toBe(74);
    expect(result.stderr).toContain("is damaged");
    expect(result.stderr).toContain("afterword doctor");
    const doctor = await runCli(["doctor"], { home });
    expectClean(doctor);
    expect(doctor.code).toBe(74);
    expect(doctor.stdout).toContain("Damaged");
    expect(doctor.stdout).toContain("There is no backup to put back");
    expect(readFileSync(join(home, DATABASE_FILE)).equals(garbage)).toBe(true);
  });

  it("doctor finds the damage and puts back the automatic backup, keeping the damaged store", async () => {
    const home = tempHome();
    const data = join(home, "data");
    expect((await importRecord(home, "Northbridge")).code).toBe(0);
    // The next command finds no backup from today, and makes one.
    expect(await companies(data)).toEqual(["Northbridge"]);
    const healthy = await runCli(["doctor"], { home: data });
    expect(healthy.code).toBe(0);
    expect(healthy.stdout).toContain("In order");
    expect(healthy.stdout).toMatch(/daily .*backups/);

    writeFileSync(join(data, DATABASE_FILE), Buffer.alloc(8192, 0x41));
    rmSync(join(data, `${DATABASE_FILE}-wal`), { force: true });
    const damaged = await runCli(["interviews"], { home: data });
    expect(damaged.code).toBe(74);
    const doctor = await runCli(["doctor"], { home: data });
    expect(doctor.code).toBe(74);
    expect(doctor.stdout).toContain("afterword doctor --restore");
    const restore = await runCli(["doctor", "--restore"], { home: data });
    expectClean(restore);
    expect(restore.code).toBe(0);
    expect(restore.stdout).toMatch(/kept as .*replaced-/);
    expect(await companies(data)).toEqual(["Northbridge"]);
    expect(readdirSync(data).some((name) => name.includes(".replaced-"))).toBe(true);
  });

  it("a store from a newer Afterword: says to upgrade, and leaves it as it was", async () => {
    const home = tempHome();
    expect((await importRecord(home, "Northbridge")).code).toBe(0);
    const data = join(home, "data");
    const db = new SQLite(join(data, DATABASE_FILE));
    db.prepare("insert into kysely_migration (name, timestamp) values (?, ?)").run(
      "999-from-the-future",
      new Date().toISOString(),
    );
    db.close();
    const result = await runCli(["interviews"], { home: data });
    expectClean(result);
    expect(result.code).toBe(74);
    expect(result.stderr).toContain("newer Afterword");
    expect(result.stderr).toContain("999-from-the-future");
    const after = new SQLite(join(data, DATABASE_FILE), { readonly: true });
    expect(after.prepare("select company from interviews").all()).toEqual([
      { company: "Northbridge" },
    ]);
    after.close();
  });

  it("a data folder that is a file, or lies under one: choose another folder", async () => {
    const home = tempHome();
    const file = join(home, "not-a-folder");
    writeFileSync(file, "");
    for (const given of [file, join(file, "inside")]) {
      const result = await runCli(["interviews"], { home: given });
      expectClean(result);
      expect(result.code).toBe(74);
      expect(result.stderr).toContain("is not a folder");
      expect(result.stderr).toContain(
        "or choose another data folder: `--home DIR` (or AFTERWORD_HOME) chooses it.",
      );
    }
  });

  it.skipIf(!canMount)(
    "a read-only data folder: read commands work, a write is refused with its reason, the store intact",
    async () => {
      const at = tmpfs("size=4m") as string;
      const data = join(at, "data");
      mkdirSync(data);
      expect((await importRecord(at, "Northbridge")).code).toBe(0);
      execFileSync("mount", ["-o", "remount,ro", at]);
      expect(await companies(data)).toEqual(["Northbridge"]);
      const file = join(tempHome(), "other.yaml");
      writeFileSync(file, RECORD("Acme"));
      const write = await runCli(["import", file], { home: data });
      expectClean(write);
      expect(write.code).toBe(74);
      expect(write.stderr).toContain("cannot be written");
      expect(write.stderr).toContain("commands that only show things still work");
      execFileSync("mount", ["-o", "remount,rw", at]);
      expect(await companies(data)).toEqual(["Northbridge"]);
    },
  );

  it.skipIf(!canMount)(
    "a full disk: nothing saved, says to free space, and the store is whole once there is room",
    async () => {
      const at = tmpfs("size=1m") as string;
      expect((await importRecord(at, "Northbridge")).code).toBe(0);
      // Fill what is left of the disk.
      const filler = openSync(join(at, "filler"), "w");
      const block = Buffer.alloc(4096, 1);
      try {
        for (;;) writeSync(filler, block);
      } catch {
        // ENOSPC: the disk is full.
      } finally {
        closeSync(filler);
      }
      const big = join(tempHome(), "big.yaml");
      writeFileSync(
        big,
        Array.from(
          { length: 200 },
          (_, i) => `- ${RECORD(`Company ${i}`).replace(/\n(?=.)/g, "\n  ")}`,
        ).join(""),
      );
      const result = await runCli(["import", big], { home: join(at, "data") });
      expectClean(result);
      expect(result.code).toBe(74);
      expect(result.stderr).toContain("is full");
      rmSync(join(at, "filler"));
      expect(await companies(join(at, "data"))).toEqual(["Northbridge"]);
      expect(
        readdirSync(join(at, "data", "backups")).filter((f) => f.endsWith(".partial")),
      ).toEqual([]);
    },
  );
});
