import type { Database as SqliteDatabase } from "better-sqlite3";
import {
  CompiledQuery,
  PostgresDialect,
  PostgresDriver,
  SqliteAdapter,
  SqliteDialect,
  SqliteDriver,
  type DatabaseConnection,
  type DialectAdapter,
  type Driver,
  type TransactionSettings,
} from "kysely";
import type { Pool } from "pg";

/** How long a statement waits for another process's write to end before the store is called busy. */
export const BUSY_TIMEOUT_MS = 30_000;

/** How long a transaction waits quietly before saying that it is waiting. */
const QUIET_WAIT_MS = 1000;

/**
 * SQLite through Kysely, with every transaction begun as a write transaction (`BEGIN
 * IMMEDIATE`). A deferred transaction that reads and then writes is refused at once when
 * another process writes meanwhile, whatever the busy timeout; taking the write lock first
 * makes concurrent commands wait their turn instead.
 */
export class WriteFirstSqliteDialect extends SqliteDialect {
  constructor(
    private readonly sqlite: SqliteDatabase,
    private readonly onWait: () => void,
  ) {
    super({ database: sqlite });
  }

  override createDriver(): Driver {
    return new WriteFirstDriver(this.sqlite, this.onWait);
  }

  override createAdapter(): DialectAdapter {
    return new TransactionalDdlAdapter();
  }
}

/**
 * SQLite's schema changes are transactional, though Kysely's adapter does not claim it: claimed,
 * the migrator runs in one (write) transaction, so a migration half done never lands, and two
 * processes migrating a new store at once take turns instead of both creating the tables.
 */
class TransactionalDdlAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}

class WriteFirstDriver extends SqliteDriver {
  constructor(
    private readonly sqlite: SqliteDatabase,
    private readonly onWait: () => void,
  ) {
    super({ database: sqlite });
  }

  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    const begin = () => connection.executeQuery(CompiledQuery.raw("begin immediate"));
    this.sqlite.pragma(`busy_timeout = ${QUIET_WAIT_MS}`);
    try {
      await begin();
    } catch (error) {
      if ((error as { code?: string }).code !== "SQLITE_BUSY") throw error;
      this.onWait();
      this.sqlite.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
      await begin();
    } finally {
      this.sqlite.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    }
  }
}

/**
 * PostgreSQL through Kysely, with the same promise: each transaction first takes the store's
 * write lock (a transaction-scoped advisory lock), so a transaction that reads and then writes,
 * such as an import finding the interview it updates, never interleaves with another one.
 * Waiting is said once, and after the same time as on SQLite it becomes the store's busy problem.
 */
export class WriteFirstPostgresDialect extends PostgresDialect {
  constructor(
    private readonly pool: Pool,
    private readonly onWait: () => void,
  ) {
    super({ pool });
  }

  override createDriver(): Driver {
    return new WriteFirstPostgresDriver(this.pool, this.onWait);
  }
}

/** The advisory lock every write transaction of the store takes. */
export const WRITE_LOCK = 0x61667477; // "aftw"

class WriteFirstPostgresDriver extends PostgresDriver {
  constructor(
    pool: Pool,
    private readonly onWait: () => void,
  ) {
    super({ pool });
  }

  override async beginTransaction(
    connection: DatabaseConnection,
    settings: TransactionSettings,
  ): Promise<void> {
    await super.beginTransaction(connection, settings);
    const query = (text: string) =>
      connection.executeQuery<{ locked: boolean }>(CompiledQuery.raw(text, [WRITE_LOCK]));
    const tried = await query("select pg_try_advisory_xact_lock($1) as locked");
    if (tried.rows[0]?.locked) return;
    this.onWait();
    await connection.executeQuery(
      CompiledQuery.raw(`select set_config('lock_timeout', '${BUSY_TIMEOUT_MS}ms', true)`),
    );
    await query("select pg_advisory_xact_lock($1) as locked");
  }
}
