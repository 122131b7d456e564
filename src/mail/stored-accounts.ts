import { fromZodIssues, type FieldError } from "../core/record/field-error.js";
import { fail, ok, type Result } from "../core/result.js";
import { SERVER_WAIT_MS } from "./data-folder-accounts.js";
import {
  DEFAULT_PASSWORD_VARIABLE,
  mailConfigSchema,
  toAccount,
  type MailAccount,
  type MailConfigInput,
  type SecretSource,
} from "./mail-config.js";
import { readSecret } from "./read-secret.js";
import { MAIL_KEY_VARIABLE, SecretSeal } from "./secret-seal.js";
import type { OAuthTokens, TokenVault } from "./token-vault.js";

/** What the store keeps of one candidate's account: settings as JSON, secrets already sealed. */
export interface MailAccountRows {
  settings(): Promise<string | null>;
  /** Keeps the settings and the account's passwords (by service) at once, replacing the old ones. */
  saveAccount(settings: string, passwords: Map<Service, Buffer>, now: string): Promise<void>;
  sealed(name: string): Promise<Buffer | null>;
  saveSealed(name: string, sealed: Buffer, now: string): Promise<void>;
  removeSealed(name: string): Promise<void>;
}

export type Service = "smtp" | "imap";

/** Whose account it is: its secrets are sealed for this candidate alone. */
export interface AccountOwner {
  organisationId: number;
  candidateId: number;
}

/**
 * One candidate's mail account kept in a database many candidates share: the settings in a row
 * of theirs, each password and a sign-in's tokens sealed (`SecretSeal`) under the key in the
 * file AFTERWORD_MAIL_KEY_FILE names, which every worker holds and the database does not.
 * Setting it up reads the password once, from wherever the person said, and seals it; from then
 * on the account reads no password from the environment or the files of the machine it runs on,
 * so a worker serving many candidates never hands one candidate a secret of its own.
 */
export class StoredMailAccounts {
  readonly where: string;
  readonly serverWaitMs: number;
  /** Passwords typed during this setup, waiting for the account to be saved. */
  private readonly typed = new Map<string, string>();
  private keyed: Promise<Result<SecretSeal, string>> | null = null;

  constructor(
    private readonly rows: MailAccountRows,
    private readonly owner: AccountOwner,
    /** Where AFTERWORD_MAIL_KEY_FILE is read, and, while setting up, the password named there. */
    private readonly env: Record<string, string | undefined>,
    /** The folder a password file named while setting up is relative to. */
    private readonly home: string,
  ) {
    this.where = `mail account of candidate ${owner.candidateId} of organisation ${owner.organisationId} in the database`;
    const seconds = Number(env.AFTERWORD_MAIL_TIMEOUT);
    this.serverWaitMs = Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : SERVER_WAIT_MS;
  }

  async read(): Promise<Result<MailAccount | null, FieldError>> {
    const text = await this.rows.settings();
    if (text === null) return ok(null);
    const parsed = mailConfigSchema.safeParse(JSON.parse(text));
    if (!parsed.success) return fail(...fromZodIssues(parsed.error.issues));
    const account = toAccount(parsed.data);
    const sealedPassword = (service: Service): SecretSource => ({ stored: service });
    return ok({
      ...account,
      smtp: { ...account.smtp, password: sealedPassword("smtp") },
      imap: account.imap ? { ...account.imap, password: sealedPassword("imap") } : null,
    });
  }

