import { describe, expect, it } from "vitest";
import {
  endSentence,
  joinAtBoundary,
  stripTrailingPunctuation,
  tidySpaces,
} from "../../../../src/core/compose/grammar/punctuation.js";

describe("punctuation", () => {
  it.each([
    ["the roadmap.", "the roadmap"],
    ["SLOs;", "SLOs"],
    ["hiring plans...", "hiring plans"],
    ["hiring plans…", "hiring plans"],
    ["growth!", "growth"],
    ["Acme Inc.", "Acme Inc."],
    ["tools, libraries, etc.", "tools, libraries, etc."],
    ["plain", "plain"],
  ])("strips the end of %j to %j", (phrase, expected) => {
    expect(stripTrailingPunctuation(phrase)).toBe(expected);
  });

  it.each([
    ["I did", "I did."],
    ["I did.", "I did."],
    ["Did I?", "Did I?"],
    ['He said "yes."', 'He said "yes."'],
    ["A list:", "A list."],
    ["Trailing comma,", "Trailing comma."],
  ])("ends %j as %j", (text, expected) => {
    expect(endSentence(text)).toBe(expected);
  });

  it.each([
    ["about etc.", ".", "about etc."],
    ['the question "How?"', ".", 'the question "How?"'],
    ["Acme Inc.", ", and", "Acme Inc., and"],
    ["Ready?", ", then", "Ready? then"],
    ["the roadmap", ".", "the roadmap."],
    ["wait...", ".", "wait..."],
  ])("joins %j and %j without doubling", (left, right, expected) => {
    expect(joinAtBoundary(left, right)).toBe(expected);
  });

  it("tidies spaces but keeps line breaks", () => {
    expect(tidySpaces("  a   b \n\t c  ")).toBe("a b\nc");
  });
});
