import { isSpanSentence } from "../language/experience.js";
import type { NoteWriter } from "./composition.js";
import type { NoteFacts } from "./record-facts.js";
import type { Fact } from "./template.js";
import { credentialAlone, spokenFit } from "./thank-you.js";

/**
 * A deed of the candidate's that their earlier notes have not said in the same words, for a
 * later message to recall; years served ("I've spent four years at…") restated a week later is a
 * CV line dropped in, though weeks later, asked to write again, it reminds the reader who wrote.
 */
export function deedToRecall(
  facts: NoteFacts,
  w: NoteWriter,
  { spans }: { spans: boolean } = { spans: false },
): Fact | undefined {
  return facts.fit.map(spokenFit).find(
    (fit) =>
      fit.frame === "own" &&
      // "BS biology, nicholls state 2025, …": a CV line no sentence holds is never recalled.
      /^(?:I|My)\b/u.test(fit.text) &&
      !credentialAlone(fit) &&
      (spans || !isSpanSentence(fit.text)) &&
      !w.allRepeated(["{fit}"], { fit }),
  );
}
