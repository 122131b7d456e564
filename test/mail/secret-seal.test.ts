import { randomBytes } from "node:crypto";
import { chmodSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { MAIL_KEY_VARIABLE, SecretSeal } from "../../src/mail/secret-seal.js";
import { tempHome } from "../helpers/temp-home.js";

function keyFile(content: string, mode = 0o600): string {
  const file = join(tempHome(), "mail.key");
  writeFileSync(file, content);
  chmodSync(file, mode);
  return file;
}

async function sealWith(file: string): Promise<SecretSeal> {
  const seal = await SecretSeal.fromEnvironment({ [MAIL_KEY_VARIABLE]: file });
  if (!seal.ok) throw new Error(seal.errors[0]);
  return seal.value;
}

describe("sealing mail secrets under a key kept outside the database", () => {
  it("opens what it sealed, for the same label only, and never holds the secret in clear", async () => {
    const seal = await sealWith(keyFile(randomBytes(32).toString("base64")));
    const sealed = seal.seal("afterword-mail:2:7:smtp", "app-password-81f2");
    expect(sealed.includes("app-password-81f2")).toBe(false);
    expect(seal.open("afterword-mail:2:7:smtp", sealed)).toBe("app-password-81f2");
    // Another candidate, another organisation, another name: it does not open.
    expect(seal.open("afterword-mail:2:8:smtp", sealed)).toBeNull();
    expect(seal.open("afterword-mail:3:7:smtp", sealed)).toBeNull();
    expect(seal.open("afterword-mail:2:7:imap", sealed)).toBeNull();
    // A fresh nonce each time: the same secret never seals to the same bytes.
    expect(seal.seal("afterword-mail:2:7:smtp", "app-password-81f2").equals(sealed)).toBe(false);
    // Nor under another key, or altered by one bit.
    const other = await sealWith(keyFile(randomBytes(32).toString("base64")));
    expect(other.open("afterword-mail:2:7:smtp", sealed)).toBeNull();
    const flipped = Buffer.from(sealed);
    flipped[flipped.length - 1]! ^= 1;
    expect(seal.open("afterword-mail:2:7:smtp", flipped)).toBeNull();
  });

  it("refuses a missing setting, a missing file, a file others may read, and a key of the wrong size, saying what to do", async () => {
    const problem = async (env: Record<string, string>) => {
      const seal = await SecretSeal.fromEnvironment(env);
      return seal.ok ? "" : seal.errors[0]!;
    };
    expect(await problem({})).toContain(`${MAIL_KEY_VARIABLE} names no key file`);
    expect(await problem({ [MAIL_KEY_VARIABLE]: "/nowhere/mail.key" })).toContain("does not exist");
    const open = keyFile(randomBytes(32).toString("base64"), 0o644);
    expect(await problem({ [MAIL_KEY_VARIABLE]: open })).toContain(`chmod 600 ${open}`);
    const short = keyFile(randomBytes(16).toString("base64"));
    expect(await problem({ [MAIL_KEY_VARIABLE]: short })).toContain("holds 16 bytes, not 32");
  });
});
