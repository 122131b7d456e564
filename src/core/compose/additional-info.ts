import type { Channel } from "../message.js";
import {
  NoteWriter,
  paragraph,
  type Composition,
  type Paragraph,
  type Sentence,
} from "./composition.js";
import { ADDITIONAL_INFO } from "./phrases/additional-info.phrases.js";
import { GREETINGS, SIGN_OFFS } from "./phrases/common.phrases.js";
import { THANK_YOU_EMAIL } from "./phrases/thank-you.phrases.js";
import { baseFills, type NoteFacts } from "./record-facts.js";
import type { SeededChoice } from "./seeded-choice.js";
import { greeting, listFact, promisedParagraph, signOff, subjectLine } from "./thank-you.js";
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
  const w = new NoteWriter(choice);
  const fills = baseFills(facts);
  const linkedin = channel === "linkedin";
  const greetingParagraph = linkedin
    ? paragraph(w.write("greeting", "greeting", GREETINGS.linkedin, fills))
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
  const answers: Paragraph[] = [
    ...facts.questions.map((item) => ({ kind: "question" as const, item })),
    ...facts.concerns.map((item) => ({ kind: "concern" as const, item })),
  ]
    .slice(0, linkedin ? 1 : undefined)
    .map((entry, i) =>
      entry.kind === "question"
        ? paragraph(
            w.write(
              "question-answered",
              `question-${i}`,
              P.question,
              { ...fills, question: entry.item.question },
              later(i),
            ),
            w.verbatim(
              "question-answered",
              entry.item.answer.text,
              entry.item.answer.sources,
              later(i),
            ),
          )
        : paragraph(
            w.write(
              "concern-answered",
              `concern-${i}`,
              P.concern,
              { ...fills, concern: entry.item.concern },
              later(i),
            ),
            w.verbatim(
              "concern-answered",
              entry.item.response.text,
              entry.item.response.sources,
              later(i),
            ),
          ),
    );

  const attach = facts.promised.filter((item) => !item.url);
  const material: Paragraph[] =
    channel === "email"
      ? [
          promisedParagraph({ ...facts, promised: facts.promised.filter((item) => item.url) }, w),
          paragraph(
            attach.length > 0 &&
              w.write("promised-material", "attached", P.promisedAttached, {
                what: listFact(attach.map((item) => item.what)),
              }),
          ),
        ]
      : [paragraph(answers.length === 0 || !linkedin ? promisedLater(facts, w) : null)];

  const closing = paragraph(
    w.write("interest", "interest", P.interest, fills, linkedin ? { drop: 2 } : undefined),
    !linkedin && w.write("close", "close", P.close, fills, { drop: 1 }),
  );

  if (linkedin) {
    const sentences = [
      greetingParagraph,
      paragraph(opening),
      ...answers,
      ...material,
      closing,
    ].flatMap((p) => p.sentences);
    sentences.push(w.write("sign-off", "sign-off", SIGN_OFFS.linkedin, fills, { drop: 1 }));
    return { subject: null, paragraphs: [{ sentences }], notices: [] };
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
    notices: email
      ? attach.map(
          (item) => `The message says ${item.what.text} is attached: attach it before you send.`,
        )
      : [],
  };
}

/** On a card or LinkedIn: word that the promised material will follow, since neither carries it. */
function promisedLater(facts: NoteFacts, w: NoteWriter): Sentence | null {
  if (facts.promised.length === 0) return null;
  return w.write("promised-material", "promised-later", THANK_YOU_EMAIL.promisedLater, {
    what: listFact(facts.promised.map((item) => item.what)),
  });
}
