import { describe, expect, it } from "vitest";
import { isPluralPhrase } from "../../../src/core/language/nlp.js";

describe("whether a phrase names more than one thing", () => {
  it.each([
    ["the screens", true],
    ["the notes on my test", true],
    ["my portfolio of drawings", false],
    // The head comes before a clause about it.
    ["some catalogue entries I wrote at taunton", true],
    ["the photos you asked for", true],
    ["the plan that I wrote", false],
    ["the report which covers the drains", false],
  ])("%s: %s", (phrase, plural) => {
    expect(isPluralPhrase(phrase)).toBe(plural);
  });
});
