import { describe, expect, it } from "vitest";
import { fitsLinkedIn, linkedInLength } from "../../../src/core/compose/linkedin-length.js";

describe("LinkedIn length", () => {
  it("counts an accented letter once however it was typed", () => {
    expect(linkedInLength("Zoë")).toBe(3);
    expect(linkedInLength("Zoe\u0308")).toBe(3);
  });

  it("counts each code point of an emoji", () => {
    expect(linkedInLength("🚀")).toBe(1);
    expect(linkedInLength("👩‍💻")).toBe(3);
  });

  it("holds a note to its limit in characters, and in UTF-16 units", () => {
    expect(fitsLinkedIn("a".repeat(300), 300)).toBe(true);
    expect(fitsLinkedIn("a".repeat(301), 300)).toBe(false);
    expect(fitsLinkedIn("🚀".repeat(151), 300)).toBe(false);
    expect(fitsLinkedIn("🚀".repeat(150), 300)).toBe(true);
    expect(fitsLinkedIn("a".repeat(200), 200)).toBe(true);
    expect(fitsLinkedIn("a".repeat(201), 200)).toBe(false);
  });
});
