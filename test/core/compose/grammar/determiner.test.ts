import { describe, expect, it } from "vitest";
import { withDeterminer } from "../../../../src/core/compose/grammar/determiner.js";

describe("withDeterminer", () => {
  it.each([
    ["caching programme sample", "the caching programme sample"],
    ["references", "the references"],
    ["Kafka migration write-up", "the Kafka migration write-up"],
    ["slides from my talk on triage", "the slides from my talk on triage"],
    ["onboarding checklist", "the onboarding checklist"],
  ])("gives a bare noun phrase “the”: %s", (phrase, expected) => {
    expect(withDeterminer(phrase)).toBe(expected);
  });

  it.each([
    "my portfolio",
    "a copy of the handout",
    "an outline of the plan",
    "the deck",
    "two references",
    "3 work samples",
    "Dana's checklist",
    "this week's numbers",
    "some notes on the audit",
    "copies of my CPD certs",
    "photos of my balayage work",
    "GitHub",
    "walking you through the prototype",
    "explaining how the rota works",
    "",
  ])("leaves a phrase that already says which or how many: %s", (phrase) => {
    expect(withDeterminer(phrase)).toBe(phrase);
  });
});

describe("a field or a practice", () => {
  it.each(["antibiotic stewardship", "compliance", "data analytics"])(
    "takes no “the”: %s",
    (phrase) => {
      expect(withDeterminer(phrase)).toBe(phrase);
    },
  );
});
