import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { json, runCli } from "../helpers/cli.js";
import { tempHome } from "../helpers/temp-home.js";

const FIXTURES = join(import.meta.dirname, "..", "fixtures", "records");
const NOW = "2026-11-20T23:00Z";

async function homeWithDraft() {
  const home = tempHome();
  expect((await runCli(["profile", join(FIXTURES, "profile.yaml")], { home })).code).toBe(0);
  expect((await runCli(["import", join(FIXTURES, "acme-onsite.yaml")], { home })).code).toBe(0);
  expect((await runCli(["draft", "1"], { home, now: NOW })).code).toBe(0);
  return home;
}

describe("one draft, and whether it went out", { timeout: 120_000 }, () => {
  it("draft show ID and drafts ID print the draft in full with its findings", async () => {
    const home = await homeWithDraft();
    const shown = await runCli(["draft", "show", "1"], { home, now: NOW });
    expect(shown.code).toBe(0);
    expect(shown.stdout).toMatch(/^Draft 1 · thank-you by e-mail to Dana Whitfield/);
    expect(shown.stdout).toContain("Subject: ");
    expect(shown.stdout).toContain("proofreader: ");
    expect(shown.stdout).toContain("sending: not sent");
    expect((await runCli(["drafts", "1"], { home, now: NOW })).stdout).toBe(shown.stdout);
    const missing = await runCli(["draft", "show", "9"], { home, now: NOW });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("afterword: There is no draft 9");
  });

  it("lists drafts with times in the profile's zone and whether each was sent", async () => {
    const home = await homeWithDraft();
    const before = await runCli(["drafts"], { home, now: NOW });
    expect(before.stdout).toMatch(/^ID\s+Interview\s+Kind.*\bSent\b.*Updated/);
    expect(before.stdout).toContain("EST");

    const sent = await runCli(["sent", "--draft", "1", "--json"], { home, now: NOW });
    expect(sent.code).toBe(0);
    expect(json(sent)).toMatchObject({
      event: { type: "sent", kind: "thank-you", to: "Dana Whitfield", channel: "email" },
    });
    const after = json<{ id: number; sending: string }[]>(
      await runCli(["drafts", "--json"], { home, now: NOW }),
    );
    expect(after).toMatchObject([{ id: 1, sending: "sent" }]);
    expect((await runCli(["drafts"], { home, now: NOW })).stdout).toMatch(/\bsent\b/);
  });

  it("sent without --draft still needs the kind", async () => {
    const home = await homeWithDraft();
    const result = await runCli(["sent", "1"], { home, now: NOW });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("afterword sent --draft ID");
  });
});
