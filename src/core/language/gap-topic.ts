import { asGerund, baseForm } from "./nlp.js";

/**
 * What a gap the candidate owns is in: "crane work" in "I have not had much crane work",
 * "outside territory" in "I have never had an outside territory"; null when the concern is not
 * a plain gap of theirs or names more than a short phrase.
 */
export function gapTopic(concern: string): string | null {
  const gap =
    /^I\s+(?:(?:have\s+(?:not|never)|haven['’]?t|never)\s+(had|done|did|used|run|ran|led|managed|sold|taught|supervised|built|written|wrote|worked\s+(?:on|with|in)|\p{Ll}+(?:ed|en|wn|ght))|have\s+(no)|don['’]t\s+(have))\s+(?:(much|any|many|enough|a|an)\s+)?(.+)$/iu.exec(
      concern.trim().replace(/[.!]$/, ""),
    );
  if (!gap) return null;
  const [, verb, , , article, rest] = gap as unknown as (string | undefined)[];
  const typed = rest!
    // "no real hoist experience": hoist experience, however real.
    .replace(/^(?:real|actual|proper|much|hands-on|direct|recent)\s+(?=\p{L})/iu, "")
    // "retail only hospitality": the gap, without what the candidate has instead.
    .split(/,|\s(?:but|so|and I|because|only|just)\s/u)[0]!
    // "SAP that much", "a team by myself", "people at all really": how much, said apart.
    .replace(
      /(?:\s+(?:before|yet|so far|recently|at all|whatsoever|(?:that|too|so|very)?\s*much|a lot|only|(?:by|on)\s+myself|myself|on my own|alone|really|as such|in a while|for a while|lately))+$/iu,
      "",
    )
    .trim();
  if (
    !typed ||
    /^(?:it|that|this|them|one|any|anything|much|at all|time to|the day to)$/iu.test(typed)
  ) {
    return null;
  }
  // "no experience supervising students": what the experience is of; "court experience" keeps
  // its word, as "your question about court" would not.
  // "time on carvel planking", "exposure to theatre work": what the time was spent on; "time on
  // an actual turbine" keeps its word, as "your question about an actual turbine" would not.
  const of = typed
    .replace(
      /^(?:experience\s+(?:(?:in|with|of)\s+)?|(?:exposure|time|practice|background)\s+(?:in|with|on|to)\s+(?!(?:an?|the)\s))(?=\p{L})|\s+experience$/iu,
      "",
    )
    .trim();
  const object = of.includes(" ") || of === typed ? of : typed;
  // "led a team" is "leading a team"; what was had or done is the thing itself.
  const doing =
    verb && !/^(?:had|done|did)$/i.test(verb)
      ? (GERUNDS[verb.toLowerCase().replace(/\s+/g, " ")] ?? gerundOf(verb))
      : null;
  // A deed carries its place ("driving a haul truck on a mine site"); a thing alone is short.
  const longest = doing ? 7 : 5;
  if (object.split(/\s+/).length > longest || /\b(?:I|me|my|you|your)\b/i.test(object)) {
    return null;
  }
  if (doing) {
    // "handled permits or worked with LGUs": each deed of the list, as the first is said.
    const listed = object.replace(
      /\s(or|and)\s+(\p{Ll}+(?:ed|en|wn|ght))\b/u,
      (whole, join: string, done: string) => {
        const next = GERUNDS[done.toLowerCase()] ?? gerundOf(done);
        return next ? ` ${join} ${next}` : whole;
      },
    );
    return `${doing} ${/^an?$/i.test(article ?? "") ? `${article!.toLowerCase()} ` : ""}${listed}`;
  }
  // "the S-212 chainsaw cert": a credential is one thing, and takes "the".
  const one = /^an?$/i.test(article ?? "") || COUNTED_CREDENTIAL.test(object);
  return one ? `the ${object}` : object;
}

/** "driven" → "driving"; null when the word is no verb the tagger knows. */
function gerundOf(done: string): string | null {
  const doing = asGerund(baseForm(done));
  if (/^\p{Ll}+ing$/u.test(doing)) return doing;
  // "cooked" the tagger does not know: "-ed" gives way to "-ing" ("cooking", "planning").
  return /^\p{Ll}{2,}[^i\P{L}]ed$/u.test(done) ? `${done.slice(0, -2)}ing` : null;
}

const COUNTED_CREDENTIAL =
  /\b(?:cert|certificate|licen[cs]e|ticket|card|rating|qualification|endorsement|degree)$/iu;

const GERUNDS: Record<string, string> = {
  used: "using",
  run: "running",
  ran: "running",
  led: "leading",
  managed: "managing",
  sold: "selling",
  taught: "teaching",
  supervised: "supervising",
  built: "building",
  written: "writing",
  wrote: "writing",
  "worked on": "working on",
  "worked with": "working with",
  "worked in": "working in",
};
