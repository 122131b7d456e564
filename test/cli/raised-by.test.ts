import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { json, runCli } from "../helpers/cli.js";
import { tempHome } from "../helpers/temp-home.js";

const FIXTURES = join(import.meta.dirname, "..", "fixtures", "records");
const NOW = "2026-11-21T16:00Z";

const PANEL = `
company: Acme Robotics
position: Platform Engineer
start: 2026-11-20T14:00
timeZone: America/Chicago
interviewers:
  - name: Dana Whitfield
    email: dana@acme.example
  - name: Sam Ortiz
concerns:
  - concern: my limited Go
    response: I have since shipped a Go service.
    raisedBy: sam
promised:
  - what: the load-testing write-up
    url: https://example.com/load
`;

async function home(record: string) {
  const dir = tempHome();
  await runCli(["profile", join(FIXTURES, "profile.yaml")], { home: dir });
  const file = join(dir, "panel.yaml");
  writeFileSync(file, record);
  return { dir, imported: await runCli(["import", file], { home: dir }) };
}

describe("who raised it, from the record to the drafts", () => {
  it("refuses a record whose raisedBy names a stranger, naming the field, and saves nothing", async () => {
    const { dir, imported } = await home(PANEL.replace("raisedBy: sam", "raisedBy: Dina"));
    expect(imported.code).toBe(1);
    expect(imported.stderr).toContain(
      'panel.yaml: concerns[0].raisedBy: expected one of the interviewers (Dana Whitfield, Sam Ortiz), found "Dina" (did you mean Dana Whitfield?)',
    );
    expect(json(await runCli(["interviews", "--json"], { home: dir }))).toEqual([]);
  });

  it("shows it, plans the answer to that person alone and drafts it to them", async () => {
    const { dir, imported } = await home(PANEL);
    expect(imported.code).toBe(0);
    expect((await runCli(["show", "1"], { home: dir })).stdout).toContain(
      "my limited Go: I have since shipped a Go service. (raised by Sam Ortiz)",
    );
    const plan = json<{ id: string; kind: string }[]>(
      await runCli(["plan", "1", "--json"], { home: dir, now: NOW }),
    );
    // Sam has no address, so his answer needs a message of its own; the link fits Dana's thank-you.
    expect(plan.filter((item) => item.kind === "additional-info").map((item) => item.id)).toEqual([
      "1.additional-info.linkedin.sam-ortiz",
    ]);
    const drafted = json<{ planItemId: string; channel: string }[]>(
      await runCli(["draft", "1", "--kind", "additional-info", "--to", "sam", "--json"], {
        home: dir,
        now: NOW,
      }),
    );
    expect(drafted).toMatchObject([
      { planItemId: "1.additional-info.linkedin.sam-ortiz", channel: "linkedin" },
    ]);
  });

  it("keeps it through afterword details", async () => {
    const { dir } = await home(PANEL);
    const patch = join(dir, "patch.yaml");
    writeFileSync(patch, "unanswered:\n  - question: how I would shard it\n    raisedBy: DANA\n");
    const updated = await runCli(["details", "1", patch, "--json"], { home: dir });
    expect(updated.code).toBe(0);
    expect(json(updated)).toMatchObject({
      concerns: [{ raisedBy: "Sam Ortiz" }],
      unanswered: [{ question: "how I would shard it", raisedBy: "Dana Whitfield" }],
    });
  });
});
