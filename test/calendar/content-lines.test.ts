import { describe, expect, it } from "vitest";
import { contentLines } from "../../src/calendar/content-lines.js";

const bytes = (...parts: (string | number[])[]) =>
  Uint8Array.from(
    parts.flatMap((part) =>
      typeof part === "string" ? [...new TextEncoder().encode(part)] : part,
    ),
  );

describe("contentLines", () => {
  it("splits on CRLF, LF and a lone CR alike", () => {
    expect(contentLines(bytes("A:1\r\nB:2\nC:3\rD:4")).lines).toEqual(["A:1", "B:2", "C:3", "D:4"]);
  });

  it("joins lines folded with a space or a TAB, dropping only that one character", () => {
    expect(contentLines(bytes("SUMMARY:Sen\r\n ior\r\n\t  Engineer\r\n")).lines).toEqual([
      "SUMMARY:Senior  Engineer",
    ]);
  });

  it("undoes folds before decoding, so folds inside UTF-8 sequences keep the characters", () => {
    const euro = [0xe2, 0x82, 0xac];
    const rocket = [0xf0, 0x9f, 0x9a, 0x80];
    const folded = bytes(
      "SUMMARY:",
      euro.slice(0, 1),
      "\r\n ",
      euro.slice(1),
      rocket.slice(0, 3),
      "\n\t",
      rocket.slice(3),
    );
    const read = contentLines(folded);
    expect(read.lines).toEqual(["SUMMARY:€🚀"]);
    expect(read.invalidBytes).toBe(false);
  });

  it("drops a UTF-8 byte order mark and reads UTF-16 files", () => {
    expect(contentLines(bytes([0xef, 0xbb, 0xbf], "BEGIN:VCALENDAR")).lines).toEqual([
      "BEGIN:VCALENDAR",
    ]);
    const utf16 = Uint8Array.from([0xff, 0xfe, ...Buffer.from("A:ä\r\n b", "utf16le")]);
    expect(contentLines(utf16).lines).toEqual(["A:äb"]);
  });

  it("replaces invalid bytes and says so, but not for a real replacement character", () => {
    expect(contentLines(bytes("A:x", [0xff], "y")).invalidBytes).toBe(true);
    expect(contentLines(bytes("A:x\uFFFDy")).invalidBytes).toBe(false);
  });

  it("decodes a declared charset, and falls back to UTF-8 for one it does not know", () => {
    expect(contentLines(bytes("A:", [0xe4]), "windows-1252").lines).toEqual(["A:ä"]);
    expect(contentLines(bytes("A:ä"), "x-unknown-charset").lines).toEqual(["A:ä"]);
  });
});
