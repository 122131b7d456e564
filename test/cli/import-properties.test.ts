import { writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { resolveWallTime } from "../../src/core/time/wall-time.js";
import { json, runCli } from "../helpers/cli.js";
import { validRecord } from "../helpers/record-arbitrary.js";
import { tempHome } from "../helpers/temp-home.js";

type Generated = fc.Arbitrary<Record<string, unknown>>;

/** A generated record whose start exists in its zone, with its end written as an instant. */
const importable = (validRecord as Generated)
  .filter((r) => resolveWallTime(String(r.start), String(r.timeZone)).ok)
  .map(({ durationMinutes, ...record }): Record<string, unknown> & { end: string } => {
    const start = DateTime.fromISO(String(record.start), { zone: String(record.timeZone) });
    return { ...record, end: start.plus({ minutes: Number(durationMinutes) }).toISO() ?? "" };
  });

describe("import properties", () => {
  it("any valid record round-trips import → interviews --json with the same instants", async () => {
    await fc.assert(
      fc.asyncProperty(importable, async (record) => {
        const home = tempHome();
        const file = join(home, "record.json");
        writeFileSync(file, JSON.stringify(record));
        const imported = await runCli(["import", file], { home });
        const resolved = resolveWallTime(String(record.start), String(record.timeZone));
        // A start the clocks repeat is kept (the earlier one) with a note; any other start is silent.
        if (resolved.ok && resolved.value.ambiguous)
          expect(imported.stderr).toMatch(/happens twice in .*the earlier one was used/);
        else expect(imported.stderr).toBe("");
        expect(imported.code).toBe(0);
        const [listed] = json<Array<{ start: string; end: string; timeZone: string }>>(
          await runCli(["interviews", "--json"], { home }),
        );
        if (!resolved.ok) throw new Error("the generator only makes starts that exist");
        expect(DateTime.fromISO(listed!.start).toMillis()).toBe(resolved.value.at.toMillis());
        expect(DateTime.fromISO(listed!.end).toMillis()).toBe(
          DateTime.fromISO(record.end).toMillis(),
        );
        expect(listed!.timeZone).toBe(record.timeZone);
      }),
      {
        numRuns: 40,
        // Always try a start in the hour the clocks repeat, not only when the generator finds one.
        examples: [
          [
            {
              company: "Na",
              position: "Na",
              start: "2024-11-03T01:00",
              timeZone: "America/Chicago",
              interviewers: [{ name: "Na" }],
              end: "2024-11-03T01:15:00.000-06:00",
            },
          ],
        ],
      },
    );
  });

  /** A wrong value for each kind of field: [path in the record, wrong value]. */
  const corruptions = (record: Record<string, unknown>): Array<[string, unknown]> => {
    const list: Array<[string, unknown]> = [
      ["company", 17],
      ["position", ""],
      ["stage", "lunch"],
      ["start", "whenever"],
      ["timeZone", "Atlantis/Capital"],
      ["interviewers", "Dana"],
      ["interviewers[0].name", true],
      ["interviewers[0].email", "not-an-address"],
      ["decisionBy", "2026-14-40"],
      ["format", "telepathy"],
      ["concerns", [{ response: "only an answer" }]],
      ["promised", [{ what: "slides", url: "javascript:alert(1)" }]],
    ];
    return list.filter(
      ([path]) => !path.startsWith("interviewers[0]") || Array.isArray(record.interviewers),
    );
  };

  function corrupt(record: Record<string, unknown>, path: string, value: unknown) {
    const copy = structuredClone(record);
    const nested = /^interviewers\[0\]\.(\w+)$/.exec(path);
    if (nested) (copy.interviewers as Record<string, unknown>[])[0]![nested[1]!] = value;
    else copy[path] = value;
    return copy;
  }

  it("any single-field corruption of a valid record is refused, naming that field, writing nothing", async () => {
    await fc.assert(
      fc.asyncProperty(importable, fc.nat(), async (record, pick) => {
        const options = corruptions(record);
        const [path, value] = options[pick % options.length]!;
        const home = tempHome();
        const file = join(home, "record.json");
        writeFileSync(file, JSON.stringify(corrupt(record, path, value)));
        const result = await runCli(["import", file, "--json"], { home });
        expect(result.code).toBe(1);
        const [outcome] = json<Array<{ errors: { path: string }[]; created: number[] }>>(result);
        const named = outcome!.errors.map((e) => e.path);
        expect(
          named.some((p) => p === path || p.startsWith(`${path}[`) || p.startsWith(`${path}.`)),
        ).toBe(true);
        expect(json<unknown[]>(await runCli(["interviews", "--json"], { home }))).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });
});
