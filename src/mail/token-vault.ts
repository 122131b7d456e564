import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";
import { chmod, mkdir, readFile, rm, stat, writeFile, rename } from "node:fs/promises";
import { join } from "node:path";
import type { Entry } from "@napi-rs/keyring";

/** What a sign-in leaves: never written in clear to the database, a log or a config file. */
export interface OAuthTokens {
  accessToken: string;
  refreshToken: string | null;
  /** ISO 8601 instant the access token stops working. */
  expiresAt: string;
  /** The scopes the provider granted, when it said (space-separated); absent from older sign-ins. */
  scope?: string | null;
}

/** Where tokens are kept: the operating system's keyring, or a file encrypted with a local key. */
export interface TokenVault {
  readonly where: "keyring" | "encrypted-file" | "database";
  /** Why the keyring is not used, when it is not: turned off, or what it answered. */
  readonly noKeyring: string | null;
  read(account: string): Promise<OAuthTokens | null>;
  write(account: string, tokens: OAuthTokens): Promise<void>;
  remove(account: string): Promise<void>;
}

const SERVICE = "afterword-mail";
const KEY_FILE = "token.key";
const TOKEN_FOLDER = "tokens";

/**
 * The keyring when this machine has one that answers (Keychain, Credential Manager, Secret
 * Service), else files in the data folder encrypted with AES-256-GCM under a key kept in a file
 * only the user can read. `keyring: false` skips the keyring (machines without one, tests).
 */
export async function openTokenVault(
  home: string,
  options: { keyring?: boolean } = {},
): Promise<TokenVault> {
  if (options.keyring === false) return new EncryptedFileVault(home, "turned off");
  const keyring = await KeyringVault.probe();
  return keyring instanceof KeyringVault ? keyring : new EncryptedFileVault(home, keyring);
}

class KeyringVault implements TokenVault {
  readonly where = "keyring";
  readonly noKeyring = null;

  private constructor(private readonly KeyringEntry: typeof Entry) {}

  /** A keyring that stores and gives back a value, or why there is none (no module, no daemon). */
  static async probe(): Promise<KeyringVault | string> {
    try {
      const keyring = await import("@napi-rs/keyring");
      const probe = new keyring.Entry(SERVICE, "afterword-probe");
      probe.setPassword("ok");
      const back = probe.getPassword();
      probe.deletePassword();
      return back === "ok"
        ? new KeyringVault(keyring.Entry)
        : "it did not give back what was stored";
    } catch (error) {
      return error instanceof Error ? error.message : String(error);
    }
  }

  async read(account: string): Promise<OAuthTokens | null> {
    const text = new this.KeyringEntry(SERVICE, account).getPassword();
    return text ? (JSON.parse(text) as OAuthTokens) : null;
  }

  async write(account: string, tokens: OAuthTokens): Promise<void> {
    new this.KeyringEntry(SERVICE, account).setPassword(JSON.stringify(tokens));
  }

  async remove(account: string): Promise<void> {
    try {
      new this.KeyringEntry(SERVICE, account).deletePassword();
    } catch {
      // Nothing stored: nothing to remove.
    }
  }
}

/**
 * Tokens in `tokens/<digest>.enc`, AES-256-GCM with a fresh nonce per write; the key is
 * `token.key` (mode 0600). It keeps tokens out of backups and copies of the data that leave
 * without the key file, not from someone who can read the user's files.
 */
class EncryptedFileVault implements TokenVault {
  readonly where = "encrypted-file";

  constructor(
    private readonly home: string,
    readonly noKeyring: string,
  ) {}

  async read(account: string): Promise<OAuthTokens | null> {
    let sealed: Buffer;
    try {
      sealed = await readFile(this.fileOf(account));
    } catch {
      return null;
    }
    const key = await this.key(false);
    if (!key) return null;
    const decipher = createDecipheriv("aes-256-gcm", key, sealed.subarray(0, 12));
    decipher.setAuthTag(sealed.subarray(12, 28));
    const clear = Buffer.concat([decipher.update(sealed.subarray(28)), decipher.final()]);
    return JSON.parse(clear.toString("utf8")) as OAuthTokens;
  }

  async write(account: string, tokens: OAuthTokens): Promise<void> {
    const key = (await this.key(true))!;
    const nonce = randomBytes(12);
    const cipher = createCipheriv("aes-256-gcm", key, nonce);
    const body = Buffer.concat([cipher.update(JSON.stringify(tokens), "utf8"), cipher.final()]);
    const folder = join(this.home, TOKEN_FOLDER);
    await mkdir(folder, { recursive: true, mode: 0o700 });
    const file = this.fileOf(account);
    await writeFile(`${file}.tmp`, Buffer.concat([nonce, cipher.getAuthTag(), body]), {
      mode: 0o600,
    });
    await rename(`${file}.tmp`, file);
  }

  async remove(account: string): Promise<void> {
    await rm(this.fileOf(account), { force: true });
  }

  private fileOf(account: string): string {
    const digest = createHash("sha256").update(account.toLowerCase()).digest("hex").slice(0, 32);
    return join(this.home, TOKEN_FOLDER, `${digest}.enc`);
  }

  /** The key, made on first use; one that others may read is refused, as a password file is. */
  private async key(create: boolean): Promise<Buffer | null> {
    const path = join(this.home, KEY_FILE);
    try {
      const info = await stat(path);
      if (process.platform !== "win32" && (info.mode & 0o077) !== 0) {
        throw new Error(
          `Permissions of ${path} are too open: run \`chmod 600 ${path}\` (or sign in again).`,
        );
      }
      return await readFile(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
      if (!create) return null;
      const key = randomBytes(32);
      await writeFile(path, key, { mode: 0o600, flag: "wx" });
      await chmod(path, 0o600);
      return key;
    }
  }
}
