import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadNotes } from "../../../bench/check/corpus.js";
import { runRules } from "../../../src/core/check/index.js";
import { readWords, tokensOf } from "../../../src/core/check/tokens.js";

const CORPUS = [...loadNotes("good"), ...loadNotes("bad")];
const NOTES = CORPUS.map((note) => note.text);

/**
 * What a keystroke, a paste or a cut does to a note, with the characters where words begin and
 * end: apostrophes straight and curly, an accent as a combining mark, a letter outside the basic
 * plane, digits, stops and line breaks.
 */
const edit = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  remove: fc.nat({ max: 12 }),
  insert: fc
    .array(
      fc.constantFrom(..."ab Zé'’\u0301𝒜9.,-\n".split(/(?:)/u), "don't", "I’ll", "  ", "\n\n"),
      { maxLength: 6 },
    )
    .map((parts) => parts.join("")),
});

function applied(
  text: string,
  { at, remove, insert }: { at: number; remove: number; insert: string },
) {
  const from = Math.floor(at * text.length);
  return text.slice(0, from) + insert + text.slice(from + remove);
}

describe("the words of a note as it is edited", () => {
  it("read around each edit are the words of the whole note read again", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...NOTES),
        fc.array(edit, { minLength: 1, maxLength: 25 }),
        (note, edits) => {
          let text = note;
          tokensOf(text);
          for (const change of edits) {
            text = applied(text, change);
            expect(tokensOf(text)).toEqual(readWords(text));
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it("a note typed a key at a time is read as a whole note is", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...NOTES),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.string({ unit: fc.constantFrom(..."ab 'é.\n’".split("")), maxLength: 30 }),
        (note, at, typed) => {
          const from = Math.floor(at * note.length);
          tokensOf(note);
          for (let i = 1; i <= typed.length; i++) {
            const text = note.slice(0, from) + typed.slice(0, i) + note.slice(from);
            expect(tokensOf(text)).toEqual(readWords(text));
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it("give our rules the findings they give on the note read afresh", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...CORPUS),
        fc.array(edit, { minLength: 1, maxLength: 8 }),
        ({ text: note, context }, edits) => {
          let text = note;
          runRules(text, context);
          for (const change of edits) {
            text = applied(text, change);
            const edited = runRules(text, context);
            // Texts that share nothing with the note push its readings out: it is read afresh.
            for (let i = 0; i < 10; i++) tokensOf(`${i}`);
            expect(edited).toEqual(runRules(text, context));
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});
