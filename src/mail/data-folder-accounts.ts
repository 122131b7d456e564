import { ok } from "../core/result.js";
import { readMailConfig, mailConfigPath } from "./read-mail-config.js";
import { readSecret } from "./read-secret.js";
import { openTokenVault } from "./token-vault.js";
import { writeMailConfig, writeSecretFile } from "./write-mail-config.js";
import type { MailConfigInput, SecretSource } from "./mail-config.js";

/** How long a server that accepted the connection may stay silent, unless told otherwise. */
export const SERVER_WAIT_MS = 20_000;

/**
 * The mail account of one candidate on their own machine: `mail.yaml` in the data folder, the
 * password from the environment or a file, the sign-in's tokens in the keyring or an encrypted
 * file beside it. `AFTERWORD_KEYRING=off` keeps tokens in the file even where a keyring answers;
 * `AFTERWORD_MAIL_TIMEOUT` (seconds) sets the server wait, for a slow line or a quick test.
 */
export class DataFolderMailAccounts {
  readonly where: string;
  readonly serverWaitMs: number;

  constructor(
    private readonly home: string,
    private readonly env: Record<string, string | undefined>,
  ) {
    this.where = mailConfigPath(home);
    const seconds = Number(env.AFTERWORD_MAIL_TIMEOUT);
    this.serverWaitMs = Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : SERVER_WAIT_MS;
  }

  read() {
    return readMailConfig(this.home);
  }

  async write(config: MailConfigInput) {
    return ok(await writeMailConfig(this.home, config));
  }

  secret(source: SecretSource) {
    return readSecret(source, this.env, this.home);
  }

  writeSecret(file: string, secret: string) {
    return writeSecretFile(this.home, file, secret);
  }

  tokens() {
    return openTokenVault(this.home, { keyring: this.env.AFTERWORD_KEYRING !== "off" });
  }
}
