import { describe, expect, it } from "vitest";
import { ownSentences } from "../../../../src/core/compose/grammar/own-sentence.js";

describe("the candidate's own sentences", () => {
  it("start each sentence with a capital and end with a stop", () => {
    expect(ownSentences("I wired it under my own registration. happy to be paired up")).toBe(
      "I wired it under my own registration. Happy to be paired up.",
    );
  });

  it("leave a word after an abbreviation or inside a figure as typed", () => {
    expect(ownSentences("a card, e.g. find two numbers")).toBe("A card, e.g. find two numbers.");
    expect(ownSentences("it took 3.5 hours")).toBe("It took 3.5 hours.");
  });
});
