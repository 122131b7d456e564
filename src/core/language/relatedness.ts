/**
 * How much two pieces of the notes are about the same thing, by the words they share: "check-in
 * waits at weekends" and "rolled out online check-in, peak queue from 20 minutes to under 5"
 * share "check-in"; "turnover among part-timers, most leave within 90 days" and "paired every
 * new hire with a buddy, 90-day retention went up" share "90" and little else. A crude measure,
 * used only to put the candidate's experience beside the topic it speaks to.
 */
export function sharedWords(a: string, b: string): number {
  const theirs = new Set(keyWords(b));
  const shared = [...new Set(keyWords(a).filter((word) => theirs.has(word)))];
  // One short word in common is chance, not a topic; everyday words ("shop", "season", "show")
  // are chance however many are shared.
  const telling = shared.filter((word) => !EVERYDAY.has(word));
  if (telling.length === 1 && telling[0]!.length < 4) return 0;
  return telling.length;
}

/**
 * "Most of my experience is dairy, but…" after "all my experience is dairy": the opening of a
 * response saying the concern again, most of its telling words in it.
 */
export function restates(concern: string, response: string): boolean {
  const opening = response.split(/,\s*but\b|;|[.!?](?:\s|$)/u)[0] ?? "";
  const said = new Set(keyWords(opening));
  const words = [...new Set(keyWords(concern))];
  const shared = words.filter((word) => said.has(word)).length;
  return shared >= 2 && shared / words.length >= 0.6;
}

function keyWords(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => (/\d/.test(word) ? word.length >= 2 : word.length > 2 && !STOP.has(word)))
    .map(stem);
}

/** "reviews", "reviewing" and "reviewed" are one word here. */
function stem(word: string): string {
  const root = word.replace(/(?:ing|ed|es|s|ly|er|ers|ment|ments|ion|ions)$/u, "");
  return root.length >= 4 ? root.slice(0, 6) : word;
}

/** Words too common in a workplace for sharing one of them to mean sharing a topic. */
const EVERYDAY = new Set(
  "tech staff shop site call plan help case care desk room shift hour week season show live night morning evening summer winter spring autumn fall"
    .split(" ")
    .map(stem),
);

const STOP = new Set(
  (
    "the and for with that this from have has had was were are will would could should about " +
    "into over under their there they them then than what when where which while who whom " +
    "your you our ours my mine his her hers its it's not but all any some most more much many " +
    "very also just only even still really lots lot one two three four five six seven eight " +
    "nine ten year years month months week weeks day days time times last next first second " +
    "work working team people job role thing things way good great new how why did does done " +
    "make made get got going want wants like said says told asked ask talk talked"
  ).split(" "),
);
