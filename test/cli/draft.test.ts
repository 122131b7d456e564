import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { json, runCli, spawnCli } from "../helpers/cli.js";
import { tempHome } from "../helpers/temp-home.js";

const FIXTURES = join(import.meta.dirname, "..", "fixtures", "records");
const NOW = "2026-11-20T23:00Z";

interface DraftJson {
  id: number;
  kind: string;
  channel: string;
  recipient: { name: string; email: string | null };
  subject: string | null;
  body: string;
  provenance: { start: number; end: number; slot: string; sources: string[]; text: string }[];
  edited: boolean;
  status?: string;
}

async function homeWithInterview() {
  const home = tempHome();
  expect((await runCli(["profile", join(FIXTURES, "profile.yaml")], { home })).code).toBe(0);
  expect((await runCli(["import", join(FIXTURES, "acme-onsite.yaml")], { home })).code).toBe(0);
  return home;
}

describe("afterword draft", () => {
  it("prints an array of drafts as JSON, each with its recipient, subject, body and provenance", async () => {
    const home = await homeWithInterview();
    const result = await runCli(["draft", "1", "--json"], { home, now: NOW });
    expect(result.code).toBe(0);
    const drafts = json<DraftJson[]>(result);
    expect(drafts).toHaveLength(1);
    const [draft] = drafts;
    expect(draft).toMatchObject({
      id: 1,
      kind: "thank-you",
      channel: "email",
      recipient: { name: "Dana Whitfield", email: "dana.whitfield@acme.example" },
      subject: expect.any(String),
      status: "created",
    });
    for (const entry of draft!.provenance)
      expect(draft!.body.slice(entry.start, entry.end)).toBe(entry.text);
  });

  it("drafts the kind and channel asked for, with null for the subject off e-mail", async () => {
    const home = await homeWithInterview();
    const result = await runCli(
      [
        "draft",
        "1",
        "--kind",
        "check-in",
        "--channel",
        "linkedin",
        "--to",
        "Dana",
        "--reason",
        "I enjoyed your talk on fleet telemetry.",
        "--json",
      ],
      { home, now: NOW },
    );
    expect(result.code).toBe(0);
    const [draft] = json<DraftJson[]>(result);
    expect(draft).toMatchObject({ kind: "check-in", channel: "linkedin", subject: null });
    expect(draft!.body).toContain("I enjoyed your talk on fleet telemetry.");
    expect([...draft!.body].length).toBeLessThanOrEqual(300);
  });

  it("prints drafts for a person to read, with what to do next", async () => {
    const home = await homeWithInterview();
    const result = await runCli(["draft", "1"], { home, now: NOW });
    expect(result.stdout).toMatch(
      /^Draft 1 · thank-you by e-mail to Dana Whitfield <dana\.whitfield@acme\.example> \(new\)/,
    );
    expect(result.stdout).toContain("Subject: ");
    expect(result.stdout).toContain("afterword edit 1");
    expect(result.stdout).toContain("afterword export 1 --eml FILE");
  });

  it("refuses clearly: an unknown kind, a check-in without a reason, an unknown person", async () => {
    const home = await homeWithInterview();
    const kind = await runCli(["draft", "1", "--kind", "thanks"], { home });
    expect(kind.code).toBe(2);
    expect(kind.stderr).toMatch(/thank-you/);
    const checkIn = await runCli(["draft", "1", "--kind", "check-in"], { home });
    expect(checkIn.code).toBe(1);
    expect(checkIn.stderr).toMatch(/--reason/);
    const person = await runCli(["draft", "1", "--to", "Pat", "--json"], { home });
    expect(person.code).toBe(1);
    expect(json(person)).toMatchObject({ errors: [{ code: "unknown-recipient" }] });
    expect((await runCli(["draft", "x"], { home })).code).toBe(2);
  });
});

describe("afterword drafts, edit and export", () => {
  it("lists drafts", async () => {
    const home = await homeWithInterview();
    await runCli(["draft", "1"], { home, now: NOW });
    const listed = await runCli(["drafts"], { home });
    expect(listed.stdout).toMatch(/^ID\s+Interview\s+Kind/);
    expect(listed.stdout).toContain("Dana Whitfield");
    expect(json<DraftJson[]>(await runCli(["drafts", "--json"], { home }))).toHaveLength(1);
  });

  it("opens the draft in the editor and keeps the changes, which re-drafting then leaves alone", async () => {
    const home = await homeWithInterview();
    await runCli(["draft", "1"], { home, now: NOW });
    const script = join(home, "edit.mjs");
    writeFileSync(
      script,
      `import { readFileSync, writeFileSync } from "node:fs";
const file = process.argv[2];
writeFileSync(file, readFileSync(file, "utf8").replace(/^Subject: .*$/m, "Subject: Thank you, Dana").replace("Kind regards,", "Warmly,").replace("Best regards,", "Warmly,").replace("Warm regards,", "Warmly,").replace("All the best,", "Warmly,").replace("With best wishes,", "Warmly,"));`,
    );
    const edited = await runCli(["edit", "1"], { home, env: { EDITOR: `node ${script}` } });
    expect(edited.stdout).toContain("Saved your changes to draft 1.");
    const [draft] = json<DraftJson[]>(await runCli(["drafts", "--json"], { home }));
    expect(draft).toMatchObject({ subject: "Thank you, Dana", edited: true });
    expect(draft!.body).toContain("Warmly,\nJordan Rivera");

    const again = await runCli(["draft", "1", "--json"], { home, now: NOW });
    expect(json<DraftJson[]>(again)[0]).toMatchObject({
      status: "kept-edited",
      subject: "Thank you, Dana",
    });
    const forced = await runCli(["draft", "1", "--force", "--json"], { home, now: NOW });
    expect(json<DraftJson[]>(forced)[0]).toMatchObject({
      status: "replaced-edited",
      edited: false,
    });
  });

  it("saves nothing when the editor changes nothing, and says so when there is no editor", async () => {
    const home = await homeWithInterview();
    await runCli(["draft", "1"], { home, now: NOW });
    const unchanged = await runCli(["edit", "1"], { home, env: { VISUAL: "true" } });
    expect(unchanged.stdout).toContain("No changes");
    const none = await runCli(["edit", "1"], { home, env: {} });
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/set VISUAL or EDITOR/);
    const failing = await runCli(["edit", "1"], { home, env: { EDITOR: "false" } });
    expect(failing.code).toBe(1);
    expect(failing.stderr).toMatch(/nothing was saved/);
    expect((await runCli(["edit", "7"], { home, env: { EDITOR: "true" } })).stderr).toMatch(
      /no draft 7/,
    );
  });

  it("exports an e-mail draft as .eml from the real executable", async () => {
    const home = await homeWithInterview();
    await runCli(["draft", "1"], { home, now: NOW });
    const file = join(home, "dana.eml");
    const result = await spawnCli(["export", "1", "--eml", file], { home, now: NOW });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Wrote draft 1 to ${file}`);
    const missing = await spawnCli(["export", "1"], { home });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/--eml/);
  });
});
