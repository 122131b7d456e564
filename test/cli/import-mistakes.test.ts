import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { json, runCli } from "../helpers/cli.js";
import { tempHome } from "../helpers/temp-home.js";

const YAML = `company: Acme
position: Engineer
stage: onsit
start: 2026-11-40T14:00
timeZone: Boston
interviewers:
  - name: Dana
    email: dana@
  - name: ""
`;

describe("a record with several mistakes", () => {
  it("reports every one of them, one line each, and saves nothing", async () => {
    const home = tempHome();
    const file = join(home, "acme.yaml");
    writeFileSync(file, YAML);
    const result = await runCli(["import", file], { home });
    expect(result.code).toBe(1);
    const lines = result.stderr.trim().split("\n");
    expect(lines[0]).toBe(`afterword: Refused ${file} (nothing from it was saved):`);
    expect(lines.slice(1).map((line) => line.trim().split(": ")[1])).toEqual([
      "stage",
      "start",
      "timeZone",
      "interviewers[0].email",
      "interviewers[1].name",
    ]);
    expect(result.stderr).toContain("for Boston, write America/New_York");
    expect(json(await runCli(["interviews", "--json"], { home }))).toEqual([]);
  });

  it("reports them all in JSON too", async () => {
    const home = tempHome();
    const file = join(home, "acme.json");
    writeFileSync(
      file,
      JSON.stringify({ company: "Acme", position: 3, stage: "x", start: "2026-11-20T14:00" }),
    );
    const result = await runCli(["import", file], { home });
    expect(result.stderr.trim().split("\n")).toHaveLength(4);
  });
});
