import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { readTypedTime } from "../../../src/core/time/typed-time.js";
import { zoneSuggestion } from "../../../src/core/time/zone.js";

// Friday 4 December 2026, 18:00 in New York.
const NOW = DateTime.fromISO("2026-12-04T23:00:00Z");
const ZONE = "America/New_York";

function read(text: string, zone = ZONE) {
  const result = readTypedTime(text, zone, NOW);
  if (!result.ok) throw new Error(result.errors[0]);
  return { at: result.value.at.toUTC().toISO(), understood: result.value.understood };
}

describe("times as people type them", () => {
  it.each([
    ["today 14:00", "2026-12-04T19:00:00.000Z", "Fri 4 Dec 2026, 14:00 (America/New_York)"],
    ["tomorrow 9am", "2026-12-05T14:00:00.000Z", "Sat 5 Dec 2026, 09:00 (America/New_York)"],
    ["1:00 PM", "2026-12-04T18:00:00.000Z", "Fri 4 Dec 2026, 13:00 (America/New_York)"],
    ["Dec 4 4:45pm", "2026-12-04T21:45:00.000Z", "Fri 4 Dec 2026, 16:45 (America/New_York)"],
    ["2026-12-04 1pm", "2026-12-04T18:00:00.000Z", "Fri 4 Dec 2026, 13:00 (America/New_York)"],
  ])("reads %s in the profile's zone and says how", (text, at, understood) => {
    expect(read(text)).toEqual({ at, understood });
  });

  it("reads the day in the profile's zone, not the machine's or UTC's", () => {
    // 23:00 UTC is already Saturday in Tokyo: "today" there is the 5th.
    expect(read("today 14:00", "Asia/Tokyo").at).toBe("2026-12-05T05:00:00.000Z");
  });

  it("takes exact times as before, without echoing them", () => {
    expect(read("2026-11-21T09:30")).toEqual({ at: "2026-11-21T14:30:00.000Z", understood: null });
    expect(read("2026-11-21T14:30Z")).toEqual({ at: "2026-11-21T14:30:00.000Z", understood: null });
  });

  it("honours a zone written in the text", () => {
    expect(read("tomorrow 9am PST").at).toBe("2026-12-05T17:00:00.000Z");
  });

  it("refuses a day without a time, and words that are not a time", () => {
    const noHour = readTypedTime("tomorrow", ZONE, NOW);
    expect(noHour.ok ? null : noHour.errors[0]).toContain("has no time of day");
    const junk = readTypedTime("tomorrow 9am or so, maybe", ZONE, NOW);
    expect(junk.ok ? null : junk.errors[0]).toContain("is not a time");
    expect(readTypedTime("soon", ZONE, NOW).ok).toBe(false);
  });

  it("refuses a time the clocks skip", () => {
    const result = readTypedTime("2027-03-14 2:30am", ZONE, NOW);
    expect(result.ok ? null : result.errors[0]).toContain("does not exist in America/New_York");
  });
});

describe("time zones by city or abbreviation", () => {
  it.each([
    ["Boston", "America/New_York"],
    ["EST", "America/New_York"],
    ["CET", "Europe/Paris"],
    ["new york", "America/New_York"],
    ["Paris", "Europe/Paris"],
    ["San Francisco", "America/Los_Angeles"],
  ])("suggests the IANA zone meant by %s", (name, zone) => {
    expect(zoneSuggestion(name)).toBe(zone);
  });

  it("suggests nothing for what names no place", () => {
    expect(zoneSuggestion("nowhere in particular")).toBeNull();
  });
});
