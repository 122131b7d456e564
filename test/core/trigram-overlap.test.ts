import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { panelOverlap, trigramJaccard } from "../../src/core/trigram-overlap.js";

describe("trigram overlap", () => {
  it("is 1 for the same text and 0 for texts with nothing in common", () => {
    expect(trigramJaccard("one two three four", "One two three four.")).toBe(1);
    expect(trigramJaccard("one two three", "four five six")).toBe(0);
  });

  it("is shared trigrams over all distinct trigrams", () => {
    // {a b c, b c d} and {b c d, c d e}: one shared of three.
    expect(trigramJaccard("a b c d", "b c d e")).toBeCloseTo(1 / 3);
  });

  it("reads the stricter way of cutting words too", () => {
    expect(panelOverlap("the team's work here", "the team s work here")).toBe(1);
  });

  it("is symmetric, between 0 and 1, and 1 for a text with itself, both ways of cutting words", () => {
    const text = fc
      .array(fc.constantFrom("the", "team", "team's", "kafka", "plan", "data", "late"), {
        minLength: 3,
        maxLength: 30,
      })
      .map((w) => w.join(" "));
    fc.assert(
      fc.property(text, text, (a, b) => {
        for (const measure of [trigramJaccard, panelOverlap]) {
          const ab = measure(a, b);
          expect(ab).toBe(measure(b, a));
          expect(ab).toBeGreaterThanOrEqual(0);
          expect(ab).toBeLessThanOrEqual(1);
          expect(measure(a, a)).toBe(1);
        }
        expect(panelOverlap(a, b)).toBeGreaterThanOrEqual(trigramJaccard(a, b));
      }),
    );
  });
});
