import { describe, expect, it } from "vitest";
import { sentenceKey, sentenceSpans, splitSentences } from "../../src/core/sentences.js";

describe("sentences", () => {
  it("cuts at stops, blank lines and list items, not after a title or an abbreviation", () => {
    expect(
      splitSentences(
        'I spoke with Dr. Okafor about e.g. Kafka. She said "Soon." Was it fair?\n\nMore later!\n- one item\n- another',
      ),
    ).toEqual([
      "I spoke with Dr. Okafor about e.g. Kafka.",
      'She said "Soon."',
      "Was it fair?",
      "More later!",
      "- one item",
      "- another",
    ]);
  });

  it("keeps an aside closed by an ellipsis in its sentence", () => {
    expect(
      splitSentences(
        "I had nine internal clients (product, retail, events...) all wanting things. Fine.",
      ),
    ).toEqual([
      "I had nine internal clients (product, retail, events...) all wanting things.",
      "Fine.",
    ]);
  });

  it("gives offsets into the whole text when asked for a stretch of it", () => {
    const text = "Hi Dana,\n\nThank you. It helped.\n\nBest,\nJordan";
    const from = text.indexOf("Thank");
    const to = text.indexOf("Best");
    expect(sentenceSpans(text, from, to).map((s) => text.slice(s.start, s.end))).toEqual([
      "Thank you.",
      "It helped.",
    ]);
  });

  it("compares sentences without regard to case, spacing, quotes or the closing stop", () => {
    expect(sentenceKey("It was a  pleasure to talk about “your” team’s plans.")).toBe(
      sentenceKey('it was a pleasure to talk about "your" team\'s plans'),
    );
    expect(sentenceKey("Thank you.")).not.toBe(sentenceKey("Thank you for your time."));
  });
});
