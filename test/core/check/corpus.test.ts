import { describe, expect, it } from "vitest";
import { loadNotes } from "../../../bench/check/corpus.js";
import { runRules } from "../../../src/core/check/index.js";

/** Findings only the engines produce: the rules-only run cannot be held to them. */
const ENGINE_CODES = /^(?:spelling|grammar\.)/;

describe("the labelled corpus, with our rules alone", () => {
  it.each(loadNotes("good").map((note) => [note.name, note] as const))(
    "stays quiet on the good note %s",
    (_name, note) => {
      expect(runRules(note.text, note.context)).toEqual([]);
    },
  );

  it.each(loadNotes("bad").map((note) => [note.name, note] as const))(
    "fires what the bad note %s is labelled with",
    (_name, note) => {
      const fired = new Set(runRules(note.text, note.context).map((finding) => finding.rule));
      const expected = note.expect.filter((code) => !ENGINE_CODES.test(code));
      expect(expected.filter((code) => !fired.has(code))).toEqual([]);
    },
  );
});
