import { Kysely, sql } from "kysely";
import pg from "pg";
import { describeDatabase } from "./database-url.js";
import type { Database } from "./schema.js";
import { migrate, migrationState, Store, type OpenOptions } from "./store.js";
import { StoreProblem, storeProblemOf } from "./store-problem.js";
import { DEFAULT_SCOPE, type Scope } from "./scope.js";
import { ScopedPostgresDialect } from "./write-transactions.js";

/** PostgreSQL's bigint, which it sends as text, read as a number: counts and IMAP UIDs fit. */
const BIGINT = 20;
const types = {
  getTypeParser: ((oid: number, format?: "text" | "binary") =>
    oid === BIGINT && format !== "binary"
      ? (value: string) => Number(value)
      : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

/**
 * Opens (migrating when needed) the store in the PostgreSQL database at `url`. Many Afterword
 * processes may share it: the migrator takes a lock, so only one of them brings it up to date.
 */
export async function openPostgresStore(url: string, options: OpenOptions = {}): Promise<Store> {
  const stores = await openPostgresStores(url, options);
  return stores.first;
}

/**
 * Every candidate's store in one database, on one pool of connections: what a worker needs, whose
 * jobs concern any candidate. `first` is the candidate `options.scope` names.
 */
export class PostgresStores {
  private readonly opened = new Map<string, Store>();

  constructor(
    private readonly pool: pg.Pool,
    readonly first: Store,
    private readonly onWait: () => void,
  ) {
    this.opened.set(key(first.scope), first);
  }

  /** The store of one candidate. Close them all with `close`, not one by one. */
  storeFor(scope: Scope): Store {
    let store = this.opened.get(key(scope));
    if (!store) {
      const db = new Kysely<Database>({
        dialect: new ScopedPostgresDialect(this.pool, scope, this.onWait),
      });
      store = new Store(db, scope);
      this.opened.set(key(scope), store);
    }
    return store;
  }

  async close(): Promise<void> {
    if (!this.pool.ended) await this.pool.end();
  }
}

const key = (scope: Scope) => `${scope.organisationId}:${scope.candidateId}`;

export async function openPostgresStores(
  url: string,
  options: OpenOptions = {},
): Promise<PostgresStores> {
  const where = describeDatabase(url);
  const scope = options.scope ?? DEFAULT_SCOPE;
  const onWait = options.onWait ?? (() => {});
  const pool = new pg.Pool({ connectionString: url, types, max: 10 });
  // A connection dropped while idle is replaced on the next query; it is not worth a crash.
  pool.on("error", () => {});
  const db = new Kysely<Database>({ dialect: new ScopedPostgresDialect(pool, scope, onWait) });
  try {
    await refuseExemptRole(db, where);
    const { pending } = await migrationState(db, where);
    if (pending.length > 0) await migrate(db);
    return new PostgresStores(pool, new Store(db, scope), onWait);
  } catch (error) {
    await db.destroy();
    throw databaseProblemOf(error, where) ?? error;
  }
}

/**
 * Row-level security keeps each candidate's rows from every other, except from a superuser or a
 * role with BYPASSRLS: Afterword will not connect as one.
 */
async function refuseExemptRole(db: Kysely<Database>, where: string): Promise<void> {
  const role = await sql<{ name: string; exempt: boolean }>`
    select rolname as name, rolsuper or rolbypassrls as exempt
    from pg_roles where rolname = current_user`.execute(db);
  const found = role.rows[0];
  if (found?.exempt)
    throw new StoreProblem(
      "no-access",
      `Afterword connects to ${where} as "${found.name}", a role that row-level security does not bind (a superuser, or one with BYPASSRLS), so one candidate's commands could reach another's data; it changed nothing. Connect as a role without SUPERUSER and BYPASSRLS, such as the owner of the database.`,
    );
}

/** The store problem an error from PostgreSQL or the network stands for, or null (a bug). */
export function databaseProblemOf(error: unknown, where: string): StoreProblem | null {
  const code = (error as { code?: unknown } | null)?.code;
  const detail = error instanceof Error ? error.message : String(error);
  switch (code) {
    case "ECONNREFUSED":
    case "ENOTFOUND":
    case "ETIMEDOUT":
    case "EHOSTUNREACH":
    case "3D000": // no such database
      return new StoreProblem(
        "unreachable",
        `Afterword cannot reach ${where} (${detail}), so it changed nothing. Check that the server runs and that the database URL names the database.`,
      );
    case "28P01": // wrong password
    case "28000": // no such role, or not allowed in
    case "42501": // not allowed to create the tables
      return new StoreProblem(
        "no-access",
        `${capitalised(where)} refused Afterword (${detail}), so it changed nothing. Check the user and password in the database URL, and that this user may create tables in the database.`,
      );
    default:
      return storeProblemOf(error, where);
  }
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
