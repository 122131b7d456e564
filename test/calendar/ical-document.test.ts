import { describe, expect, it } from "vitest";
import { readCalendarDocument } from "../../src/calendar/ical-document.js";

const reason = (text: string | Uint8Array) => {
  const result = readCalendarDocument(typeof text === "string" ? Buffer.from(text) : text);
  return result.ok ? null : result.reason;
};

describe("readCalendarDocument", () => {
  it("says a file is not a calendar at all, and what it looks like instead", () => {
    expect(reason("%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n")).toBe(
      "it is not a calendar file (it is a PDF): export the invite as .ics, or import the invitation e-mail",
    );
    expect(reason(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0]))).toMatch(
      /^it is not a calendar file \(it is a zip archive/,
    );
    expect(reason("Dear Jordan, see you on Tuesday.")).toMatch(/^it is not a calendar file:/);
  });

  it("says a calendar without an event has none", () => {
    expect(reason("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n")).toBe(
      "it holds no calendar event (no BEGIN:VEVENT)",
    );
  });
});
