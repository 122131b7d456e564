import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { repairLines } from "../../src/calendar/line-repair.js";

function repaired(lines: string[]) {
  const result = repairLines(lines);
  return { ...result, lines: result.text.trimEnd().split("\r\n") };
}

describe("repairLines", () => {
  it("wraps events without a VCALENDAR and closes what the file left open", () => {
    const result = repaired(["BEGIN:VEVENT", "UID:a", "BEGIN:VEVENT", "UID:b"]);
    expect(result.lines).toEqual([
      "BEGIN:VCALENDAR",
      "BEGIN:VEVENT",
      "UID:a",
      "END:VEVENT",
      "BEGIN:VEVENT",
      "UID:b",
      "END:VEVENT",
      "END:VCALENDAR",
    ]);
    expect(result.events).toBe(2);
    expect(() => ICAL.parse(result.text)).not.toThrow();
  });

  it("says when a real calendar is cut short, and ignores stray END lines", () => {
    const result = repaired(["BEGIN:VCALENDAR", "END:VTODO", "BEGIN:VEVENT", "END:VEVENT"]);
    expect(result.lines.at(-1)).toBe("END:VCALENDAR");
    expect(result.notes.join(" ")).toMatch(/cut short/);
  });

  it("joins text broken over raw lines, keeping its line breaks and paragraphs", () => {
    const result = repaired([
      "BEGIN:VEVENT",
      "DESCRIPTION:Dear Dana,",
      "",
      "Join Zoom Meeting",
      "https://zoom.us/j/123",
      "Passcode: 42",
      "",
      "SUMMARY:Interview",
      "END:VEVENT",
    ]);
    expect(result.lines).toContain(
      "DESCRIPTION:Dear Dana,\\n\\nJoin Zoom Meeting\\nhttps://zoom.us/j/123\\nPasscode: 42",
    );
    expect(result.lines).toContain("SUMMARY:Interview");
    expect(result.notes.join(" ")).toMatch(/DESCRIPTION went on over lines that were not folded/);
  });

  it("ignores text that follows a property that is not text, and blank lines", () => {
    const result = repaired(["BEGIN:VEVENT", "SEQUENCE:0", "", "some stray words", "END:VEVENT"]);
    expect(result.lines).toEqual([
      "BEGIN:VCALENDAR",
      "BEGIN:VEVENT",
      "SEQUENCE:0",
      "END:VEVENT",
      "END:VCALENDAR",
    ]);
    expect(result.notes.join(" ")).toMatch(/not a calendar property was ignored/);
  });

  it("drops what comes before the calendar, such as mail headers", () => {
    const result = repaired(["From: someone", "Subject: x", "BEGIN:VCALENDAR", "END:VCALENDAR"]);
    expect(result.lines).toEqual(["BEGIN:VCALENDAR", "END:VCALENDAR"]);
  });

  it("mends empty parameters, a value inside TZID quotes, and spaces in a rule", () => {
    const result = repaired([
      "BEGIN:VEVENT",
      "DTSTART;;VALUE=DATE-TIME:20140409T093000",
      'DTEND;TZID="W. Europe Standard Time:20200609T090000"',
      "RRULE:FREQ=DAILY;BYDAY=MO, TU, WE",
      "END:VEVENT",
    ]);
    expect(result.lines).toEqual(
      expect.arrayContaining([
        "DTSTART;VALUE=DATE-TIME:20140409T093000",
        "DTEND;TZID=W. Europe Standard Time:20200609T090000",
        "RRULE:FREQ=DAILY;BYDAY=MO,TU,WE",
      ]),
    );
    expect(() => ICAL.parse(result.text)).not.toThrow();
  });

  it("keeps a semicolon that belongs to a parameter value, quoting it", () => {
    const result = repaired([
      "BEGIN:VEVENT",
      "X-APPLE-STRUCTURED-LOCATION;VALUE=URI;X-TITLE=Main Street 1\\; Linz;X-RADIUS=70:geo:1,2",
      "END:VEVENT",
    ]);
    expect(result.lines).toContain(
      'X-APPLE-STRUCTURED-LOCATION;VALUE=URI;X-TITLE="Main Street 1\\; Linz";X-RADIUS=70:geo:1,2',
    );
  });

  it("reads a file written in lower case", () => {
    const result = repaired([
      "begin:vcalendar",
      "begin:vevent",
      "uid:x",
      "end:vevent",
      "end:vcalendar",
    ]);
    expect(result.events).toBe(1);
    expect(result.lines).toContain("uid:x");
  });
});
