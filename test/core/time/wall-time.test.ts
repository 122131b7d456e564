import { describe, expect, it } from "vitest";
import { IANAZone } from "luxon";
import {
  endAfter,
  formatInstant,
  resolveWallTime,
  wallInstants,
} from "../../../src/core/time/wall-time.js";

function resolved(text: string, zone: string) {
  const result = resolveWallTime(text, zone);
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.errors)}`);
  return result.value;
}

describe("resolveWallTime", () => {
  it.each([
    ["2026-11-20T14:00", "America/Chicago", "2026-11-20T14:00:00-06:00"],
    ["2026-07-01T09:30", "Europe/London", "2026-07-01T09:30:00+01:00"],
    ["2026-11-20 14:00", "Asia/Tokyo", "2026-11-20T14:00:00+09:00"],
    ["2026-11-20T14:00:30", "UTC", "2026-11-20T14:00:30Z"],
  ])("reads the wall time %s in %s", (text, zone, expected) => {
    expect(formatInstant(resolved(text, zone).at)).toBe(expected);
  });

  it("keeps an instant with an offset as that instant, shown in the zone", () => {
    expect(formatInstant(resolved("2026-11-20T20:00Z", "America/Chicago").at)).toBe(
      "2026-11-20T14:00:00-06:00",
    );
    expect(formatInstant(resolved("2026-11-20T21:00+01:00", "America/Chicago").at)).toBe(
      "2026-11-20T14:00:00-06:00",
    );
  });

  it("refuses a wall time that the spring-forward change skips", () => {
    expect(resolveWallTime("2026-03-08T02:30", "America/Chicago")).toEqual({
      ok: false,
      errors: [{ kind: "nonexistent", text: "2026-03-08T02:30", zone: "America/Chicago" }],
    });
    expect(resolveWallTime("2026-03-29T01:15", "Europe/London").ok).toBe(false);
  });

  it("takes the earlier of two fall-back times and reports the later one", () => {
    const value = resolved("2026-11-01T01:30", "America/Chicago");
    expect(formatInstant(value.at)).toBe("2026-11-01T01:30:00-05:00");
    expect(value.ambiguous && formatInstant(value.ambiguous.later)).toBe(
      "2026-11-01T01:30:00-06:00",
    );
  });

  it("reports nothing ambiguous on an ordinary day", () => {
    expect(resolved("2026-11-02T01:30", "America/Chicago").ambiguous).toBeUndefined();
  });

  it.each(["tomorrow", "2026-13-01T10:00", "2026-11-20", "", "2026-02-30T10:00"])(
    "refuses %j as unreadable",
    (text) => {
      expect(resolveWallTime(text, "UTC")).toMatchObject({
        ok: false,
        errors: [{ kind: "unreadable" }],
      });
    },
  );
});

describe("wallInstants", () => {
  const chicago = IANAZone.create("America/Chicago");
  const offsetAt = (instant: number) => chicago.offset(instant);
  const iso = (instants: number[]) => instants.map((ms) => new Date(ms).toISOString());

  it("finds one instant on an ordinary day, two in the repeated hour and none in the skipped one", () => {
    expect(iso(wallInstants(Date.UTC(2026, 10, 20, 14), offsetAt))).toEqual([
      "2026-11-20T20:00:00.000Z",
    ]);
    expect(iso(wallInstants(Date.UTC(2026, 10, 1, 1, 30), offsetAt))).toEqual([
      "2026-11-01T06:30:00.000Z",
      "2026-11-01T07:30:00.000Z",
    ]);
    expect(wallInstants(Date.UTC(2026, 2, 8, 2, 30), offsetAt)).toEqual([]);
  });
});

describe("endAfter", () => {
  const chicago = (text: string) => resolved(text, "America/Chicago");

  it.each([
    [
      "takes the later of two ends when only it comes after the start",
      "2026-11-01T01:45",
      "2026-11-01T01:15",
      "2026-11-01T01:15:00-06:00",
      false,
    ],
    [
      "keeps the earlier of two ends, still ambiguous, when both come after the start",
      "2026-11-01T00:30",
      "2026-11-01T01:30",
      "2026-11-01T01:30:00-05:00",
      true,
    ],
    [
      "leaves an end before the start alone, for the caller to refuse",
      "2026-11-20T10:00",
      "2026-11-20T09:00",
      "2026-11-20T09:00:00-06:00",
      false,
    ],
  ])("%s", (_, start, end, expected, ambiguous) => {
    const chosen = endAfter(chicago(end), chicago(start).at);
    expect(formatInstant(chosen.at)).toBe(expected);
    expect(chosen.ambiguous !== undefined).toBe(ambiguous);
  });
});
