import { describe, expect, it } from "vitest";
import { proofreadingOf } from "../../src/cli/early-start.js";

const willProofread = (argv: string[]) => proofreadingOf(argv) !== null;

describe("which command lines start the grammar engine first", () => {
  it("starts it for a check and for drafting, wherever the global options stand", () => {
    expect(willProofread(["check", "note.txt"])).toBe(true);
    expect(willProofread(["--home", "/tmp/x", "--json", "check", "-"])).toBe(true);
    expect(willProofread(["check", "--draft", "4"])).toBe(true);
    expect(willProofread(["--now", "2026-11-20T16:00Z", "draft", "1", "--kind", "thank-you"])).toBe(
      true,
    );
  });

  it("builds the dictionary early for a note the candidate wrote, not for a draft", () => {
    expect(proofreadingOf(["check", "note.txt"])).toEqual({ dictionary: true });
    expect(proofreadingOf(["draft", "1"])).toEqual({ dictionary: false });
  });

  it("leaves it alone where the command never needs it", () => {
    expect(willProofread(["check", "note.txt", "--quick"])).toBe(false);
    expect(willProofread(["check", "--rules"])).toBe(false);
    expect(willProofread(["check", "--help"])).toBe(false);
    expect(willProofread(["draft", "show", "3"])).toBe(false);
    expect(willProofread(["drafts"])).toBe(false);
    expect(willProofread(["agenda"])).toBe(false);
    expect(willProofread(["--home", "check"])).toBe(false);
    expect(willProofread([])).toBe(false);
  });
});
