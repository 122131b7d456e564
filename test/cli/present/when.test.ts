import { describe, expect, it } from "vitest";
import { timeSpan } from "../../../src/cli/present/when.js";

describe("timeSpan", () => {
  it("names the zone once for a span within one offset", () => {
    expect(
      timeSpan("2026-11-20T14:00:00-06:00", "2026-11-20T15:30:00-06:00", "America/Chicago"),
    ).toBe("Fri 20 Nov 2026, 14:00–15:30 CST");
  });

  it("gives the end's day when it falls on another", () => {
    expect(
      timeSpan("2026-11-20T23:30:00-06:00", "2026-11-21T00:30:00-06:00", "America/Chicago"),
    ).toBe("Fri 20 Nov 2026, 23:30–Sat 21 Nov, 00:30 CST");
  });

  it("names each end's offset across the clocks going back, so the span never reads backwards", () => {
    expect(
      timeSpan("2026-11-01T01:45:00-05:00", "2026-11-01T01:15:00-06:00", "America/Chicago"),
    ).toBe("Sun 1 Nov 2026, 01:45 CDT–01:15 CST");
  });
});
