import { checkContext } from "../../core/check/check-context.js";
import { textsIn } from "../../core/compose/record-facts.js";
import { varietyOf } from "../../core/english-variety.js";
import type { Interview } from "../../core/interview.js";
import type { Profile } from "../../core/record/profile.js";
import type { AppContext } from "../context.js";

/**
 * The words of the candidate's notes the dictionary does not know, typed in lower case
 * ("tenby", "keyhouse"): the composer writes one as a name where a place or firm is named. The
 * dictionary pass is the proofreader's instant one, which the core cannot hold.
 */
export async function unknownWords(
  ctx: Pick<AppContext, "engines" | "now">,
  interview: Interview,
  profile: Profile,
): Promise<string[]> {
  // The notes alone: names and addresses are the record's own spelling already.
  const notes = textsIn({
    ...interview,
    company: null,
    position: null,
    location: null,
    joinUrl: null,
    interviewers: interview.interviewers.map((person) => ({
      discussed: person.discussed,
      notes: person.notes,
    })),
  }).join("\n");
  if (notes.trim() === "") return [];
  const proofreader = ctx.engines.proofreader(varietyOf(profile), true);
  const { findings } = await proofreader.check(
    notes,
    checkContext({ now: ctx.now.toUTC().toISO() ?? "" }),
  );
  const words = findings
    .filter((finding) => finding.rule.startsWith("spelling"))
    .map((finding) => notes.slice(finding.start, finding.end))
    .filter((word) => /^\p{Ll}+(?:['’-]\p{Ll}+)*$/u.test(word));
  return [...new Set(words)];
}
