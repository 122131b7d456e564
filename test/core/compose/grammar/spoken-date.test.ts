import { describe, expect, it } from "vitest";
import { spokenCalendarDate, spokenDay } from "../../../../src/core/compose/grammar/spoken-date.js";

describe("dates", () => {
  it("writes the interview's day in its own zone, in the reader's order", () => {
    expect(spokenDay("2026-11-20T23:30:00-06:00", "America/Chicago")).toBe("Friday, November 20");
    expect(spokenDay("2026-11-21T05:30:00Z", "Europe/London")).toBe("Saturday 21 November");
    expect(spokenDay("2026-11-20T23:30:00-06:00", "Asia/Tokyo")).toBe("Saturday 21 November");
  });

  it("writes a decision date", () => {
    expect(spokenCalendarDate("2026-12-01", "America/New_York")).toBe("December 1");
    expect(spokenCalendarDate("2026-12-01", "Europe/Berlin")).toBe("1 December");
  });
});
