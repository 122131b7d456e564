import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { json, runCli, spawnCli } from "../helpers/cli.js";
import { tempHome } from "../helpers/temp-home.js";

const IMPORTS = 20;

function record(i: number): string {
  return `company: Company ${i}
position: Data Engineer
start: 2026-11-${String(10 + (i % 18)).padStart(2, "0")}T${String(8 + (i % 9)).padStart(2, "0")}:00
timeZone: Europe/London
interviewers:
  - name: Person ${i}
`;
}

describe("many afterword commands on one store at once", () => {
  it(`${IMPORTS} imports started together on a new store all succeed, and all their interviews are there`, async () => {
    const home = tempHome();
    const data = join(home, "data");
    const files = Array.from({ length: IMPORTS }, (_, i) => {
      const file = join(home, `record-${i}.yaml`);
      writeFileSync(file, record(i));
      return file;
    });
    // One run first, elsewhere, so that the bundle is built once rather than by all twenty.
    expect((await spawnCli(["interviews"], { home: join(home, "warm-up") })).code).toBe(0);
    // Real processes: the point is separate connections racing for the same new file.
    const results = await Promise.all(
      files.map((file) => spawnCli(["import", file], { home: data })),
    );
    for (const result of results) {
      expect(result.stderr).not.toContain("locked");
      expect(result.code, result.stderr).toBe(0);
    }
    const listed = json<{ company: string }[]>(
      await runCli(["interviews", "--json"], { home: data }),
    );
    expect(listed.map((i) => i.company).sort()).toEqual(
      Array.from({ length: IMPORTS }, (_, i) => `Company ${i}`).sort(),
    );
  }, 300_000);
});
