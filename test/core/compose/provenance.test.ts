import { describe, expect, it } from "vitest";
import { relocateProvenance } from "../../../src/core/compose/provenance.js";

describe("relocateProvenance", () => {
  const before = "Dear Dana,\n\nI enjoyed the Kafka talk. I am keen.";
  const entries = [
    { start: 0, end: 10, slot: "greeting" as const, sources: ["interviewers[0].name"] },
    {
      start: 12,
      end: 36,
      slot: "specific-point" as const,
      sources: ["interviewers[0].discussed[0]"],
    },
    { start: 37, end: 49, slot: "interest" as const, sources: [] },
  ];

  it("follows sentences the candidate kept to their new place and drops the ones they rewrote", () => {
    const after = "Hi Dana,\n\nThanks again! I enjoyed the Kafka talk. I am very keen.";
    const moved = relocateProvenance(before, entries, after);
    expect(moved).toEqual([
      { start: 25, end: 49, slot: "specific-point", sources: ["interviewers[0].discussed[0]"] },
    ]);
    expect(after.slice(25, 49)).toBe("I enjoyed the Kafka talk.");
  });
});
