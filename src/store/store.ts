import { mkdirSync } from "node:fs";
import { join } from "node:path";
import SQLite from "better-sqlite3";
import {
  CompiledQuery,
  Kysely,
  Migrator,
  SqliteDialect,
  SqliteDriver,
  type DatabaseConnection,
  type SqliteDialectConfig,
} from "kysely";
import { BadAddressRepository } from "./bad-address.repository.js";
import { HistoryRepository } from "./history.repository.js";
import { DictionaryRepository } from "./dictionary.repository.js";
import { DraftRepository } from "./draft.repository.js";
import { InterviewRepository } from "./interview.repository.js";
import { InviteRepository } from "./invite.repository.js";
import { MailFolderRepository } from "./mail-folder.repository.js";
import { migrationProvider } from "./migrations/index.js";
import { OutboxRepository } from "./outbox.repository.js";
import { ProfileRepository } from "./profile.repository.js";
import { ReceivedMessageRepository } from "./received-message.repository.js";
import type { Database } from "./schema.js";

/** The repositories, bound to the database or to one transaction. */
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

  constructor(readonly db: Kysely<Database>) {
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
  }
}

export class Store extends Repositories {
  /** Runs `work` in one transaction: everything it writes lands, or nothing does. */
  transaction<T>(work: (tx: Repositories) => Promise<T>): Promise<T> {
    return this.db.transaction().execute((trx) => work(new Repositories(trx)));
  }

  close(): Promise<void> {
    return this.db.destroy();
  }
}

export const DATABASE_FILE = "afterword.sqlite";

/** Opens (creating and migrating when needed) the SQLite store in the data folder `home`. */
export async function openSqliteStore(home: string): Promise<Store> {
  mkdirSync(home, { recursive: true });
  const sqlite = new SQLite(join(home, DATABASE_FILE));
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  const db = new Kysely<Database>({ dialect: new ImmediateSqliteDialect({ database: sqlite }) });
  await migrate(db);
  return new Store(db);
}

/**
 * Transactions that take the write lock when they begin. A deferred one that reads, then writes,
 * fails at once ("database is locked", whatever the busy timeout) when another process (the CLI
 * beside the page) wrote in between; an immediate one waits for the other's commit instead.
 */
class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw("begin immediate"));
  }
}

class ImmediateSqliteDialect extends SqliteDialect {
  constructor(private readonly settings: SqliteDialectConfig) {
    super(settings);
  }

  override createDriver(): SqliteDriver {
    return new ImmediateSqliteDriver(this.settings);
  }
}

async function migrate(db: Kysely<Database>): Promise<void> {
  const migrator = new Migrator({ db, provider: migrationProvider });
  const { error } = await migrator.migrateToLatest();
  if (error) throw error;
}
