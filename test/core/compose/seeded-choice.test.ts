import { describe, expect, it } from "vitest";
import { fnv1a, SeededChoice } from "../../../src/core/compose/seeded-choice.js";

describe("SeededChoice", () => {
  it("picks the same phrasing for the same seed and slot", () => {
    const options = ["a", "b", "c", "d", "e"];
    expect(new SeededChoice("1|dana").pick("x", options)).toBe(
      new SeededChoice("1|dana").pick("x", options),
    );
  });

  it("spreads seeds over the phrasings", () => {
    const seen = new Set(
      Array.from({ length: 50 }, (_, i) => new SeededChoice(`s${i}`).pick("x", [0, 1, 2, 3])),
    );
    expect(seen.size).toBe(4);
  });

  it("hashes as FNV-1a does", () => {
    expect(fnv1a("")).toBe(0x811c9dc5);
    expect(fnv1a("a")).toBe(0xe40c292c);
  });
});
