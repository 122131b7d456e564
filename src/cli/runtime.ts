import envPaths from "env-paths";
import { DateTime } from "luxon";
import type { AppContext } from "../app/context.js";
import type { StoreFiles } from "../app/setup/doctor.js";
import type { MailAccounts } from "../app/mail/mail-accounts.js";
import type { LanguageEngines } from "../core/check/language-engines.js";
import { DataFolderMailAccounts } from "../mail/data-folder-accounts.js";
import { StoredMailAccounts } from "../mail/stored-accounts.js";
import { sqliteStoreFiles } from "../store/store-files.js";
import { describeDatabase } from "../store/database-url.js";
import { openSqliteStore, type OpenOptions, type Store } from "../store/store.js";
import { ExitCode, UsageError } from "./exit-code.js";
import { withInvocation } from "./invocation.js";
import type { Io } from "./io.js";
import { terminalJson } from "./terminal-text.js";

export interface GlobalOptions {
  home?: string;
  database?: string;
  now?: string;
  json?: boolean;
}

/** What a test may give the CLI in place of what it would load itself. */
export interface Provided {
  /** The spelling and grammar engines; by default harper.js and nspell, loaded when first used. */
  engines?: LanguageEngines;
}

/**
 * Resolves the global options and builds the use cases' context, in this one place: the store
 * (opened once, when a command first needs it), the clock, the engines and the mail account.
 */
export class Runtime {
  exitCode: number = ExitCode.ok;
  private store: Store | null = null;
  private languageEngines: LanguageEngines | null = null;
  private waited = false;

  constructor(
    readonly io: Io,
    private readonly options: () => GlobalOptions,
    private readonly provided: Provided = {},
  ) {}

  get json(): boolean {
    return Boolean(this.options().json);
  }

  home(): string {
    return (
      this.options().home ??
      this.io.env.AFTERWORD_HOME ??
      envPaths("afterword", { suffix: "" }).data
    );
  }

  /** The PostgreSQL database the store is kept in, when one is named; else the store is SQLite's. */
  databaseUrl(): string | undefined {
    return this.options().database ?? (this.io.env.AFTERWORD_DATABASE_URL || undefined);
  }

  /** Where the store is, as messages name it. */
  storeWhere(): string {
    const url = this.databaseUrl();
    return url ? describeDatabase(url) : this.home();
  }

  now(): DateTime {
    const given = this.options().now ?? this.io.env.AFTERWORD_NOW;
    if (!given) return DateTime.utc();
    const parsed = DateTime.fromISO(given, { setZone: true });
    if (!parsed.isValid || !/(?:[zZ]|[+-]\d{2}:?\d{2})$/.test(given.trim())) {
      throw new UsageError(
        `--now (or AFTERWORD_NOW) must be an instant with its offset, such as 2026-11-20T16:00Z; got "${given}".`,
      );
    }
    return parsed.toUTC();
  }

  async context(): Promise<AppContext> {
    const now = this.now();
    const store = await this.openStore();
    return { store, now, engines: await this.engines(), mail: this.mailAccountsOf(store) };
  }

  private async openStore(): Promise<Store> {
    const options: OpenOptions = {
      onWait: () => {
        if (!this.waited)
          this.warn("Waiting for another afterword command to finish with the store...");
        this.waited = true;
      },
    };
    const url = this.databaseUrl();
    // PostgreSQL's client is loaded only by the commands that use it.
    this.store ??= url
      ? await (await import("../store/postgres-store.js")).openPostgresStore(url, options)
      : await openSqliteStore(this.home(), options);
    return this.store;
  }

  /** The engines, the grammar engine's code loaded only by the commands that proofread. */
  async engines(): Promise<LanguageEngines> {
    this.languageEngines ??=
      this.provided.engines ?? (await import("../engines/node-engines.js")).nodeLanguageEngines();
    return this.languageEngines;
  }

  /** The candidate's mail account (see `mailAccountsOf`), the store opened only on PostgreSQL. */
  async mailAccounts(): Promise<MailAccounts> {
    return this.databaseUrl()
      ? this.mailAccountsOf(await this.openStore())
      : new DataFolderMailAccounts(this.home(), this.io.env);
  }

  /**
   * The mail account of the store's candidate: on PostgreSQL kept in the database, its secrets
   * sealed under the key AFTERWORD_MAIL_KEY_FILE names; else `mail.yaml` in the data folder.
   */
  mailAccountsOf(store: Store): MailAccounts {
    return this.databaseUrl()
      ? new StoredMailAccounts(store.mailAccount, store.scope, this.io.env, this.home())
      : new DataFolderMailAccounts(this.home(), this.io.env);
  }

  /** The SQLite store's files, for the doctor, which works on a store too damaged to open. */
  storeFiles(): StoreFiles {
    return sqliteStoreFiles(this.home());
  }

  /** Text for the person at the terminal, its `afterword …` hints in the form that runs here. */
  forPerson(text: string): string {
    return withInvocation(text, this.io.invocation?.() ?? "afterword");
  }

  print(text: string): void {
    this.io.stdout.write(this.forPerson(text.endsWith("\n") ? text : `${text}\n`));
  }

  printJson(value: unknown): void {
    this.io.stdout.write(`${terminalJson(value)}\n`);
  }

  warn(text: string): void {
    this.io.stderr.write(this.forPerson(text.endsWith("\n") ? text : `${text}\n`));
  }

  /** An error the user can act on, with the one prefix every error carries. */
  error(text: string): void {
    this.warn(`afterword: ${text}`);
  }

  async close(): Promise<void> {
    await this.store?.close();
    this.store = null;
  }
}
