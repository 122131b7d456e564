import { describe, expect, it } from "vitest";
import { loadReplyCorpus } from "../../../bench/replies/corpus.js";
import { classifyMail } from "../../../src/core/reply/classify.js";
import { DECISION_KINDS } from "../../../src/core/reply/decision-kind.js";
import { suggestDecision } from "../../../src/core/reply/suggest.js";
import { readReceived } from "../../../src/mail/read-received.js";

const corpus = await Promise.all(
  loadReplyCorpus().map(async (message) => {
    const mail = await readReceived(message.raw);
    const classification = classifyMail(mail);
    return { ...message, classification, suggestion: suggestDecision(mail, classification) };
  }),
);

describe("the reply corpus (`npm run bench -- replies` prints precision and recall)", () => {
  it.each(corpus.filter((m) => m.expected === "bounce" || m.expected === "auto-reply"))(
    "never takes $name for a person's reply",
    ({ expected, classification, suggestion }) => {
      expect(classification.kind).not.toBe("human");
      expect(["reply", "request"]).not.toContain(suggestion.kind);
      if (expected === "bounce") expect(suggestion.kind).toBe("bounce");
    },
  );

  it("finds every kind in nine messages out of ten or better", () => {
    for (const kind of DECISION_KINDS) {
      const ofKind = corpus.filter((m) => m.expected === kind);
      const found = ofKind.filter((m) => m.suggestion.kind === kind);
      expect(ofKind.length, kind).toBeGreaterThan(0);
      expect(found.length / ofKind.length, kind).toBeGreaterThanOrEqual(0.9);
    }
  });
});
