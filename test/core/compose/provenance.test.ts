import { describe, expect, it } from "vitest";
import type { ProvenanceEntry } from "../../../src/core/compose/composed-message.js";
import { relocateProvenance } from "../../../src/core/compose/provenance.js";

const at = (text: string, part: string, slot: ProvenanceEntry["slot"], sources: string[]) => {
  const start = text.indexOf(part);
  return { start, end: start + part.length, slot, sources };
};

describe("relocateProvenance", () => {
  const before = "Dear Dana,\n\nI enjoyed the Kafka talk. I am keen.";
  const entries = [
    at(before, "Dear Dana,", "greeting", ["interviewers[0].name"]),
    at(before, "I enjoyed the Kafka talk.", "specific-point", ["interviewers[0].discussed[0]"]),
    at(before, "I am keen.", "interest", []),
  ];

  it("follows sentences the candidate kept to their new place and drops the ones they rewrote", () => {
    const after = "Hi Dana,\n\nThanks again! I enjoyed the Kafka talk. I am very keen.";
    expect(relocateProvenance(before, entries, after)).toEqual([
      at(after, "I enjoyed the Kafka talk.", "specific-point", ["interviewers[0].discussed[0]"]),
    ]);
  });

  it("keeps everything in place when nothing changed", () => {
    expect(relocateProvenance(before, entries, before)).toEqual(entries);
  });
});
