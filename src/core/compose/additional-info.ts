import type { Channel } from "../message.js";
import { LAST_RESORT } from "./channel-rendering.js";
import {
  NoteWriter,
  paragraph,
  type FramedPhrasings,
  type Composition,
  type Paragraph,
  type Sentence,
} from "./composition.js";
import { ADDITIONAL_INFO } from "./phrases/additional-info.phrases.js";
import { SIGN_OFFS } from "./phrases/common.phrases.js";
import { THANK_YOU_EMAIL } from "./phrases/thank-you.phrases.js";
import { baseFills, type NoteFacts } from "./record-facts.js";
import type { SeededChoice } from "./seeded-choice.js";
import type { Fact } from "./template.js";
import {
  greeting,
  listFact,
  attachNotices,
  promisedParagraph,
  signOff,
  subjectLine,
  greetingSentence,
} from "./thank-you.js";
import type { WriterOptions } from "./writer.js";

/**
 * The fuller answer to a concern or a question the candidate could not answer on the day, and
 * the material they promised: each question or concern named, then answered in their own words.
 * A LinkedIn note, with room for one, carries the first.
 */
export function writeAdditionalInfo(
  facts: NoteFacts,
  channel: Channel,
  choice: SeededChoice,
  options: WriterOptions,
): Composition {
  const P = ADDITIONAL_INFO;
  const w = new NoteWriter(choice, options.phrasings, options.voice);
  const fills = baseFills(facts);
  const linkedin = channel === "linkedin";
  const greetingParagraph = linkedin
    ? paragraph(greetingSentence(facts, w, "linkedin"))
    : greeting(facts, w, channel === "email" ? "email" : "card");
  const opening = w.write(
    "opening-thanks",
    "opening",
    options.compact || linkedin ? P.openingShort : P.opening,
    fills,
    linkedin ? { drop: 3 } : undefined,
  );

  // On a card every answer after the first may give way to the word limit.
  const later = (i: number) =>
    channel === "card" && i > 0 ? { drop: 2, group: `answer-${i}` } : undefined;
  // A LinkedIn note short of room names the question as "the question you asked" and keeps the
  // answer whole, rather than cut the answer.
  const brief = linkedin && options.compact;
  const lead = (
    slot: "question-answered" | "concern-answered",
    key: string,
    full: FramedPhrasings,
    compact: readonly string[],
    fact: Fact,
    i: number,
  ): Sentence | null =>
    brief
      ? { ...w.write(slot, `${key}-compact`, compact, fills, later(i)), sources: [...fact.sources] }
      : w.framed(
          slot,
          key,
          full,
          { ...fills, [slot === "question-answered" ? "question" : "concern"]: fact },
          fact,
          later(i),
        );
  const answers: Paragraph[] = [
    ...facts.questions.map((item) => ({
      slot: "question-answered" as const,
      key: "question",
      full: P.question,
      compact: P.questionCompact,
      piece: item.question,
      answer: item.answer,
    })),
    ...facts.concerns.map((item) => ({
      slot: "concern-answered" as const,
      key: "concern",
      full: P.concern,
      compact: P.concernCompact,
      piece: item.concern,
      answer: item.response,
    })),
  ]
    .slice(0, linkedin ? 1 : undefined)
    .map((entry, i) => {
      const named = lead(
        entry.slot,
        `${entry.key}-${i}`,
        entry.full,
        entry.compact,
        entry.piece,
        i,
      );
      return paragraph(
        // A question no phrasing can name is answered all the same.
        named ?? w.verbatim(entry.slot, "", entry.piece.sources),
        w.verbatim(entry.slot, entry.answer.text, entry.answer.sources, later(i)),
      );
    })
    .map((p) => ({ ...p, sentences: p.sentences.filter((s) => s.text !== "") }));

  const material: Paragraph[] =
    channel === "email"
      ? [required(promisedParagraph(facts, w))]
      : [paragraph(answers.length === 0 || !linkedin ? promisedLater(facts, w) : null)];

  const interest = w.write(
    "interest",
    "interest",
    P.interest,
    fills,
    linkedin ? { drop: LAST_RESORT } : undefined,
  );
  const close = !linkedin && w.write("close", "close", P.close, fills, { drop: 1 });
  // Written last, so that whether or not a short note keeps it, the rest is worded the same.
  const offer = !linkedin && w.write("offer", "offer", P.offer, fills, { pad: true });
  const closing = paragraph(interest, offer, close);

  if (linkedin) {
    const sentences = [
      greetingParagraph,
      paragraph(opening),
      ...answers,
      ...material,
      closing,
    ].flatMap((p) => p.sentences);
    const signOff = w.write("sign-off", "sign-off", SIGN_OFFS.linkedin[facts.tone], fills, {
      drop: LAST_RESORT,
    });
    return { subject: null, paragraphs: [{ sentences }, paragraph(signOff)], notices: [] };
  }
  const email = channel === "email";
  return {
    subject: email
      ? subjectLine(
          facts,
          choice,
          answers.length === 0 ? P.subjectMaterial : P.subject,
          P.subjectShort,
        )
      : null,
    paragraphs: [
      greetingParagraph,
      paragraph(opening),
      ...answers,
      ...material,
      closing,
      signOff(facts, w, email ? "email" : "card"),
    ],
    notices: email ? attachNotices(facts) : [],
  };
}

/** On a card or LinkedIn: word that the promised material will follow, since neither carries it. */
function promisedLater(facts: NoteFacts, w: NoteWriter): Sentence | null {
  if (facts.promised.length === 0) return null;
  return w.write("promised-material", "promised-later", THANK_YOU_EMAIL.promisedLater, {
    what: listFact(facts.promised.map((item) => item.what)),
  });
}

/** The material is what this message is for: unlike in a thank-you note, it never gives way. */
function required(paragraph: Paragraph): Paragraph {
  return {
    ...paragraph,
    sentences: paragraph.sentences.map(({ drop: _drop, ...sentence }) => sentence),
  };
}
