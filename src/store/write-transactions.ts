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
  type QueryResult,
  type TransactionSettings,
} from "kysely";
import type { Pool } from "pg";
import type { Scope } from "./scope.js";

/** How long a statement waits for another process's write to end before the store is called busy. */
export const BUSY_TIMEOUT_MS = 30_000;

/** How long a transaction waits quietly before saying that it is waiting. */
const QUIET_WAIT_MS = 1000;

/**
 * SQLite through Kysely, with every transaction but a read-only one begun as a write transaction
 * (`BEGIN IMMEDIATE`). A deferred transaction that reads and then writes is refused at once when
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

  override async beginTransaction(
    connection: DatabaseConnection,
    settings?: TransactionSettings,
  ): Promise<void> {
    // A read begins deferred: in WAL mode it waits for no writer and sees one snapshot.
    if (settings?.accessMode === "read only") {
      await connection.executeQuery(CompiledQuery.raw("begin"));
      return;
    }
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
 * PostgreSQL through Kysely, for one candidate. Every transaction names the candidate and their
 * organisation (`set_config(…, true)`, which lasts to the end of the transaction), which is what
 * row-level security lets it see; a statement outside a transaction runs in one of its own, named
 * the same way. And every transaction that may write first takes the candidate's write lock (a
 * transaction-scoped advisory lock), as SQLite's `BEGIN IMMEDIATE` does for the whole store: a
 * transaction that reads and then writes, such as an import finding the interview it updates,
 * never interleaves with another one of the same candidate, while other candidates go on. Waiting
 * is said once, and after the same time as on SQLite it becomes the store's busy problem. A
 * read-only transaction takes no lock and is begun and named in one round trip.
 */
export class ScopedPostgresDialect extends PostgresDialect {
  constructor(
    private readonly pool: Pool,
    private readonly scope: Scope,
    private readonly onWait: () => void,
  ) {
    super({ pool });
  }

  override createDriver(): Driver {
    return new ScopedPostgresDriver(this.pool, this.scope, this.onWait);
  }
}

type PostgresConnection = Parameters<PostgresDriver["releaseConnection"]>[0];

/** The class of advisory lock a candidate's write transactions take ("aftw"). */
export const WRITE_LOCK = 0x61667477;

class ScopedPostgresDriver extends PostgresDriver {
  constructor(
    pool: Pool,
    private readonly scope: Scope,
    private readonly onWait: () => void,
  ) {
    super({ pool });
  }

  override async acquireConnection(): Promise<DatabaseConnection> {
    return new ScopedConnection(await super.acquireConnection(), this.scope);
  }

  override async releaseConnection(connection: PostgresConnection): Promise<void> {
    await super.releaseConnection(inner(connection) as PostgresConnection);
  }

  override async beginTransaction(
    connection: DatabaseConnection,
    settings: TransactionSettings,
  ): Promise<void> {
    const scoped = connection as ScopedConnection;
    if (settings.accessMode === "read only") {
      // A read takes no lock: it sees one snapshot (repeatable read, which a transaction that
      // writes nothing never has to retry), whatever a write of the same candidate does meanwhile.
      await scoped.inner.executeQuery(
        CompiledQuery.raw(
          `start transaction isolation level repeatable read, read only; ${naming(this.scope)}`,
        ),
      );
      scoped.inTransaction = true;
      return;
    }
    await super.beginTransaction(scoped.inner, settings);
    scoped.inTransaction = true;
    // Named and locked in one round trip; waiting, if another transaction holds the lock, in a second.
    const tried = await scoped.inner.executeQuery<{ locked: boolean }>(
      CompiledQuery.raw(
        `select set_config('afterword.organisation', $1, true), set_config('afterword.candidate', $2, true),
          pg_try_advisory_xact_lock($3, $4) as locked`,
        [...names(this.scope), WRITE_LOCK, this.scope.candidateId],
      ),
    );
    if (tried.rows[0]?.locked) return;
    this.onWait();
    await scoped.inner.executeQuery(
      CompiledQuery.raw(
        `select set_config('lock_timeout', '${BUSY_TIMEOUT_MS}ms', true), pg_advisory_xact_lock($1, $2)`,
        [WRITE_LOCK, this.scope.candidateId],
      ),
    );
  }

  override async commitTransaction(connection: DatabaseConnection): Promise<void> {
    (connection as ScopedConnection).inTransaction = false;
    await super.commitTransaction(inner(connection));
  }

  override async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    (connection as ScopedConnection).inTransaction = false;
    await super.rollbackTransaction(inner(connection));
  }
}

/** The settings' values that name the organisation and the candidate. */
function names(scope: Scope): [string, string] {
  return [String(scope.organisationId), String(scope.candidateId)];
}

/**
 * The statement that names the candidate and organisation for the rest of the transaction, with
 * the ids written in (they are integers, checked here), so that it can follow `begin` in one round
 * trip: PostgreSQL takes several statements in one message only when they have no parameters.
 */
function naming(scope: Scope): string {
  const [organisation, candidate] = names(scope);
  if (!Number.isSafeInteger(scope.organisationId) || !Number.isSafeInteger(scope.candidateId))
    throw new Error(
      `a scope names its organisation and candidate by integer ids, not ${organisation} and ${candidate}`,
    );
  return `select set_config('afterword.organisation', '${organisation}', true), set_config('afterword.candidate', '${candidate}', true)`;
}

function inner(connection: DatabaseConnection): DatabaseConnection {
  return (connection as ScopedConnection).inner;
}

class ScopedConnection implements DatabaseConnection {
  inTransaction = false;

  constructor(
    readonly inner: DatabaseConnection,
    private readonly scope: Scope,
  ) {}

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    if (this.inTransaction) return this.inner.executeQuery<R>(query);
    await this.inner.executeQuery(CompiledQuery.raw(`begin; ${naming(this.scope)}`));
    try {
      const result = await this.inner.executeQuery<R>(query);
      await this.inner.executeQuery(CompiledQuery.raw("commit"));
      return result;
    } catch (error) {
      await this.inner.executeQuery(CompiledQuery.raw("rollback")).catch(() => {});
      throw error;
    }
  }

  streamQuery<R>(query: CompiledQuery, chunkSize?: number): AsyncIterableIterator<QueryResult<R>> {
    if (!this.inTransaction) throw new Error("the store streams rows only inside a transaction");
    return this.inner.streamQuery<R>(query, chunkSize);
  }
}
