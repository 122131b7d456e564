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
  response: { text: "I have used Go for two years.", sources: ["x"], literal: true },
  topic: { text: "production Go", sources: ["x"] },
  gap: { text: "production Go", sources: ["x"] },
  place: { text: "your casual pool", sources: ["x"], literal: true },
  work: { text: "do weekend lockout calls", sources: ["x"], literal: true },
  task: { text: "the weld test", sources: ["x"], literal: true },
  on: { text: "the UIF cap", sources: ["x"], literal: true },
  responseOn: { text: "I have used Go for two years.", sources: ["x"], literal: true },
  who: { text: "the manager at an estate in Assam", sources: ["x"] },
  remedy: { text: "pick a flat spot, four paces in", sources: ["x"] },
  now: { text: "I make sure to bond the rails first", sources: ["x"] },
  question: fact("how I would shard it"),
  what: fact("the write-up"),
  when: { text: "this morning", sources: ["x"], literal: true },
  at: { text: "about the role at Acme Robotics", sources: ["x"], literal: true },
  workplace: { text: "at Acme Robotics", sources: ["x"], literal: true },
  joining: { text: "join you at Acme Robotics", sources: ["x"], literal: true },
  roleAt: {
    text: "the Senior Backend Engineer role at Acme Robotics",
    sources: ["x"],
    literal: true,
  },
  next: fact("you expect to decide by Friday"),
  contact: { text: "early next week", sources: ["x"], literal: true },
  advice: { text: "wiping plates faster", sources: ["x"], literal: true },
  motive: { text: "I want concert and workshop work", sources: ["x"], literal: true },
  stage: { text: "a trial shift", sources: ["x"], literal: true },
  others: { text: "Paul and Mira", sources: ["x"], literal: true },
  chosen: { text: "someone with more CAT experience", sources: ["x"], literal: true },
  praise: { text: "my cold call was the best you heard", sources: ["x"], literal: true },
  opening: { text: "the March intake", sources: ["x"], literal: true },
  touch: { text: "once my registration comes through", sources: ["x"], literal: true },
  kept: { text: "when you add a second van next year", sources: ["x"], literal: true },
  advised: { text: "keep practicing the downstrokes", sources: ["x"], literal: true },
  because: { text: "three gilded windows booked in January", sources: ["x"], literal: true },
  reason: fact("your new Lisbon office"),
  url: { text: "https://example.com/w", sources: ["x"], literal: true },
  list: { text: "- A: https://example.com/a", sources: ["x"], literal: true },
};

/** Every phrasing with its bank and slot; a framed slot ("point.about") or a tone's list ("email.warm") flattened. */
function flatten(value: unknown, path: string): { slot: string; phrasing: string }[] {
  if (Array.isArray(value)) return value.map((phrasing: string) => ({ slot: path, phrasing }));
  return Object.entries(value as Record<string, unknown>).flatMap(([key, inner]) =>
    flatten(inner, path === "" ? key : `${path}.${key}`),
  );
}

const TAG = /^\[([a-z ]+)\]\s*/;
const entries = Object.entries(BANKS).flatMap(([bank, slots]) =>
  flatten(slots, "").map(({ slot, phrasing }) => ({
    bank,
    slot,
    phrasing: phrasing.replace(TAG, ""),
    tones: TAG.exec(phrasing)?.[1]!.split(" ") ?? null,
  })),
);

describe("the phrase banks", () => {
  it.each(entries)("$bank.$slot: $phrasing", ({ bank, slot, phrasing }) => {
    for (const name of placeholdersOf(phrasing)) expect(Object.keys(FILLS)).toContain(name);
    const { text } = fillTemplate(phrasing, {
      ...FILLS,
      point: framedFill(slot, "point"),
      point2: framedFill(slot, "point2"),
      fit: framedFill(slot, "fit"),
      impressed: framedFill(slot, "impressed"),
      concern: framedFill(slot, "concern"),
      question: framedFill(slot, "question"),
    });
    expect(text).not.toMatch(PLACEHOLDER);
    expect(text).not.toMatch(/ {2}|\.\.|,\.|\s[,.;:?]/);
    const isLine = bank === "GREETINGS" || bank === "SIGN_OFFS" || slot.startsWith("subject");
    if (!isLine) expect(text).toMatch(/[.?]["”]?$|\n/);
    if (slot.startsWith("subject")) expect(text).not.toMatch(/[.]$/);
    expect(text).not.toMatch(/!/);
    expect(text).not.toMatch(/as soon as possible|asap|need an answer/i);
  });

  it("offers more than one phrasing for every slot that a panel note draws on", () => {
    const single = entries.filter(
      (e) => entries.filter((o) => o.bank === e.bank && o.slot === e.slot).length === 1,
    );
    // A card and a title open "Dear …", as does a formal note; "Hello," is only for a reader
    // known by an address alone; the candidate's own sentence needs no phrasing around it.
    expect(single.map((e) => `${e.bank}.${e.slot}`)).toEqual([
      "GREETINGS.titled",
      "GREETINGS.formal",
      "GREETINGS.card",
      "GREETINGS.unnamed",
      "THANK_YOU_EMAIL.point.own",
      "THANK_YOU_EMAIL.secondPoint.own",
      "THANK_YOU_EMAIL.fit.own",
      "THANK_YOU_EMAIL.fitBeside.own",
      "THANK_YOU_EMAIL.moreFit.own",
      "THANK_YOU_EMAIL.impressedAlone.own",
    ]);
  });

  it("uses no contraction in a phrasing a formal note may take", () => {
    const formal = entries.filter((e) => e.tones === null || e.tones.includes("formal"));
    for (const e of formal)
      expect(e.phrasing, `${e.bank}.${e.slot}`).not.toMatch(/\w['’](?:d|ll|m|re|ve|t)\b/);
  });

  it("never greets a title with Hi or Hello", () => {
    expect(GREETINGS.titled).toEqual(["Dear {name},"]);
  });

  it("keeps stock filler out", () => {
    for (const e of entries) {
      expect(e.phrasing).not.toMatch(
        /thank you once more|hope to speak with you again soon|something (?:recently )?brought our conversation back/i,
      );
    }
  });
});

/** A piece of the notes as each frame holds it: a phrase after "about", a clause after "that", a sentence on its own. */
function framedFill(slot: string, name: string): Fact {
  if (slot.endsWith(".that")) return fact("the engineers and designers share one backlog");
  if (slot.endsWith(".own")) return fact("I built the payroll system.");
  if (slot.endsWith(".quote")) return fact('"How would you shard it?"');
  return FILLS[name] ?? fact("the Kafka migration");
}
