import type { Channel } from "../message.js";
import { LAST_RESORT } from "./channel-rendering.js";
import { NoteWriter, paragraph, type Composition, type Sentence } from "./composition.js";
import { deedToRecall } from "./deed-to-recall.js";
import { CHECK_IN } from "./phrases/check-in.phrases.js";
import { SIGN_OFFS } from "./phrases/common.phrases.js";
import { sharedWords } from "../language/relatedness.js";
import { baseFills, isBadNews, type NoteFacts } from "./record-facts.js";
import type { SeededChoice } from "./seeded-choice.js";
import { greeting, signOff, subjectLine, greetingSentence } from "./thank-you.js";
import type { WriterOptions } from "./writer.js";

/** A stay-in-touch note: the candidate's reason to write now, no pressure to reply, an open door. */
export function writeCheckIn(
  facts: NoteFacts,
  channel: Channel,
  choice: SeededChoice,
  options: WriterOptions,
): Composition {
  const P = CHECK_IN;
  const w = new NoteWriter(choice, options.phrasings, options.voice);
  const fills = baseFills(facts);
  const reason = facts.reason;
  if (!reason) throw new Error("a check-in is composed only with a reason");

  if (channel === "linkedin") {
    return {
      subject: null,
      paragraphs: [
        paragraph(
          greetingSentence(facts, w, "linkedin"),
          w.write("well-wishes", "opening", P.opening, fills, { drop: 3 }),
          reasonSentence(facts, w),
          w.write("no-pressure", "no-pressure", P.noPressure, fills),
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
  // "It made me think of our talk about…" only of a point the reason is about: never a claim.
  // Another point is only recalled.
  const related = facts.ownPoints.find(
    (point) => sharedWords(point.typed ?? point.text, reason.typed ?? reason.text) > 0,
  );
  // Asked to write again, the candidate answers that request: a related point would only say the
  // reason again, and a reply is welcome, not waived.
  const invited = INVITED.test(reason.typed ?? reason.text);
  // With news of the candidate's own to tell, a topic recalled only would crowd it.
  const ownPoint = invited
    ? facts.sinceInterview
      ? undefined
      : facts.ownPoints.find((point) => point !== related && !isBadNews(point))
    : (related ?? facts.ownPoints.find((point) => !isBadNews(point)));
  const pointPhrasings = related && !invited ? P.point : P.pointRecalled;
  const recalled = deedToRecall(facts, w, { spans: true });
  return {
    subject: email ? subjectLine(facts, choice, P.subject, P.subjectShort) : null,
    paragraphs: [
      greeting(facts, w, email ? "email" : "card"),
      paragraph(
        w.write("well-wishes", "opening", P.opening, fills, { drop: 4 }),
        reasonSentence(facts, w),
        // What the candidate has done since is the news a check-in is for; without news, asked
        // to write again, a deed of theirs says why they are worth the call back.
        facts.sinceInterview
          ? w.verbatim("update", facts.sinceInterview.text, facts.sinceInterview.sources, {
              drop: 3,
            })
          : // A fault found on the day, put right since, is news of the candidate's too.
            facts.lesson
            ? w.write("update", "lesson", P.lessonKept, facts.lesson, { drop: 3 })
            : invited &&
              recalled &&
              w.write("fit", "fit", ["{fit}"], { fit: recalled }, { drop: 2 }),
        ownPoint &&
          w.framed(
            "specific-point",
            "point",
            pointPhrasings,
            { ...fills, point: ownPoint },
            ownPoint,
            {
              drop: 2,
            },
          ),
      ),
      paragraph(
        ...(invited
          ? [w.write("future-roles", "invited", P.invited, fills)]
          : [
              w.write("no-pressure", "no-pressure", P.noPressure, fills),
              // Before the decision is due, the door is this role, not a future one.
              w.write(
                "future-roles",
                facts.stillDeciding ? "still-interested" : "future",
                facts.stillDeciding ? P.stillInterested : P.futureRoles,
                fills,
                { drop: 3 },
              ),
            ]),
        w.write("close", "close", P.close, fills, { drop: 1 }),
      ),
      signOff(facts, w, email ? "email" : "card"),
    ],
    notices: [],
  };
}

/**
 * "Marta asked me to get back in touch in January", "…and to give her a shout then", "asked me
 * to get in touch the week of 12 January", "…and to drop her a line": the reader asked the
 * candidate to write; "told me to get in touch with Sarah in HR" sends them to someone else.
 */
const INVITED =
  /\b(?:asked|told|invited|suggested|said|wanted)\b[^.;]*?\b(?:get|be|come)\s+(?:back\s+)?in\s+touch\b(?!\s+with\s+(?!(?:me|her|him|them|you)\b))|\b(?:asked|told|invited|suggested|said|wanted)\b[^.;]*?\b(?:(?:get|be|keep|come)\s+(?:back\s+)?in\s+touch|check\s+(?:back|in)|reach\s+out|write|e-?mail|call|ring|apply)\b(?:\s+(?:with\s+)?(?:me|her|him|them|you))?\s+(?:again|back|in\b|once|when|after|early|next|by\b|before|around|the\s+(?:first|second|third|last|start|end|middle|week)\b)|\b(?:re-?apply)\b|\bgive\s+(?:(?:me|her|him|them|you|us)\s+)?a\s+(?:shout|call|ring|bell|buzz)\b|\btouch\s+base\b|\b(?:asked|told|said|wanted)\b[^.;]*?\b(?:keep|stay|be)\s+in\s+touch\b|\b(?:asked|told|said|wanted|suggested)\b[^.;]*?\bdrop\s+(?:me|her|him|them|you|us)\s+a\s+(?:line|note|e-?mail|message)\b/iu;

/**
 * The candidate's reason, in their words: their sentence as it is, or a phrase ("your new Lisbon
 * office") framed plainly. Nothing claims a reason they did not give.
 */
function reasonSentence(facts: NoteFacts, w: NoteWriter): Sentence {
  const reason = facts.reason!;
  if (reason.frame === "about") {
    return w.write("reason", "reason", CHECK_IN.reasonAbout, { ...baseFills(facts), reason });
  }
  return w.verbatim("reason", reason.text, reason.sources);
}
