import type { FieldError } from "../../core/record/field-error.js";
import type { Result } from "../../core/result.js";
import type { MailAccount, MailConfigInput, SecretSource } from "../../mail/mail-config.js";
import type { TokenVault } from "../../mail/token-vault.js";

/**
 * Where the candidate's mail account is kept, with what it needs to log in: on their own machine
 * a file in the data folder, the password from the environment or a file, the sign-in's tokens in
 * the keyring. Use cases ask it; they never look for the file themselves.
 */
export interface MailAccounts {
  /** Where the account is kept, as messages name it. */
  readonly where: string;
  /** The account, null when none is set up yet, or what is wrong with it. */
  read(): Promise<Result<MailAccount | null, FieldError>>;
  /** Keeps the account (never a secret, only where to read it); returns where it was kept. */
  write(config: MailConfigInput): Promise<string>;
  /** A password, read from where the account says. */
  secret(source: SecretSource): Promise<Result<string, string>>;
  /** Keeps a password in a file only its owner may read; returns the file. */
  writeSecret(file: string, secret: string): Promise<string>;
  /** Where an OAuth sign-in's tokens are kept. */
  tokens(): Promise<TokenVault>;
  /** How long a server that accepted the connection may stay silent before it is given up on. */
  readonly serverWaitMs: number;
}