  async write(config: MailConfigInput): Promise<Result<string, string>> {
    const seal = await this.seal();
    if (!seal.ok) return seal;
    const passwords = new Map<Service, Buffer>();
    if (!config.oauth) {
      for (const service of ["smtp", "imap"] as const) {
        const server = config[service];
        if (!server) continue;
        const source = server.password ?? config.password ?? { env: DEFAULT_PASSWORD_VARIABLE };
        const clear = await this.passwordAtSetup(source);
        if (!clear.ok) return fail(`${service.toUpperCase()}: ${clear.errors[0]}`);
        passwords.set(service, seal.value.seal(this.label(service), clear.value));
      }
    }
    const { password: _password, ...rest } = config;
    const withoutSource = <S extends { password?: unknown }>({ password: _p, ...server }: S) =>
      server;
    const settings = {
      ...rest,
      smtp: withoutSource(config.smtp),
      ...(config.imap ? { imap: withoutSource(config.imap) } : {}),
    };
    const checked = mailConfigSchema.safeParse(settings);
    if (!checked.success) {
      const [first] = fromZodIssues(checked.error.issues);
      return fail(`${first!.path}: expected ${first!.expected}, found ${first!.found}.`);
    }
    await this.rows.saveAccount(JSON.stringify(settings), passwords, new Date().toISOString());
    return ok(this.where);
  }

  async secret(source: SecretSource): Promise<Result<string, string>> {
    if (!("stored" in source)) {
      return fail(
        "A mail account kept in the database reads its passwords from there alone, never from the environment or the files of the machine it runs on.",
      );
    }
    const seal = await this.seal();
    if (!seal.ok) return seal;
    const sealed = await this.rows.sealed(source.stored);
    if (!sealed) {
      return fail(
        `The ${this.where} keeps no password for this server: set the account up again with the password at hand.`,
      );
    }
    const clear = seal.value.open(this.label(source.stored), sealed);
    return clear === null
      ? fail(
          `The password kept in the database does not open with the key ${MAIL_KEY_VARIABLE} names: it was sealed under another key, or for another candidate. Set the account up again with the password at hand.`,
        )
      : ok(clear);
  }

  /** Keeps a password typed while setting up, sealed with the account when it is saved. */
  async writeSecret(file: string, secret: string): Promise<string> {
    this.typed.set(file, secret);
    return "the database, sealed";
  }

  async tokens(): Promise<TokenVault> {
    return new SealedTokenVault(this.rows, await this.seal(), (name) => this.label(name));
  }

  private seal(): Promise<Result<SecretSeal, string>> {
    this.keyed ??= SecretSeal.fromEnvironment(this.env);
    return this.keyed;
  }

  private passwordAtSetup(source: SecretSource): Promise<Result<string, string>> {
    const typed = "file" in source ? this.typed.get(source.file) : undefined;
    return typed === undefined
      ? readSecret(source, this.env, this.home)
      : Promise.resolve(ok(typed));
  }

  /** Binds a sealed secret to its candidate and its name. */
  private label(name: string): string {
    return `afterword-mail:${this.owner.organisationId}:${this.owner.candidateId}:${name}`;
  }
}

/** A sign-in's tokens, sealed in the candidate's rows like their passwords. */
class SealedTokenVault implements TokenVault {
  readonly where = "database";
  readonly noKeyring = null;

  constructor(
    private readonly rows: MailAccountRows,
    private readonly seal: Result<SecretSeal, string>,
    private readonly label: (name: string) => string,
  ) {}

  async read(account: string): Promise<OAuthTokens | null> {
    if (!this.seal.ok) return null;
    const name = nameOf(account);
    const sealed = await this.rows.sealed(name);
    const clear = sealed && this.seal.value.open(this.label(name), sealed);
    return clear ? (JSON.parse(clear) as OAuthTokens) : null;
  }

  async write(account: string, tokens: OAuthTokens): Promise<void> {
    // Not a user's mistake to report here: a sign-in is only offered once the account was saved,
    // which needs the key.
    if (!this.seal.ok) throw new Error(this.seal.errors[0]);
    const name = nameOf(account);
    await this.rows.saveSealed(
      name,
      this.seal.value.seal(this.label(name), JSON.stringify(tokens)),
      new Date().toISOString(),
    );
  }

  async remove(account: string): Promise<void> {
    await this.rows.removeSealed(nameOf(account));
  }
}

const nameOf = (account: string) => `oauth:${account.toLowerCase()}`;
