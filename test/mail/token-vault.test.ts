import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { openTokenVault } from "../../src/mail/token-vault.js";
import { tempHome } from "../helpers/temp-home.js";

const TOKENS = {
  accessToken: "at-3f9c1e7a-secret-access",
  refreshToken: "rt-88d0b2c4-secret-refresh",
  expiresAt: "2026-12-05T01:00:00.000Z",
};

describe("the token vault without a keyring", () => {
  it("keeps tokens encrypted in the data folder, under a key only the user can read", async () => {
    const home = tempHome();
    const vault = await openTokenVault(home, { keyring: false });
    expect(vault.where).toBe("encrypted-file");
    await vault.write("jordan@example.com", TOKENS);
    expect(await vault.read("Jordan@Example.com")).toEqual(TOKENS);

    const files = readdirSync(join(home, "tokens")).map((f) => join(home, "tokens", f));
    for (const file of [...files, join(home, "token.key")]) {
      expect(statSync(file).mode & 0o077, file).toBe(0);
      const bytes = readFileSync(file).toString("latin1");
      expect(bytes).not.toContain("secret-access");
      expect(bytes).not.toContain("secret-refresh");
    }
    await vault.remove("jordan@example.com");
    expect(await vault.read("jordan@example.com")).toBeNull();
  });

  it("reads nothing from a file sealed under another key", async () => {
    const home = tempHome();
    await (await openTokenVault(home, { keyring: false })).write("jordan@example.com", TOKENS);
    const other = tempHome();
    const [file] = readdirSync(join(home, "tokens"));
    const vault = await openTokenVault(other, { keyring: false });
    await vault.write("someone@example.com", TOKENS);
    const { copyFileSync } = await import("node:fs");
    copyFileSync(join(home, "tokens", file!), join(other, "tokens", file!));
    await expect(vault.read("jordan@example.com")).rejects.toThrow();
  });
});
