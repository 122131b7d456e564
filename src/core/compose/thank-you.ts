import type { Channel } from "../message.js";
import { LAST_RESORT } from "./channel-rendering.js";
import {
  NoteWriter,
  paragraph,
  type Composition,
  type Paragraph,
  type Sentence,
} from "./composition.js";
import { joinList } from "./grammar/list-join.js";
import { capitaliseSentenceStart } from "./grammar/sentence-case.js";
import { GREETINGS, SIGN_OFFS } from "./phrases/common.phrases.js";
import {
  THANK_YOU_CARD,
  THANK_YOU_EMAIL,
  THANK_YOU_LINKEDIN,
} from "./phrases/thank-you.phrases.js";
import { baseFills, pointsFor, type NoteFacts } from "./record-facts.js";
import type { SeededChoice } from "./seeded-choice.js";
import { fillTemplate, type Fact } from "./template.js";
import type { WriterOptions } from "./writer.js";

/** A thank-you note to one interviewer: §2 of the playbook, on e-mail, a card or LinkedIn. */
export function writeThankYou(
  facts: NoteFacts,
  channel: Channel,
  choice: SeededChoice,
  options: WriterOptions,
): Composition {
  const w = new NoteWriter(choice, options.phrasings);
  switch (channel) {
    case "email":
      return email(facts, w);
    case "card":
      return card(facts, w);
    case "linkedin":
      return linkedin(facts, w, options);
  }
}

function email(facts: NoteFacts, w: NoteWriter): Composition {
  const P = THANK_YOU_EMAIL;
  const fills = baseFills(facts);
  const { main, second, shared } = pointsFor(facts);
  const [concern] = facts.concerns;
  const [question] = facts.questions;
  const [impressed] = facts.impressed;
  return {
    subject: emailSubject(facts, w.choice),
    paragraphs: [
      greeting(facts, w, "email"),
      paragraph(
        w.write("opening-thanks", "thanks", P.openingThanks, fills),
        main
          ? w.write("specific-point", "point", P.point, { ...fills, point: main })
          : w.write("interview-reference", "no-point", P.noPoint, fills),
        second &&
          w.write(
            "specific-point",
            "second",
            P.secondPoint,
            { ...fills, point2: second },
            { drop: 6 },
          ),
        shared &&
          w.write("shared-point", "shared", P.sharedPoint, { ...fills, shared }, { drop: 1 }),
        facts.fit.length > 0 &&
          w.write(
            "fit",
            "fit",
            P.fit,
            { ...fills, fit: listFact(facts.fit.slice(0, 2)) },
            { drop: 5 },
          ),
      ),
      paragraph(
        ...(concern
          ? answered(
              w,
              "concern-answered",
              "concern",
              P.concern,
              { concern: concern.concern },
              concern,
              7,
            )
          : []),
        ...(question
          ? answered(
              w,
              "question-answered",
              "question",
              P.question,
              { question: question.question },
              question,
              3,
            )
          : []),
      ),
      promisedParagraph(facts, w),
      closingParagraph(facts, w, impressed),
      signOff(facts, w, "email"),
    ],
    notices: main ? [] : [noPointNotice(facts)],
  };
}

/**
 * Interest, the next steps and a last thanks; from sparse notes, an offer of references too, so
 * the note still runs to a thank-you e-mail's length. The offer is written last, so that whether
 * or not it is kept, the other sentences are worded the same.
 */
function closingParagraph(facts: NoteFacts, w: NoteWriter, impressed: Fact | undefined): Paragraph {
  const P = THANK_YOU_EMAIL;
  const fills = baseFills(facts);
  const interest = impressed
    ? w.write("interest", "interest", P.interestImpressed, { ...fills, impressed })
    : w.write("interest", "interest", P.interest, fills);
  const next = nextStepsQuestion(facts, w);
  const close = w.write("close", "close", P.close, fills, { drop: 2 });
  const offer = w.write("offer", "offer", P.offer, fills, { pad: true });
  return paragraph(interest, offer, next, close);
}

function card(facts: NoteFacts, w: NoteWriter): Composition {
  const P = THANK_YOU_CARD;
  const fills = baseFills(facts);
  const { main } = pointsFor(facts);
  const [fit] = facts.fit;
  return {
    subject: null,
    paragraphs: [
      greeting(facts, w, "card"),
      paragraph(
        w.write("opening-thanks", "thanks", P.openingThanks, fills),
        main
          ? w.write("specific-point", "point", P.point, { ...fills, point: main })
          : w.write("interview-reference", "no-point", P.noPoint, fills),
        fit && w.write("fit", "fit", P.fit, { ...fills, fit }, { drop: 1 }),
        w.write("interest", "interest", P.interest, fills),
      ),
      signOff(facts, w, "card"),
    ],
    notices: main ? [] : [noPointNotice(facts)],
  };
}

function linkedin(facts: NoteFacts, w: NoteWriter, options: WriterOptions): Composition {
  const P = THANK_YOU_LINKEDIN;
  const fills = baseFills(facts);
  const { main } = pointsFor(facts);
  return {
    subject: null,
    paragraphs: [
      paragraph(
        greetingSentence(facts, w, "linkedin"),
        options.compact
          ? w.write("opening-thanks", "thanks-short", P.openingThanksShort, fills)
          : w.write("opening-thanks", "thanks", P.openingThanks, fills),
        main
          ? w.write("specific-point", "point", P.point, { ...fills, point: main })
          : w.write("interview-reference", "no-point", P.noPoint, fills),
        w.write("stay-connected", "connect", P.stayConnected, fills, { drop: 2 }),
      ),
      paragraph(w.write("sign-off", "sign-off", SIGN_OFFS.linkedin, fills, { drop: LAST_RESORT })),
    ],
    notices: main ? [] : [noPointNotice(facts)],
  };
}

