import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { distantDateWarning } from "../../../src/core/record/distant-date.js";

const now = DateTime.fromISO("2026-12-05T12:00:00Z");

describe("an interview dated far from today", () => {
  it("is named, with the year to check, a year back or months ahead", () => {
    expect(distantDateWarning("2025-12-05T14:00:00-06:00", "America/Chicago", now)).toBe(
      "The interview is dated 5 December 2025, 12 months ago: if that is not right, correct the year; the plan is worked out from that date.",
    );
    expect(distantDateWarning("2027-06-01T09:00:00+01:00", "Europe/London", now)).toMatch(
      /1 June 2027, 6 months from now/,
    );
  });

  it("says nothing of an interview near today, before or after", () => {
    expect(distantDateWarning("2026-11-30T10:00:00Z", "UTC", now)).toBeNull();
    expect(distantDateWarning("2027-01-20T10:00:00Z", "UTC", now)).toBeNull();
  });
});
