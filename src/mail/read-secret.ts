import { stat, readFile } from "node:fs/promises";
import { homedir } from "node:os";
import { isAbsolute, join } from "node:path";
import { fail, ok, type Result } from "../core/result.js";
import type { SecretSource } from "./mail-config.js";

/** The file a secret source names: `~/` is the user's home; a relative path is in the data folder. */
export function secretPath(file: string, home: string): string {
  if (file === "~" || file.startsWith("~/")) return join(homedir(), file.slice(1));
  return isAbsolute(file) ? file : join(home, file);
}

/**
 * Reads a password from its environment variable or file. Like ssh with a private key, a file that
 * others may read is refused: on such a file the secret is already at risk.
 */
export async function readSecret(
  source: SecretSource,
  env: Record<string, string | undefined>,
  home: string,
): Promise<Result<string, string>> {
  if ("stored" in source) {
    return fail(
      "This password is kept sealed in a database, which only an account kept there reads. In mail.yaml write `password: { env: NAME }` or `password: { file: PATH }`.",
    );
  }
  if ("env" in source) {
    const value = env[source.env];
    return value
      ? usable(value, `the environment variable ${source.env}`)
      : fail(
          `The password is read from the environment variable ${source.env}, which is not set. Set it (for example with your system's keychain tool), or name a file with \`password: { file: PATH }\` in mail.yaml.`,
        );
  }
  const path = secretPath(source.file, home);
  let info;
  try {
    info = await stat(path);
  } catch {
    return fail(`The password file ${path} does not exist.`);
  }
  if (!info.isFile()) return fail(`The password file ${path} is not a file.`);
  if (process.platform !== "win32" && (info.mode & 0o077) !== 0) {
    const mode = (info.mode & 0o777).toString(8).padStart(4, "0");
    return fail(
      `Permissions ${mode} for the password file ${path} are too open: others may read it. Run \`chmod 600 ${path}\`.`,
    );
  }
  const content = (await readFile(path, "utf8")).replace(/\r?\n$/, "");
  return content
    ? usable(content, `the password file ${path}`)
    : fail(`The password file ${path} is empty.`);
}

/**
 * A password with a line break (or another control character) is refused before any login: no
 * real password holds one, and on the wire it would end the login line, letting the rest be
 * read by the server as a command of its own.
 */
function usable(password: string, where: string): Result<string, string> {
  // eslint-disable-next-line no-control-regex -- control characters are what is refused
  if (!/[\u0000-\u001f\u007f]/.test(password)) return ok(password);
  return fail(
    `The password in ${where} holds a line break or another control character, which no password has: it was not sent. Write the password alone, on one line.`,
  );
}
