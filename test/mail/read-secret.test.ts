import { chmodSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readSecret } from "../../src/mail/read-secret.js";
import { tempHome } from "../helpers/temp-home.js";

describe("readSecret", () => {
  it("reads the password from its environment variable, and says which one is missing", async () => {
    expect(await readSecret({ env: "MAIL_PW" }, { MAIL_PW: "s3cret" }, tempHome())).toEqual({
      ok: true,
      value: "s3cret",
    });
    const missing = await readSecret({ env: "MAIL_PW" }, {}, tempHome());
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.errors[0]).toContain("MAIL_PW, which is not set");
  });

  it("leaves a password sealed in a database to the account kept there", async () => {
    const stored = await readSecret({ stored: "smtp" }, { MAIL_PW: "s3cret" }, tempHome());
    expect(stored.ok).toBe(false);
    if (!stored.ok) expect(stored.errors[0]).toContain("`password: { env: NAME }`");
  });

  it.skipIf(process.platform === "win32")(
    "reads a file only its owner may read, and refuses one others may, as ssh does",
    async () => {
      const home = tempHome();
      const file = join(home, "mail-password");
      writeFileSync(file, "s3cret\n");
      chmodSync(file, 0o600);
      expect(await readSecret({ file: "mail-password" }, {}, home)).toEqual({
        ok: true,
        value: "s3cret",
      });

      chmodSync(file, 0o644);
      const open = await readSecret({ file: "mail-password" }, {}, home);
      expect(open.ok).toBe(false);
      if (!open.ok) {
        expect(open.errors[0]).toContain("Permissions 0644");
        expect(open.errors[0]).toContain(`chmod 600 ${file}`);
        expect(open.errors[0]).not.toContain("s3cret");
      }
      chmodSync(file, 0o640);
      expect((await readSecret({ file: "mail-password" }, {}, home)).ok).toBe(false);
    },
  );
});
