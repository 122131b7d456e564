import {
  accessSync,
  constants,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  statSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import SQLite, { type Database as SqliteDatabase } from "better-sqlite3";
import { Kysely, Migrator, sql } from "kysely";
import { AgendaRepository } from "./agenda.repository.js";
import { backUp, backUpDaily } from "./backups.js";
import { BadAddressRepository } from "./bad-address.repository.js";
import { HistoryRepository } from "./history.repository.js";
import { DictionaryRepository } from "./dictionary.repository.js";
import { DraftRepository } from "./draft.repository.js";
import { InterviewRepository } from "./interview.repository.js";
import { InviteRepository } from "./invite.repository.js";
import { MailAccountRepository } from "./mail-account.repository.js";
import { MailFolderRepository } from "./mail-folder.repository.js";
import { migrationProvider } from "./migrations/index.js";
import { onPostgres } from "./migrations/portable.js";
import { OutboxRepository } from "./outbox.repository.js";
import { ProfileRepository } from "./profile.repository.js";
import { ReceivedMessageRepository } from "./received-message.repository.js";
import type { Database } from "./schema.js";
import { CandidateScope, DEFAULT_SCOPE, type Scope } from "./scope.js";
import { folderProblemOf, storeProblem, storeProblemOf } from "./store-problem.js";
import { BUSY_TIMEOUT_MS, WriteFirstSqliteDialect } from "./write-transactions.js";

/** The repositories of the candidate `scope` names, bound to the database or to one transaction. */
export class Repositories {
  readonly profile: ProfileRepository;
  readonly interviews: InterviewRepository;
  readonly outbox: OutboxRepository;
  readonly received: ReceivedMessageRepository;
  readonly mailFolders: MailFolderRepository;
  readonly badAddresses: BadAddressRepository;
  readonly history: HistoryRepository;
  readonly invites: InviteRepository;
  readonly dictionary: DictionaryRepository;
  readonly drafts: DraftRepository;
  readonly mailAccount: MailAccountRepository;
  readonly agenda: AgendaRepository;

  constructor(
    readonly db: Kysely<Database>,
    readonly scope: Scope,
  ) {
    this.profile = new ProfileRepository(db);
    this.interviews = new InterviewRepository(db);
    this.outbox = new OutboxRepository(db);
    this.received = new ReceivedMessageRepository(db);
    this.mailFolders = new MailFolderRepository(db);
    this.badAddresses = new BadAddressRepository(db);
    this.history = new HistoryRepository(db);
    this.invites = new InviteRepository(db, this.interviews);
    this.dictionary = new DictionaryRepository(db);
    this.drafts = new DraftRepository(db);
    this.mailAccount = new MailAccountRepository(db);
    this.agenda = new AgendaRepository(db, scope, this.profile, this.interviews, this.history);
  }
}

/** One candidate's store: every query its repositories make is narrowed to the candidate. */
export class Store extends Repositories {
  constructor(
    private readonly database: Kysely<Database>,
    scope: Scope = DEFAULT_SCOPE,
    /** Removes what opening left behind (the private copy of a store in a read-only folder). */
    private readonly afterClose: () => void = () => {},
  ) {
    super(database.withPlugin(new CandidateScope(scope)), scope);
  }

  /** Runs `work` in one transaction: everything it writes lands, or nothing does. */
  transaction<T>(work: (tx: Repositories) => Promise<T>): Promise<T> {
    return this.db.transaction().execute((trx) => work(new Repositories(trx, this.scope)));
  }

  /**
   * Runs `work`, which only reads, in one read-only transaction: everything it reads is of one
   * moment, and it waits for no write (it takes no write lock). PostgreSQL refuses a write in it.
   */
  read<T>(work: (tx: Repositories) => Promise<T>): Promise<T> {
    return this.db
      .transaction()
      .setAccessMode("read only")
      .execute((trx) => work(new Repositories(trx, this.scope)));
  }

  async close(): Promise<void> {
    await this.database.destroy();
    this.afterClose();
  }
}

export const DATABASE_FILE = "afterword.sqlite";

export interface OpenOptions {
  /** Called when this command has to wait for another one to finish writing. */
  onWait?: () => void;
  /** The moment backups are named after and dated by; the system's clock by default. */
  now?: Date;
  /** Whose data the store reads and writes; the one candidate of a store on their own machine by default. */
  scope?: Scope;
}

/**
 * Opens (creating and migrating when needed) the SQLite store in the data folder `home`.
 * Before a migration, and once a day, the store is copied to the backup folder. Whatever is
 * wrong with the folder or the store is thrown as a `StoreProblem` that says what to do.
 */
export async function openSqliteStore(home: string, options: OpenOptions = {}): Promise<Store> {
  const at = options.now ?? new Date();
  prepareFolder(home);
  const opened = openDatabase(home);
  const { sqlite, readOnly } = opened;
  try {
    const db = new Kysely<Database>({
      dialect: new WriteFirstSqliteDialect(sqlite, options.onWait ?? (() => {})),
    });
    const { executed, pending } = await migrationState(db, home);
    if (pending.length > 0) {
      if (readOnly)
        throw storeProblem(
          "read-only",
          home,
          "and this version must first bring the store up to date",
        );
      if (executed.length > 0) backUp(sqlite, home, "before-upgrade", at);
      await migrate(db);
    } else if (!readOnly) {
      backUpDaily(sqlite, home, at);
    }
    return new Store(db, options.scope ?? DEFAULT_SCOPE, opened.cleanUp);
  } catch (error) {
    sqlite.close();
    opened.cleanUp();
    throw storeProblemOf(error, home) ?? error;
  }
}

function prepareFolder(home: string): void {
  try {
    mkdirSync(home, { recursive: true });
    if (!statSync(home).isDirectory())
      throw storeProblem("not-a-folder", home, "a file has its name");
  } catch (error) {
    throw folderProblemOf(error, home) ?? error;
  }
}

interface OpenedDatabase {
  sqlite: SqliteDatabase;
  readOnly: boolean;
  cleanUp: () => void;
}

/**
 * The store's database, opened for writing; or, when the folder cannot be written, a private
 * copy opened for reading, since SQLite cannot read a WAL-mode store in a read-only folder.
 */
export function openDatabase(home: string): OpenedDatabase {
  const file = join(home, DATABASE_FILE);
  let sqlite: SqliteDatabase | null = null;
  try {
    sqlite = new SQLite(file);
    sqlite.pragma("journal_mode = WAL");
    configure(sqlite);
    return { sqlite, readOnly: false, cleanUp: () => {} };
  } catch (error) {
    sqlite?.close();
    if (!isReadOnlyFolder(home)) throw storeProblemOf(error, home) ?? error;
    if (!existsSync(file)) throw storeProblem("read-only", home, "and there is no store in it yet");
    try {
      return openReadOnlyCopy(file);
    } catch (copyError) {
      throw storeProblemOf(copyError, home) ?? copyError;
    }
  }
}

function configure(sqlite: SqliteDatabase): void {
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
}

function isReadOnlyFolder(home: string): boolean {
  try {
    accessSync(home, constants.W_OK);
    return false;
  } catch {
    return true;
  }
}

function openReadOnlyCopy(file: string): OpenedDatabase {
  const folder = mkdtempSync(join(tmpdir(), "afterword-read-only-"));
  const cleanUp = () => rmSync(folder, { recursive: true, force: true });
  try {
    const copy = join(folder, DATABASE_FILE);
    copyFileSync(file, copy);
    // Changes not yet folded into the store live in its write-ahead log.
    if (existsSync(`${file}-wal`)) copyFileSync(`${file}-wal`, `${copy}-wal`);
    const sqlite = new SQLite(copy);
    configure(sqlite);
    sqlite.pragma("query_only = ON");
    return { sqlite, readOnly: true, cleanUp };
  } catch (error) {
    cleanUp();
    throw error;
  }
}

/** The migrations the store has had and those it still needs; one it has that this version lacks means it is newer. */
export async function migrationState(
  db: Kysely<Database>,
  where: string,
): Promise<{ executed: string[]; pending: string[] }> {
  const known = Object.keys(await migrationProvider.getMigrations());
  const executed = (await hasMigrationTable(db))
    ? (
        await sql<{ name: string }>`select name from ${sql.table(MIGRATION_TABLE)}`.execute(db)
      ).rows.map((row) => row.name)
    : [];
  const unknown = executed.filter((name) => !known.includes(name));
  if (unknown.length > 0) throw storeProblem("newer", where, `changes named ${unknown.join(", ")}`);
  return { executed, pending: known.filter((name) => !executed.includes(name)) };
}

const MIGRATION_TABLE = "kysely_migration";

/** Whether the store has been migrated at all; asked of the catalogue, which is quick on both. */
async function hasMigrationTable(db: Kysely<Database>): Promise<boolean> {
  const found = onPostgres(db)
    ? await sql`select 1 from pg_class where oid = to_regclass(${MIGRATION_TABLE})`.execute(db)
    : await sql`select 1 from sqlite_master where type = 'table' and name = ${MIGRATION_TABLE}`.execute(
        db,
      );
  return found.rows.length > 0;
}

export async function migrate(db: Kysely<Database>): Promise<void> {
  const migrator = new Migrator({ db, provider: migrationProvider });
  const { error } = await migrator.migrateToLatest();
  if (error) throw error;
}
