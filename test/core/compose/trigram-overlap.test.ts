import { describe, expect, it } from "vitest";
import { panelOverlap, trigramJaccard } from "../../../src/core/compose/trigram-overlap.js";

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
});
