import { describe, expect, it } from "vitest";
import { letterSentences } from "../../src/core/letter-sentences.js";

const BODY =
  "Dear Dr. Okafor,\n\nThank you for today. I enjoyed it.\n\nBest regards,\nJordan Rivera\njordan@example.com";

describe("a letter's sentences", () => {
  it("leaves out the greeting, the closing and the signature when there is no provenance", () => {
    expect(letterSentences(BODY)).toEqual(["Thank you for today.", "I enjoyed it."]);
  });

  it("takes the composer's sentences whole and cuts the candidate's own text around them", () => {
    const start = BODY.indexOf("Thank");
    const composed = "Thank you for today.";
    const provenance = [
      { start: 0, end: "Dear Dr. Okafor,".length, slot: "greeting" as const, sources: [] },
      { start, end: start + composed.length, slot: "opening-thanks" as const, sources: [] },
    ];
    expect(letterSentences(BODY, provenance)).toEqual([composed, "I enjoyed it."]);
  });
});
