import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export const LOCK_FILE = "serve.lock";

/** Who holds a data folder's page: the process and the address it serves. */
export interface LockHolder {
  pid: number;
  url: string;
}

/**
 * Takes the data folder for one server: a second `afterword serve` on the same folder finds the
 * first one's lock and says where it is. A lock left by a process that is gone is taken over.
 */
export function takeServeLock(
  home: string,
  holder: LockHolder,
): { ok: true; release: () => void } | { ok: false; holder: LockHolder } {
  mkdirSync(home, { recursive: true });
  const file = join(home, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(file, JSON.stringify(holder), { flag: "wx", mode: 0o600 });
      return {
        ok: true,
        release: () => {
          if (readHolder(file)?.pid === holder.pid) rmSync(file, { force: true });
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const other = readHolder(file);
      if (other && isAlive(other.pid)) return { ok: false, holder: other };
      rmSync(file, { force: true });
    }
  }
  const other = readHolder(file);
  return other ? { ok: false, holder: other } : { ok: false, holder: { pid: 0, url: "" } };
}

/** Rewrites the lock once the address is known (the port is chosen when listening). */
export function updateServeLock(home: string, holder: LockHolder): void {
  writeFileSync(join(home, LOCK_FILE), JSON.stringify(holder), { mode: 0o600 });
}

function readHolder(file: string): LockHolder | null {
  try {
    const parsed = JSON.parse(readFileSync(file, "utf8")) as Partial<LockHolder>;
    return typeof parsed.pid === "number"
      ? { pid: parsed.pid, url: String(parsed.url ?? "") }
      : null;
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
