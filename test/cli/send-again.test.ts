import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { tempHome } from "../helpers/temp-home.js";

const FIXTURES = join(import.meta.dirname, "..", "fixtures", "records");
const NOW = "2026-11-20T23:00Z";

describe("sending a second thank-you to one person", { timeout: 120_000 }, () => {
  it("is refused, even under --yes, unless --force", async () => {
    const home = tempHome();
    await runCli(["profile", join(FIXTURES, "profile.yaml")], { home });
    await runCli(["import", join(FIXTURES, "acme-onsite.yaml")], { home });
    expect((await runCli(["draft", "1"], { home, now: NOW })).code).toBe(0);
    expect(
      (await runCli(["sent", "1", "--kind", "thank-you", "--to", "Dana"], { home, now: NOW })).code,
    ).toBe(0);

    const again = await runCli(["send", "1", "--yes"], { home, now: NOW });
    expect(again.code).toBe(1);
    expect(again.stderr).toContain(
      "afterword: Not queued: a thank-you to Dana Whitfield is recorded as sent (email). Add --force to send it again.",
    );
    const forced = await runCli(["send", "1", "--yes", "--force"], { home, now: NOW });
    expect(forced.code, forced.stderr).toBe(0);
    expect(forced.stdout).toContain("Queued as outbox item 1");
  });
});
