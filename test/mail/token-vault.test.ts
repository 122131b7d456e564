import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { openTokenVault } from "../../src/mail/token-vault.js";
import {
  secretServiceMissing,
  startSecretService,
  type SecretService,
} from "../helpers/secret-service.js";
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

/** Points the keyring library at another D-Bus session for one test, then back. */
function busFor(env: Record<string, string>): () => void {
  const saved = Object.fromEntries(Object.keys(env).map((name) => [name, process.env[name]]));
  Object.assign(process.env, env);
  return () => {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  };
}

describe("the token vault where no keyring answers", () => {
  let restore = () => undefined as void;
  afterEach(() => restore());

  it("falls back to the encrypted file and says what the keyring answered", async () => {
    restore = busFor({ DBUS_SESSION_BUS_ADDRESS: "unix:path=/nonexistent/afterword-bus" });
    const home = tempHome();
    const vault = await openTokenVault(home);
    expect(vault.where).toBe("encrypted-file");
    expect(vault.noKeyring).toMatch(/\w/);
    expect(vault.noKeyring).not.toBe("turned off");
    await vault.write("jordan@example.com", TOKENS);
    expect(await vault.read("jordan@example.com")).toEqual(TOKENS);
    expect(readdirSync(join(home, "tokens"))).toHaveLength(1);
  });

  it("says the keyring was turned off when it was", async () => {
    const vault = await openTokenVault(tempHome(), { keyring: false });
    expect(vault.noKeyring).toBe("turned off");
  });
});

const noSecretService = secretServiceMissing();

describe.skipIf(noSecretService)("the token vault with a Secret Service keyring", () => {
  let service: SecretService;
  let restore = () => undefined as void;
  beforeAll(async () => {
    service = await startSecretService();
    restore = busFor(service.env);
  });
  afterAll(() => {
    restore();
    service?.stop();
  });

  it("keeps tokens in the keyring, and nothing of them in the data folder", async () => {
    const home = tempHome();
    const vault = await openTokenVault(home);
    expect(vault.where).toBe("keyring");
    expect(vault.noKeyring).toBeNull();
    await vault.write("jordan@example.com", TOKENS);
    expect(await vault.read("jordan@example.com")).toEqual(TOKENS);
    expect(readdirSync(home)).not.toContain("tokens");
    expect(readdirSync(home)).not.toContain("token.key");

    // Another program on the same keyring (a second Afterword) reads the same entry.
    expect(await (await openTokenVault(tempHome())).read("jordan@example.com")).toEqual(TOKENS);
    await vault.remove("jordan@example.com");
    expect(await vault.read("jordan@example.com")).toBeNull();
    await vault.remove("jordan@example.com");
  });
});
