import type { FieldError } from "../../core/record/field-error.js";
import type { Result } from "../../core/result.js";
import type { MailAccount, MailConfigInput, SecretSource } from "../../mail/mail-config.js";
import type { TokenVault } from "../../mail/token-vault.js";

/**
 * Where the candidate's mail account is kept, with what it needs to log in: on their own machine
 * a file in the data folder, the password from the environment or a file, the sign-in's tokens in
 * the keyring; in a database many candidates share, rows of theirs with every secret sealed.
 * Use cases ask it; they never look for the account themselves.
 */
export interface MailAccounts {
  /** Where the account is kept, as messages name it. */
  readonly where: string;
  /** The account, null when none is set up yet, or what is wrong with it. */
  read(): Promise<Result<MailAccount | null, FieldError>>;
  /**
   * Keeps the account, a secret never in clear (in a file, only where to read it; in a database,
   * sealed); says where it was kept, or why it could not be.
   */
  write(config: MailConfigInput): Promise<Result<string, string>>;
  /** A password, read from where the account says. */
  secret(source: SecretSource): Promise<Result<string, string>>;
  /** Keeps a password where only its owner may read it; returns where. */
  writeSecret(file: string, secret: string): Promise<string>;
  /** Where an OAuth sign-in's tokens are kept. */
  tokens(): Promise<TokenVault>;
  /** How long a server that accepted the connection may stay silent before it is given up on. */
  readonly serverWaitMs: number;
}
