import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { DEFAULT_WORKING_HOURS } from "../../../src/core/record/profile.js";
import {
  firstMomentWithin,
  isWithinHours,
  workingDaysAfter,
} from "../../../src/core/plan/working-hours.js";

const ZONE = "America/Chicago";
const t = (text: string) => DateTime.fromISO(text, { zone: ZONE });
const iso = (at: DateTime | null) => at?.toISO({ suppressMilliseconds: true }) ?? null;

describe("working hours", () => {
  it("counts the opening minute in and the closing minute out", () => {
    expect(isWithinHours(t("2026-11-20T08:00"), DEFAULT_WORKING_HOURS, ZONE)).toBe(true);
    expect(isWithinHours(t("2026-11-20T17:59"), DEFAULT_WORKING_HOURS, ZONE)).toBe(true);
    expect(isWithinHours(t("2026-11-20T18:00"), DEFAULT_WORKING_HOURS, ZONE)).toBe(false);
    expect(isWithinHours(t("2026-11-21T10:00"), DEFAULT_WORKING_HOURS, ZONE)).toBe(false);
  });

  it("judges a moment by the clock in the recipient's zone", () => {
    const tokyoMorning = DateTime.fromISO("2026-11-18T10:00", { zone: "Asia/Tokyo" });
    expect(isWithinHours(tokyoMorning.setZone(ZONE), DEFAULT_WORKING_HOURS, "Asia/Tokyo")).toBe(
      true,
    );
    expect(isWithinHours(tokyoMorning, DEFAULT_WORKING_HOURS, ZONE)).toBe(false);
  });

  it.each([
    [
      "inside hours: the moment itself",
      "2026-11-20T10:15",
      "2026-11-21T10:15",
      "2026-11-20T10:15:00-06:00",
    ],
    [
      "before opening: the opening",
      "2026-11-20T06:00",
      "2026-11-21T06:00",
      "2026-11-20T08:00:00-06:00",
    ],
    [
      "after closing: the next working morning",
      "2026-11-19T19:00",
      "2026-11-20T19:00",
      "2026-11-20T08:00:00-06:00",
    ],
    ["over a weekend: none before the end", "2026-11-20T19:00", "2026-11-21T19:00", null],
    ["never at the end of the window itself", "2026-11-20T19:00", "2026-11-23T08:00", null],
  ])("%s", (_name, from, until, expected) => {
    expect(iso(firstMomentWithin(t(from), t(until), DEFAULT_WORKING_HOURS, ZONE))).toBe(expected);
  });

  it("counts working days after a date, skipping the weekend", () => {
    expect(iso(workingDaysAfter(t("2026-12-04"), 2, DEFAULT_WORKING_HOURS, "09:00"))).toBe(
      "2026-12-08T09:00:00-06:00",
    );
    expect(iso(workingDaysAfter(t("2026-12-05"), 2, DEFAULT_WORKING_HOURS, "09:00"))).toBe(
      "2026-12-08T09:00:00-06:00",
    );
    expect(iso(workingDaysAfter(t("2026-12-01"), 2, DEFAULT_WORKING_HOURS, "09:00"))).toBe(
      "2026-12-03T09:00:00-06:00",
    );
  });
});
