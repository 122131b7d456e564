import { describe, expect, it } from "vitest";
import { possessive } from "../../../../src/core/compose/grammar/possessive.js";

describe("possessive", () => {
  it.each([
    ["Dana", "person", "Dana's"],
    ["James", "person", "James's"],
    ["Inès", "person", "Inès's"],
    ["Acme Robotics", "organisation", "Acme Robotics'"],
    ["Goldman Sachs", "organisation", "Goldman Sachs'"],
    ["Acme", "organisation", "Acme's"],
    ["McDonald's", "organisation", "McDonald's"],
    ["IBM", "organisation", "IBM's"],
    ["O’Reilly", "organisation", "O’Reilly’s"],
  ] as const)("%s (%s) becomes %s", (name, kind, expected) => {
    expect(possessive(name, kind)).toBe(expected);
  });
});
