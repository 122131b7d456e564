import type { Channel } from "../message.js";
import { LAST_RESORT } from "./channel-rendering.js";
import { NoteWriter, paragraph, type Composition, type Sentence } from "./composition.js";
import { formOf } from "../language/form.js";
import { sharedWords } from "../language/relatedness.js";
import { SIGN_OFFS } from "./phrases/common.phrases.js";
import { STATUS_FOLLOW_UP } from "./phrases/status-follow-up.phrases.js";
import { baseFills, type NoteFacts } from "./record-facts.js";
import type { SeededChoice } from "./seeded-choice.js";
import { deedToRecall } from "./deed-to-recall.js";
import { greeting, signOff, subjectLine, greetingSentence } from "./thank-you.js";
import type { WriterOptions } from "./writer.js";

/**
 * A status follow-up after a week of silence: the interview and its date, renewed interest, a
 * question about the timeline, an offer to send more; news from the candidate when they give some.
 */
export function writeStatusFollowUp(
  facts: NoteFacts,
  channel: Channel,
  choice: SeededChoice,
  options: WriterOptions,
): Composition {
  const P = STATUS_FOLLOW_UP;
  const w = new NoteWriter(choice, options.phrasings, options.voice);
  const fills = baseFills(facts);
  const again = options.sequence > 1;
  const reference = again ? P.referenceAgain : P.reference;

  if (channel === "linkedin") {
    return {
      subject: null,
      paragraphs: [
        paragraph(
          greetingSentence(facts, w, "linkedin"),
          options.compact
            ? w.write("interview-reference", "reference-short", P.referenceShort, fills)
            : w.write("interview-reference", "reference", reference, fills),
          w.write("interest", "interest-short", P.interestShort, fills),
          w.write("next-steps", "timeline-short", P.timelineShort, fills),
          w.write("offer", "offer-short", P.offerShort, fills),
        ),
        paragraph(
          w.write("sign-off", "sign-off", SIGN_OFFS.linkedin[facts.tone], fills, {
            drop: LAST_RESORT,
          }),
        ),
      ],
      notices: [],
    };
  }

  const email = channel === "email";
  const [ownPoint] = facts.ownPoints;
  const experience = deedToRecall(facts, w);
  const update = { drop: 4, group: "update" };
  // "Connor said the crew list would be confirmed by Friday…": a reason that retells what they
  // said of next steps is the timeline question's to ask, not news of the candidate's.
  // "…and I haven't heard anything since": the silence is why they write, never news.
  const news =
    facts.reason &&
    !WAITING.test(facts.reason.text) &&
    !(facts.nextSteps && sharedWords(facts.reason.text, facts.nextSteps.text) >= RETOLD_WORDS)
      ? facts.reason
      : facts.sinceInterview;
  return {
    subject: email
      ? subjectLine(facts, choice, again ? P.subjectAgain : P.subject, P.subjectShort)
      : null,
    paragraphs: [
      greeting(facts, w, email ? "email" : "card"),
      paragraph(
        w.write("well-wishes", "well", P.wellWishes, fills, { drop: 3 }),
        w.write("interview-reference", "reference", reference, fills),
        ownPoint &&
          w.framed("specific-point", "point", P.point, { ...fills, point: ownPoint }, ownPoint, {
            drop: 2,
          }),
        w.write("interest", "interest", P.interest, fills),
        // "Since the practical, I make sure to bond the rails to earth": a fault found on the day,
        // put right, is news worth a line; beside it a line of the CV would crowd it.
        facts.lesson
          ? w.write("update", "lesson", P.lessonKept, facts.lesson, { drop: 3 })
          : // "I am PSIRA registered at Grade C": a reason to choose them, in their own sentence.
            experience && w.write("fit", "fit", ["{fit}"], { fit: experience }, { drop: 3 }),
        // Advice they gave, remembered: a reason to write that is the reader's own.
        facts.advice?.frame === "about" &&
          w.write("fit", "advice-kept", P.adviceKept, { advice: facts.advice }, { drop: 3 }),
      ),
      paragraph(
        news && w.write("update", "update", P.updateLead, fills, update),
        news && w.verbatim("update", news.text, news.sources, update),
      ),
      paragraph(
        again && w.write("interest", "patience", P.patience, fills, { drop: 1 }),
        timeline(facts, w),
        w.write("offer", "offer", P.offer, fills),
        w.write("close", "close", P.close, fills, { drop: 5 }),
      ),
      signOff(facts, w, email ? "email" : "card"),
    ],
    notices: [],
  };
}

/** A reason that tells of the wait: nothing heard, or a date they gave and let pass. */
const WAITING =
  /\b(?:(?:have\s+not|haven['’]?t|hadn['’]?t|not\s+yet|still\s+not|never)\s+(?:heard|received|got(?:ten)?\s+(?:a|an|any)\b|had\s+(?:a\s+)?(?:word|reply|answer|news))|(?:nothing|no\s+(?:word|news|reply|answer|e-?mail|call|letter))\s+(?:has\s+)?(?:come\s+through|arrived|come|since|yet|back|heard|so\s+far|as\s+of|from\s+(?:them|him|her)|by\s+now)|it(?:['’]s|\s+has)\s+been\s+(?:over\s+|more\s+than\s+|nearly\s+|almost\s+)?(?:a|one|two|three|four|\d+|a\s+couple\s+of|a\s+few)\s+(?:weeks?|days?))\b/iu;

/**
 * "offers go out by November 17, class starts January 11 so…": what was said of the decision,
 * without the clauses after it, which a question about the decision does not need.
 */
function firstClause(text: string): string {
  const [first, ...rest] = text.split(/,\s+/u);
  return rest.length > 0 && ["clause", "sentence"].includes(formOf(rest.join(", ")))
    ? first!
    : text;
}

/** Times that count from the day of the interview, which a later message cannot repeat. */
const RELATIVE_TIME =
  /\b(?:next|this|coming)\s+(?:week|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\b(?:tomorrow|tonight|end of (?:the )?week|(?:in|within) (?:a|one|two|three|four|five|ten|\d+) (?:working |business )?(?:days?|weeks?))\b/iu;

/** Words a reason shares with what was said of next steps, from which it only retells them. */
const RETOLD_WORDS = 3;

/** The timeline question, asked from what the interviewer said of it when the notes hold that. */
function timeline(facts: NoteFacts, w: NoteWriter): Sentence {
  const P = STATUS_FOLLOW_UP;
  const fills = baseFills(facts);
  // "you'd let me know by end of next week", said weeks later, names a week long gone: the date
  // it meant is said instead.
  const stale = facts.decisionDate !== null && RELATIVE_TIME.test(facts.nextSteps?.text ?? "");
  if (facts.nextSteps?.frame === "that" && !stale) {
    return w.write("next-steps", "timeline-said", P.timelineSaid, {
      ...fills,
      next: { ...facts.nextSteps, text: firstClause(facts.nextSteps.text) },
    });
  }
  if (facts.decisionDate) return w.write("next-steps", "timeline", P.timelineByDate, fills);
  return w.write("next-steps", "timeline", P.timeline, fills);
}
