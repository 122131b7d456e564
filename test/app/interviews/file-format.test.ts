import { describe, expect, it } from "vitest";
import { detectFormat, formatOfExtension } from "../../../src/app/interviews/file-format.js";

const detect = (text: string) => detectFormat(new TextEncoder().encode(text));

describe("what a file holds", () => {
  it("is told by its extension, whatever its case", () => {
    expect(formatOfExtension(".ICS")).toBe("ics");
    expect(formatOfExtension(".eml")).toBe("eml");
    expect(formatOfExtension(".yml")).toBe("yaml");
    expect(formatOfExtension(".msg")).toBeNull();
  });

  it("is told by its content on standard input", () => {
    expect(detect("\uFEFF\r\nBEGIN:VCALENDAR\r\nEND:VCALENDAR")).toBe("ics");
    expect(detect("BEGIN:VEVENT\r\nEND:VEVENT")).toBe("ics");
    expect(detect("Received: from x\r\nFrom: a@b.example\r\nSubject: Invitation\r\n\r\nbody")).toBe(
      "eml",
    );
    expect(detect('{"company": "Acme"}')).toBe("json");
    expect(detect("company: Acme\nposition: Engineer\nstart: 2026-11-20T14:00\n")).toBe("yaml");
  });
});
