import { join } from "node:path";
import { BUSY_TIMEOUT_MS } from "./write-transactions.js";

/** What can be wrong with the data folder or its store, none of it a bug in Afterword. */
export type StoreProblemCode =
  | "damaged"
  | "newer"
  | "read-only"
  | "full"
  | "not-a-folder"
  | "no-access"
  | "busy"
  /** The PostgreSQL server cannot be reached, or has no such database. */
  | "unreachable";

/**
 * The store cannot be used as it is. It is thrown from wherever the store is reached (opening,
 * any query) and turned into words and an exit status once, where the command line ends.
 */
export class StoreProblem extends Error {
  override readonly name = "StoreProblem";

  constructor(
    readonly code: StoreProblemCode,
    message: string,
  ) {
    super(message);
  }
}

export const BACKUP_FOLDER = "backups";

/** The words for each problem: what happened, that nothing was lost, and what to do. */
export function storeProblem(code: StoreProblemCode, home: string, detail = ""): StoreProblem {
  const backups = join(home, BACKUP_FOLDER);
  const words: Record<StoreProblemCode, string> = {
    damaged: `The store in ${home} is damaged${detail ? ` (${detail})` : ""}, so Afterword changed nothing. Its latest automatic backups are in ${backups}.`,
    newer: `The store in ${home} was last used by a newer Afterword${detail ? ` (it has ${detail}, which this version does not know)` : ""}. Upgrade Afterword to use it; this version leaves it untouched.`,
    "read-only": `The data folder ${home} cannot be written${detail ? ` (${detail})` : ""}: commands that only show things still work, but nothing can be saved. Make the folder writable, or choose another data folder.`,
    full: `The disk holding ${home} is full, so nothing was saved. Free some space and run the command again.`,
    "not-a-folder": `The data folder ${home} is not a folder${detail ? ` (${detail})` : ""}. Move what is there out of the way, or choose another data folder.`,
    "no-access": `Afterword may not open the store in ${home}${detail ? ` (${detail})` : ""}. Give your user access to the folder, or choose another data folder.`,
    unreachable: `Afterword cannot reach ${home}${detail ? ` (${detail})` : ""}, so it changed nothing.`,
    busy: `Another Afterword process has kept the store in ${home} busy for over ${BUSY_TIMEOUT_MS / 1000} seconds, so this one gave up and changed nothing. Try again when the other is done.`,
  };
  return new StoreProblem(code, words[code]);
}

/**
 * The store problem an error from SQLite stands for, or null when it is none (a bug). SQLite's
 * result codes are read here and nowhere else; any query may meet them.
 */
export function storeProblemOf(error: unknown, home: string): StoreProblem | null {
  if (error instanceof StoreProblem) return error;
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== "string") return null;
  if (code === "SQLITE_CORRUPT" || code.startsWith("SQLITE_CORRUPT_") || code === "SQLITE_NOTADB")
    return storeProblem("damaged", home, (error as Error).message);
  if (code === "SQLITE_FULL") return storeProblem("full", home);
  if (code === "SQLITE_READONLY" || code.startsWith("SQLITE_READONLY_"))
    return storeProblem("read-only", home);
  if (code === "SQLITE_BUSY" || code.startsWith("SQLITE_BUSY_")) return storeProblem("busy", home);
  // PostgreSQL's lock_not_available: the store's write lock was not had in time.
  if (code === "55P03") return storeProblem("busy", home);
  if (code === "SQLITE_PERM" || code === "SQLITE_AUTH" || code.startsWith("SQLITE_CANTOPEN"))
    return storeProblem("no-access", home, (error as Error).message);
  if (code === "SQLITE_IOERR" || code.startsWith("SQLITE_IOERR_")) {
    // SQLite reports a full disk met while writing its journal as an I/O error.
    return /disk|full|space/i.test((error as Error).message)
      ? storeProblem("full", home)
      : storeProblem("damaged", home, (error as Error).message);
  }
  return null;
}

/** The problem a system error met while preparing the data folder stands for, or null. */
export function folderProblemOf(error: unknown, home: string): StoreProblem | null {
  switch ((error as NodeJS.ErrnoException | null)?.code) {
    case "ENOTDIR":
    case "EEXIST":
      return storeProblem("not-a-folder", home, "a file has its name, or is on its path");
    case "EROFS":
      return storeProblem("read-only", home, "it is on a read-only disk");
    case "EACCES":
    case "EPERM":
      return storeProblem("no-access", home);
    case "ENOSPC":
    case "EDQUOT":
      return storeProblem("full", home);
    default:
      return null;
  }
}
