import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadNotes } from "../../../bench/check/corpus.js";
import {
  RULES,
  readMessage,
  runRules,
  SentenceChecks,
  type CheckContext,
} from "../../../src/core/check/index.js";
import { sentencesOf } from "../../../src/core/check/sentence-text.js";
import { readWords } from "../../../src/core/check/tokens.js";

const CORPUS = [...loadNotes("good"), ...loadNotes("bad")];
const CONTEXTS = CORPUS.map((note) => note.context);

/**
 * Pieces a keystroke, a paste or a cut brings into a note: letters, stops and line breaks that
 * join or split sentences, a subject line, and phrases that the rules of one sentence find (tone,
 * capitals, a frame before a clause, a doubled phrase, claims) or that change the note around them (a
 * greeting, a closing, a name).
 */
const PIECES = [
  ..."ab Zé'’9.,!?-\n".split(""),
  "\u0301",
  "𝒜",
  "\u00a0",
  "  ",
  "\n\n",
  ". ",
  "Subject: Thanks\n\n",
  "Dear Dana,\n\n",
  "Hi Dr. Okafor,\n",
  "\n\nBest regards,\nJordan Rivera",
  "Thanks, Jordan",
  " as soon as possible",
  " ASAP",
  " THANK YOU SO MUCH",
  " INSERT DATE",
  "Subject: URGENT NEWS\n\n",
  " thx u",
  " As promised, ",
  " meeting the team",
  " about I have led",
  " to my portfolio to my portfolio",
  " a link to the link",
  " [Company]",
  " colour and color",
  " her team's",
  " Dana's point",
  " I really need this job!!",
  "e.g. Kafka",
  " :)",
];

const edit = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  remove: fc.nat({ max: 40 }),
  insert: fc.array(fc.constantFrom(...PIECES), { maxLength: 4 }).map((parts) => parts.join("")),
  /** Now and then the note is checked in another context (another reader, another minute). */
  context: fc.option(fc.nat({ max: CONTEXTS.length - 1 }), { freq: 8 }),
});

function applied(
  text: string,
  { at, remove, insert }: { at: number; remove: number; insert: string },
) {
  const from = Math.floor(at * text.length);
  return text.slice(0, from) + insert + text.slice(from + remove);
}

/** A draft of sentences from several notes, as a candidate pastes pieces together. */
const drafts = fc.oneof(
  fc.constantFrom(...CORPUS).map(({ text, context }) => ({ text, context })),
  fc
    .record({
      notes: fc.array(fc.constantFrom(...CORPUS), { minLength: 1, maxLength: 3 }),
      cut: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 3, maxLength: 3 }),
    })
    .map(({ notes, cut }) => ({
      text: notes
        .map(({ text }, i) => text.slice(Math.floor(cut[i]! * text.length)))
        .join(cut[0]! < 0.5 ? "\n\n" : " "),
      context: notes[0]!.context,
    })),
);

describe("our rules kept per sentence while a note is edited", () => {
  it("find exactly what a full check of the edited note finds", () => {
    fc.assert(
      fc.property(drafts, fc.array(edit, { minLength: 1, maxLength: 20 }), (draft, edits) => {
        const checks = new SentenceChecks();
        let text = draft.text;
        let context: CheckContext = draft.context;
        expect(checks.check(readMessage(text), context)).toEqual(runRules(text, context));
        for (const change of edits) {
          text = applied(text, change);
          if (change.context !== null) context = { ...CONTEXTS[change.context]! };
          expect(checks.check(readMessage(text), context)).toEqual(runRules(text, context));
        }
      }),
      { numRuns: 200 },
    );
  });

  it("find in a note typed a key at a time what a full check finds at each key", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...CORPUS),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc
          .array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 6 })
          .map((parts) => parts.join("")),
        ({ text: note, context }, at, typed) => {
          const checks = new SentenceChecks();
          const from = Math.floor(at * note.length);
          for (let i = 0; i <= typed.length; i++) {
            const text = note.slice(0, from) + typed.slice(0, i) + note.slice(from);
            expect(checks.check(readMessage(text), context)).toEqual(runRules(text, context));
          }
        },
      ),
      { numRuns: 100 },
    );
  });

  it("give each sentence the words it has read alone", () => {
    fc.assert(
      fc.property(drafts, fc.array(edit, { maxLength: 6 }), (draft, edits) => {
        const text = edits.reduce(applied, draft.text);
        for (const { sentence } of sentencesOf(readMessage(text))) {
          expect(sentence.tokens).toEqual(readWords(sentence.text));
        }
      }),
      { numRuns: 300 },
    );
  });

  it("read a sentence again only when the sentence changed", () => {
    const { text, context } = CORPUS.find((note) => note.text.length > 600)!;
    const asked: string[] = [];
    const counting = new SentenceChecks(
      RULES.map((rule) =>
        rule.reads === "sentence"
          ? {
              ...rule,
              checkSentence: (sentence, given) => {
                asked.push(sentence.text);
                return rule.checkSentence(sentence, given);
              },
            }
          : rule,
      ),
    );
    counting.check(readMessage(text), context);
    const sentenceRules = RULES.filter((rule) => rule.reads === "sentence").length;
    const sentences = asked.length / sentenceRules;
    asked.length = 0;
    // A letter typed before the stop of the content's first sentence.
    const message = readMessage(text);
    const second = message.sentences.find((span) => span.start >= message.content.start)!;
    const typed = text.slice(0, second.end - 1) + "s" + text.slice(second.end - 1);
    counting.check(readMessage(typed), context);
    expect(sentences).toBeGreaterThan(3);
    expect(asked).toHaveLength(sentenceRules);
    expect(new Set(asked)).toEqual(new Set([typed.slice(second.start, second.end + 1)]));
  });
});
