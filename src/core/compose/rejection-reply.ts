import { wordCount } from "./grammar/word-count.js";
import type { Channel } from "../message.js";
import { LAST_RESORT } from "./channel-rendering.js";
import { NoteWriter, paragraph, type Composition } from "./composition.js";
import { SIGN_OFFS } from "./phrases/common.phrases.js";
import { REJECTION_REPLY } from "./phrases/rejection-reply.phrases.js";
import { baseFills, type NoteFacts } from "./record-facts.js";
import type { SeededChoice } from "./seeded-choice.js";
import { greeting, signOff, subjectLine, greetingSentence } from "./thank-you.js";
import type { WriterOptions } from "./writer.js";

/** The longest skill a reply to a rejection names in asking to be kept in mind. */
const OPENING_FIT_WORDS = 6;

/** A gracious reply to a rejection: thanks for the news and the chance, a request for feedback, an open door. */
export function writeRejectionReply(
  facts: NoteFacts,
  channel: Channel,
  choice: SeededChoice,
  options: WriterOptions,
): Composition {
  const P = REJECTION_REPLY;
  const w = new NoteWriter(choice, options.phrasings, options.voice);
  const fills = baseFills(facts);

  if (channel === "linkedin") {
    return {
      subject: null,
      paragraphs: [
        paragraph(
          greetingSentence(facts, w, "linkedin"),
          w.write(
            "news-thanks",
            "thanks",
            options.compact ? P.newsThanksShort : P.newsThanks,
            fills,
          ),
          w.write("feedback-request", "feedback", P.feedbackShort, fills),
          w.write("other-openings", "openings", P.otherOpeningsShort, fills),
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
  const [fit] = facts.fit;
  const news = facts.rejection;
  const said = (text: string) => ({ text, sources: ["nextSteps"], literal: true });
  // Whom they chose and their kind words answer the news better than a topic recalled.
  const answered = Boolean(news?.chosen ?? news?.praise);
  return {
    subject: email ? subjectLine(facts, choice, P.subject, P.subjectShort) : null,
    paragraphs: [
      greeting(facts, w, email ? "email" : "card"),
      paragraph(
        w.write("news-thanks", "thanks", P.newsThanks, fills),
        // Their reasons and kind words are answered; a stock word of disappointment only fills in.
        answered
          ? null
          : w.write("news-thanks", "disappointment", P.disappointment, fills, { drop: 2 }),
        news?.chosen
          ? news.chosenBecause
            ? w.write(
                "news-thanks",
                "chosen",
                P.chosenBecause,
                { chosen: said(news.chosen), because: said(news.chosenBecause) },
                { drop: 2 },
              )
            : w.write("news-thanks", "chosen", P.chosen, { chosen: said(news.chosen) }, { drop: 2 })
          : null,
        news?.praise
          ? w.write("news-thanks", "praise", P.praise, { praise: said(news.praise) }, { drop: 3 })
          : null,
        !answered &&
          ownPoint &&
          w.framed("specific-point", "point", P.point, { ...fills, point: ownPoint }, ownPoint, {
            drop: 1,
          }),
        // A fault found on the day, put right since: they will hear it as feedback taken.
        facts.lesson && w.write("update", "lesson", P.lessonKept, facts.lesson, { drop: 2 }),
      ),
      paragraph(
        // A place offered now is answered first, as the reader would want it answered.
        news?.placeOffered
          ? w.write("other-openings", "place", P.placeAccepted, { place: said(news.placeOffered) })
          : news?.workOffered
            ? w.write("other-openings", "work", P.workAccepted, {
                work: said(news.workOffered),
              })
            : null,
        // "he offered to introduce me to the manager at…": an introduction offered is taken up.
        news?.introductionOffered
          ? w.write("other-openings", "introduction", P.introductionAccepted, {
              who: said(news.introductionOffered),
            })
          : null,
        // Feedback already given is taken up, not asked for again.
        news?.advice
          ? w.write("feedback-request", "advice", P.adviceTaken, { advised: said(news.advice) })
          : news?.feedbackOn
            ? w.write("feedback-request", "feedback-on", P.feedbackOn, {
                on: said(news.feedbackOn),
              })
            : news?.feedbackOffered
              ? w.write("feedback-request", "feedback-offered", P.feedbackTakenUp, fills)
              : // Feedback from the day, acted on since, is not asked for again.
                facts.lesson
                ? null
                : w.write("feedback-request", "feedback", P.feedback, fills),
        news?.opening
          ? w.write("other-openings", "opening", P.opening, { opening: said(news.opening) })
          : news?.detailsKeptFor
            ? w.write("other-openings", "details-kept", P.detailsKept, {
                kept: said(news.detailsKeptFor),
              })
            : news?.hiringAgain
              ? w.write("other-openings", "hiring-again", P.hiringAgain, {
                  when: said(news.hiringAgain),
                })
              : // "where two years as a floor sommelier at a wine bar in Brooklyn would help" is a CV
                // line in a courtesy; only a short skill is named there.
                fit?.frame === "about" &&
                  wordCount(fit.text) <= OPENING_FIT_WORDS &&
                  // "10 years logistics", "M.Arch UBC": a span or a credential is no skill to name.
                  /^(?:my\s|\p{Ll})/u.test(fit.text) &&
                  !/^\p{N}|^(?:one|two|three|four|five|six|seven|eight|nine|ten)\s/iu.test(
                    fit.text,
                  ) &&
                  !/\b(?:19|20)\d\d\b|\b(?:B|M)(?:Pharm|Sc|Eng|Ed|A|BA|N)\b|\b(?:PhD|diploma|degree|cert(?:ificate)?|licen[cs]e)\b/iu.test(
                    fit.text,
                  )
                ? w.write("other-openings", "openings", P.otherOpeningsFit, { ...fills, fit })
                : w.write("other-openings", "openings", P.otherOpenings, fills),
        news?.touchAgain
          ? w.write(
              "other-openings",
              "touch",
              P.touchAgain,
              { touch: said(news.touchAgain) },
              {
                drop: 4,
              },
            )
          : null,
        w.write("close", "close", P.close, fills, { drop: 3 }),
      ),
      signOff(facts, w, email ? "email" : "card"),
    ],
    notices: [],
  };
}
