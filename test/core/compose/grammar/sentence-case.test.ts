import { describe, expect, it } from "vitest";
import { capitaliseSentenceStart } from "../../../../src/core/compose/grammar/sentence-case.js";

describe("capitaliseSentenceStart", () => {
  it.each([
    ["since we spoke I have ported it.", "Since we spoke I have ported it."],
    ["Already capitalised.", "Already capitalised."],
    ["iOS work is where I started.", "iOS work is where I started."],
    ["eBay taught me a lot.", "eBay taught me a lot."],
    ['"quoted" start.', '"Quoted" start.'],
    ["élan matters.", "Élan matters."],
    ["42 services moved.", "42 services moved."],
    ["", ""],
  ])("%j becomes %j", (text, expected) => {
    expect(capitaliseSentenceStart(text)).toBe(expected);
  });
});
