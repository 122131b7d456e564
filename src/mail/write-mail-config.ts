import { chmod, mkdir, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { stringify } from "yaml";
import type { MailConfigInput } from "./mail-config.js";
import { mailConfigPath } from "./read-mail-config.js";
import { secretPath } from "./read-secret.js";

/** Writes `mail.yaml`. It holds no secret, only where the password is to be read from. */
export async function writeMailConfig(home: string, config: MailConfigInput): Promise<string> {
  const path = mailConfigPath(home);
  await mkdir(home, { recursive: true });
  const header =
    "# Afterword's mail account (see docs/mail.md). The password is never written here.\n";
  await writeFile(path, header + stringify(config));
  return path;
}

/** Saves a password to a file only its owner may read, as `password: { file }` expects. */
export async function writeSecretFile(home: string, file: string, secret: string): Promise<string> {
  const path = secretPath(file, home);
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, `${secret}\n`, { mode: 0o600 });
  await chmod(path, 0o600);
  return path;
}