/** "Dear Dana," on a line of its own. */
export function greeting(facts: NoteFacts, w: NoteWriter, channel: "email" | "card"): Paragraph {
  return paragraph(greetingSentence(facts, w, channel));
}

/** The greeting by the reader's name, or a plain "Hello," for a reader known only by an address. */
export function greetingSentence(facts: NoteFacts, w: NoteWriter, channel: Channel): Sentence {
  const phrasings = facts.greetingName ? GREETINGS[channel] : GREETINGS.unnamed;
  return w.write("greeting", "greeting", phrasings, baseFills(facts));
}

/** The sign-off line, then the candidate's name (and, on e-mail, contact details). */
export function signOff(facts: NoteFacts, w: NoteWriter, channel: "email" | "card"): Paragraph {
  const line = w.write("sign-off", "sign-off", SIGN_OFFS[channel], baseFills(facts));
  const name = channel === "email" ? facts.signature : facts.candidate;
  return { sentences: [line, w.verbatim("signature", name.text, name.sources)], lines: true };
}

/** Subjects longer than this are cut off in most inboxes. */
export const SUBJECT_LIMIT = 60;

/** The seeded subject, or a short one when the position makes it too long for an inbox. */
export function subjectLine(
  facts: NoteFacts,
  choice: SeededChoice,
  phrasings: readonly string[],
  short: readonly string[],
): string {
  const fills = baseFills(facts);
  const subject = fillTemplate(choice.pick("subject", phrasings), fills).text;
  return subject.length <= SUBJECT_LIMIT
    ? subject
    : fillTemplate(choice.pick("subject-short", short), fills).text;
}

function emailSubject(facts: NoteFacts, choice: SeededChoice): string {
  return subjectLine(facts, choice, THANK_YOU_EMAIL.subject, THANK_YOU_EMAIL.subjectShort);
}

/** A concern or question, then the candidate's answer (only its first sentence when it is long). */
export function answered(
  w: NoteWriter,
  slot: "concern-answered" | "question-answered",
  key: string,
  phrasings: readonly string[],
  fills: Record<string, Fact>,
  item: { answer?: Fact; response?: Fact; brief: Fact | null },
  drop: number,
): Sentence[] {
  const answer = (item.answer ?? item.response)!;
  const optional = { drop, group: key };
  const sentences = [
    w.write(slot, key, phrasings, fills, optional),
    w.verbatim(slot, (item.brief ?? answer).text, answer.sources, optional),
  ];
  if (item.brief) {
    sentences.push(w.write(slot, `${key}-more`, THANK_YOU_EMAIL.moreToFollow, {}, optional));
  }
  return sentences;
}

/** Promised material on e-mail: a link each, or word that it will follow. */
export function promisedParagraph(facts: NoteFacts, w: NoteWriter): Paragraph {
  const P = THANK_YOU_EMAIL;
  const linked = facts.promised.filter((item) => item.url);
  const later = facts.promised.filter((item) => !item.url);
  const sentences: Sentence[] = [];
  if (linked.length === 1) {
    const [item] = linked;
    sentences.push(
      w.write(
        "promised-material",
        "promised",
        P.promisedLink,
        { what: item!.what, url: item!.url! },
        { drop: 8 },
      ),
    );
  } else if (linked.length > 1) {
    const list: Fact = {
      text: linked
        .map((item) => `- ${capitaliseSentenceStart(item.what.text)}: ${item.url!.text}`)
        .join("\n"),
      sources: linked.flatMap((item) => [...item.what.sources, ...item.url!.sources]),
      literal: true,
    };
    sentences.push(
      w.write("promised-material", "promised", P.promisedLinks, { list }, { drop: 8 }),
    );
  }
  if (later.length > 0) {
    const what = listFact(later.map((item) => item.what));
    sentences.push(
      w.write("promised-material", "promised-later", P.promisedLater, { what }, { drop: 4 }),
    );
  }
  return { sentences, lines: linked.length > 0 };
}

/** The next-steps question: the decision date when the record has one, else an open question. */
export function nextStepsQuestion(facts: NoteFacts, w: NoteWriter): Sentence {
  const P = THANK_YOU_EMAIL;
  const fills = baseFills(facts);
  const optional = { drop: 9 };
  if (facts.decisionDate) return w.write("next-steps", "next", P.nextStepsByDate, fills, optional);
  if (facts.nextSteps) {
    const sentence = w.write("next-steps", "next", P.nextStepsDescribed, fills, optional);
    return { ...sentence, sources: [...facts.nextSteps.sources] };
  }
  return w.write("next-steps", "next", P.nextSteps, fills, optional);
}

export function listFact(facts: readonly Fact[]): Fact {
  return { text: joinList(facts.map((f) => f.text)), sources: facts.flatMap((f) => f.sources) };
}

function noPointNotice(facts: NoteFacts): string {
  const who = facts.greetingName?.text ?? "this reader";
  return `Your notes hold nothing discussed with ${who}: add what you talked about under their "discussed" (or the interview's) so the note can mention your conversation.`;
}
