import { describe, expect, it } from "vitest";
import { ADDITIONAL_INFO } from "../../../src/core/compose/phrases/additional-info.phrases.js";
import { CHECK_IN } from "../../../src/core/compose/phrases/check-in.phrases.js";
import { GREETINGS, SIGN_OFFS } from "../../../src/core/compose/phrases/common.phrases.js";
import { REJECTION_REPLY } from "../../../src/core/compose/phrases/rejection-reply.phrases.js";
import { STATUS_FOLLOW_UP } from "../../../src/core/compose/phrases/status-follow-up.phrases.js";
import {
  THANK_YOU_CARD,
  THANK_YOU_EMAIL,
  THANK_YOU_LINKEDIN,
} from "../../../src/core/compose/phrases/thank-you.phrases.js";
import { fillTemplate, placeholdersOf, type Fact } from "../../../src/core/compose/template.js";
import { PLACEHOLDER } from "../../helpers/message-checks.js";

const BANKS = {
  GREETINGS,
  SIGN_OFFS,
  THANK_YOU_EMAIL,
  THANK_YOU_CARD,
  THANK_YOU_LINKEDIN,
  STATUS_FOLLOW_UP,
  ADDITIONAL_INFO,
  CHECK_IN,
  REJECTION_REPLY,
};

const fact = (text: string): Fact => ({ text, sources: ["x"] });
const FILLS: Record<string, Fact> = {
  name: fact("Dana"),
  company: fact("Acme Robotics"),
  position: fact("Senior Backend Engineer"),
  day: fact("Friday, November 20"),
  interviewKind: fact("onsite interview"),
  candidate: fact("Jordan Rivera"),
  first: fact("Jordan"),
  decisionDate: fact("December 1"),
  point: fact("the Kafka migration"),
  point2: fact("on-call"),
  shared: fact("the demo day"),
  fit: fact("five years of pipelines"),
  impressed: fact("the demo day"),
  concern: fact("my Go experience"),
  question: fact("how I would shard it"),
  what: fact("the write-up"),
  url: { text: "https://example.com/w", sources: ["x"], literal: true },
  list: { text: "- A: https://example.com/a", sources: ["x"], literal: true },
};

const entries = Object.entries(BANKS).flatMap(([bank, slots]) =>
  Object.entries(slots).flatMap(([slot, phrasings]) =>
    (phrasings as readonly string[]).map((phrasing) => ({ bank, slot, phrasing })),
  ),
);

describe("the phrase banks", () => {
  it.each(entries)("$bank.$slot: $phrasing", ({ bank, slot, phrasing }) => {
    for (const name of placeholdersOf(phrasing)) expect(Object.keys(FILLS)).toContain(name);
    const { text } = fillTemplate(phrasing, FILLS);
    expect(text).not.toMatch(PLACEHOLDER);
    expect(text).not.toMatch(/ {2}|\.\.|,\.|\s[,.;:?]/);
    const isLine = bank === "GREETINGS" || bank === "SIGN_OFFS" || slot.startsWith("subject");
    if (!isLine) expect(text).toMatch(/[.?]$|\n/);
    if (slot.startsWith("subject")) expect(text).not.toMatch(/[.]$/);
    expect(text).not.toMatch(/!/);
    expect(text).not.toMatch(/as soon as possible|asap|need an answer/i);
  });

  it("offers more than one phrasing for every slot that a panel note draws on", () => {
    const single = entries.filter(
      (e) => entries.filter((o) => o.bank === e.bank && o.slot === e.slot).length === 1,
    );
    expect(single.map((e) => `${e.bank}.${e.slot}`)).toEqual([
      "GREETINGS.card",
      "THANK_YOU_LINKEDIN.noPoint",
    ]);
  });
});
