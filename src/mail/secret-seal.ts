import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { readFile, stat } from "node:fs/promises";
import { fail, ok, type Result } from "../core/result.js";

/** The variable naming the file that holds the key mail secrets kept in a database are sealed under. */
export const MAIL_KEY_VARIABLE = "AFTERWORD_MAIL_KEY_FILE";

const NONCE_BYTES = 12;
const TAG_BYTES = 16;

/**
 * Seals secrets with AES-256-GCM, a fresh nonce each time, under a key kept outside the database:
 * a copy of the database, a backup or a dump holds nothing usable without it. `label` names whose
 * secret it is and which one, and is bound to the sealed bytes: a value copied to another
 * candidate's row, or to another name, does not open.
 */
export class SecretSeal {
  private constructor(private readonly key: Buffer) {}

  /**
   * The key in the file the environment names: 32 random bytes written in base64
   * (`openssl rand -base64 32`), in a file only its owner may read, as a password file must be.
   */
  static async fromEnvironment(
    env: Record<string, string | undefined>,
  ): Promise<Result<SecretSeal, string>> {
    const path = env[MAIL_KEY_VARIABLE];
    const how = `32 random bytes in base64 (make one with \`openssl rand -base64 32\`), in a file only the workers' user may read`;
    if (!path) {
      return fail(
        `Mail passwords kept in the database are sealed under a key kept outside it, and ${MAIL_KEY_VARIABLE} names no key file: set it to a file holding ${how}.`,
      );
    }
    let info;
    try {
      info = await stat(path);
    } catch {
      return fail(
        `The key file ${path} (${MAIL_KEY_VARIABLE}) does not exist: it must hold ${how}.`,
      );
    }
    if (process.platform !== "win32" && (info.mode & 0o077) !== 0) {
      const mode = (info.mode & 0o777).toString(8).padStart(4, "0");
      return fail(
        `Permissions ${mode} for the key file ${path} (${MAIL_KEY_VARIABLE}) are too open: others may read it. Run \`chmod 600 ${path}\`.`,
      );
    }
    const key = Buffer.from((await readFile(path, "utf8")).trim(), "base64");
    if (key.length !== 32) {
      return fail(
        `The key file ${path} (${MAIL_KEY_VARIABLE}) holds ${key.length} bytes, not 32: it must hold ${how}.`,
      );
    }
    return ok(new SecretSeal(key));
  }

  seal(label: string, clear: string): Buffer {
    const nonce = randomBytes(NONCE_BYTES);
    const cipher = createCipheriv("aes-256-gcm", this.key, nonce);
    cipher.setAAD(Buffer.from(label, "utf8"));
    const body = Buffer.concat([cipher.update(clear, "utf8"), cipher.final()]);
    return Buffer.concat([nonce, cipher.getAuthTag(), body]);
  }

  /** The secret in clear, or null when it was sealed under another key or for another label. */
  open(label: string, sealed: Buffer): string | null {
    try {
      const decipher = createDecipheriv("aes-256-gcm", this.key, sealed.subarray(0, NONCE_BYTES));
      decipher.setAAD(Buffer.from(label, "utf8"));
      decipher.setAuthTag(sealed.subarray(NONCE_BYTES, NONCE_BYTES + TAG_BYTES));
      return Buffer.concat([
        decipher.update(sealed.subarray(NONCE_BYTES + TAG_BYTES)),
        decipher.final(),
      ]).toString("utf8");
    } catch {
      return null;
    }
  }
}
