import type { Channel } from "../message.js";
import { LAST_RESORT } from "./channel-rendering.js";
import { NoteWriter, paragraph, type Composition } from "./composition.js";
import { SIGN_OFFS } from "./phrases/common.phrases.js";
import { REJECTION_REPLY } from "./phrases/rejection-reply.phrases.js";
import { baseFills, type NoteFacts } from "./record-facts.js";
import type { SeededChoice } from "./seeded-choice.js";
import { greeting, signOff, subjectLine, greetingSentence } from "./thank-you.js";
import type { WriterOptions } from "./writer.js";

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
  return {
    subject: email ? subjectLine(facts, choice, P.subject, P.subjectShort) : null,
    paragraphs: [
      greeting(facts, w, email ? "email" : "card"),
      paragraph(
        w.write("news-thanks", "thanks", P.newsThanks, fills),
        w.write("news-thanks", "disappointment", P.disappointment, fills, { drop: 2 }),
        ownPoint &&
          w.framed("specific-point", "point", P.point, { ...fills, point: ownPoint }, ownPoint, {
            drop: 1,
          }),
      ),
      paragraph(
        w.write("feedback-request", "feedback", P.feedback, fills),
        fit?.frame === "about"
          ? w.write("other-openings", "openings", P.otherOpeningsFit, { ...fills, fit })
          : w.write("other-openings", "openings", P.otherOpenings, fills),
        w.write("close", "close", P.close, fills, { drop: 3 }),
      ),
      signOff(facts, w, email ? "email" : "card"),
    ],
    notices: [],
  };
}
