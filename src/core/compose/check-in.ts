import type { Channel } from "../message.js";
import { NoteWriter, paragraph, type Composition } from "./composition.js";
import { CHECK_IN } from "./phrases/check-in.phrases.js";
import { GREETINGS, SIGN_OFFS } from "./phrases/common.phrases.js";
import { baseFills, type NoteFacts } from "./record-facts.js";
import type { SeededChoice } from "./seeded-choice.js";
import { greeting, signOff, subjectLine } from "./thank-you.js";
import type { WriterOptions } from "./writer.js";

/** A stay-in-touch note: the candidate's reason to write now, no pressure to reply, an open door. */
export function writeCheckIn(
  facts: NoteFacts,
  channel: Channel,
  choice: SeededChoice,
  _options: WriterOptions,
): Composition {
  const P = CHECK_IN;
  const w = new NoteWriter(choice);
  const fills = baseFills(facts);
  const reason = facts.reason;
  if (!reason) throw new Error("a check-in is composed only with a reason");

  if (channel === "linkedin") {
    return {
      subject: null,
      paragraphs: [
        paragraph(
          w.write("greeting", "greeting", GREETINGS.linkedin, fills),
          w.write("well-wishes", "opening", P.opening, fills, { drop: 3 }),
          w.verbatim("reason", reason.text, reason.sources),
          w.write("no-pressure", "no-pressure", P.noPressure, fills),
          w.write("sign-off", "sign-off", SIGN_OFFS.linkedin, fills, { drop: 1 }),
        ),
      ],
      notices: [],
    };
  }

  const email = channel === "email";
  const [ownPoint] = facts.ownPoints;
  return {
    subject: email ? subjectLine(facts, choice, P.subject, P.subjectShort) : null,
    paragraphs: [
      greeting(facts, w, email ? "email" : "card"),
      paragraph(
        w.write("well-wishes", "opening", P.opening, fills, { drop: 4 }),
        w.verbatim("reason", reason.text, reason.sources),
        ownPoint &&
          w.write("specific-point", "point", P.point, { ...fills, point: ownPoint }, { drop: 2 }),
      ),
      paragraph(
        w.write("no-pressure", "no-pressure", P.noPressure, fills),
        w.write("future-roles", "future", P.futureRoles, fills, { drop: 3 }),
        w.write("close", "close", P.close, fills, { drop: 1 }),
      ),
      signOff(facts, w, email ? "email" : "card"),
    ],
    notices: [],
  };
}
