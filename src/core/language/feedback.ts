import { baseForm, firstVerbAsGerund, isBareVerb, wordsOf } from "./nlp.js";
import { typedOut } from "./piece.js";

/** How the notes report what the interviewer said of the candidate. */
const SAID = String.raw`(?:said|says|told me|thought|felt|reckoned|mentioned|suggested|feedback(?: was)?:?|advised)`;

/**
 * Advice the interviewer gave the candidate, read from a point of the notes, as what the
 * candidate will work on: "she said my temps were good but i need to wipe plates faster" is
 * "wiping plates faster"; "told me to slow down in the intro" is "slowing down in the intro".
 * Null when the words hold no advice of that shape, or advice that speaks of someone else.
 */
export function adviceTaken(point: string): string | null {
  // "(how many studies, how many pages)": an aside in brackets is the candidate's note to self.
  const text = typedOut(point.replace(/\s*\([^()]*\)/g, "")).replace(/[.!]+$/, "");
  // "pushed the mob too hard -> 'slow down, let the dogs do it'": their words, quoted after
  // what went wrong, are advice in any words.
  const quoted = QUOTED_ADVICE.exec(text)?.[1]?.replace(
    /,\s+(?=(\p{Ll}+)\b)/u,
    (comma, verb: string) => (isBareVerb(verb) ? " and " : comma),
  );
  // "take two things off and it's a dish": a verdict on the work, no order to take up.
  const advice =
    (quoted && !VERDICT.test(quoted) ? quoted : null) ??
    ADVICE.map((pattern) => pattern.exec(text)?.[1]).find(Boolean);
  // "should have asked for the log before I took out…": a fault in the past, owned as one.
  if (advice && /^(?:have|['’]ve)\s+(?:been\s+)?\p{L}+(?:ed|en|wn|ne|ld|lt|ght)\b/iu.test(advice))
    return null;
  if (
    !advice ||
    // "but I needed a visa": a need, not a thing to do.
    !isBareVerb(advice.split(/\s+/)[0] ?? "") ||
    // "… -> race condition": two words naming a thing are what went wrong, not an order.
    namesAThing(advice) ||
    !(quoted || IMPROVEMENT.test(advice) || /\bfeedback\b/i.test(text) || PRAISE_BUT.test(text))
  ) {
    return null;
  }
  const action = advice
    .replace(/\s+(?:next time|in future|in the future|going forward)$/i, "")
    .replace(/\bmore\s*$/i, "more")
    // "throw to a gauge not my eye": the contrast set apart.
    .replace(/(\p{L})\s+not\s+(?=\p{L})/u, "$1, not ")
    .trim();
  if (
    action.split(/\s+/).length > 14 ||
    // "need to meet her team", "should ask him": whose is for the reader to say, not this;
    // "say when I'd kick it back" is the candidate's own.
    /\b(?:you|your|she|her|he|him|his|they|them|their|we|our)\b/i.test(action) ||
    /[;:?()"“”]/.test(action) ||
    /,(?! not )/.test(action)
  ) {
    return null;
  }
  // "call the ops manager directly and offer a trial": each verb of the advice as an activity.
  return firstVerbAsGerund(action)
    .replace(/^working on\s+/i, "")
    .replace(/\s+and\s+(\p{Ll}+)\b/u, (whole, verb: string) =>
      isBareVerb(verb) ? ` and ${firstVerbAsGerund(verb)}` : whole,
    );
}

/**
 * A fault the interviewer found, read from a point of the notes, as the candidate's own clause:
 * "she said my primary survey was good but I went to the obs too quickly" is "I went to the obs
 * too quickly"; "thought I rambled on the first question" is "I rambled on the first question".
 * Null when the words name no fault of the candidate's, or speak of someone else.
 */
export function faultTaken(point: string): string | null {
  // "liked the footsteps / ui sounds too loud": a slash between praise and fault parts them.
  const text = typedOut(point.replace(/\s*\([^()]*\)/g, "").replace(/\s+\/\s+/g, "; "))
    .replace(/[.!]+$/, "")
    // "smooth on the ramp BUT too slow reversing": shouted, still "but"; "AND", still "and".
    .replace(/\bBUT\b/g, "but")
    .replace(/\bAND\b/g, "and");
  // The first shape that reads a fault the candidate can own: a shape may match and still give
  // a clause that speaks of the reader, or of nothing wrong.
  for (const { shape, owned, marked } of FAULT_SAID) {
    const found = shape.exec(text);
    const fault = found && ownedFault(owned(found), marked ?? false, text);
    if (fault) return fault;
  }
  return null;
}

/** A clause a shape read, as the fault the candidate owns; null when it is not one. */
function ownedFault(clause: string, marked: boolean, text: string): string | null {
  // "I rushed the drafted margin, took too much off with the claw": the fault, not its detail;
  // "too slow on the liver: 'you'll get 30 minutes here'": not what was said of it.
  // Praise, then "but" and what went wrong, marks a fault whatever words it is in.
  // "used english words like "canopy" and "mistletoe"": words named in marks are part of it.
  const praised = withoutPraise(clause);
  const whole = praised
    .replace(
      /\b(like|as|called|named|such as)\s+["“]([^"”]+)["”](?:\s+and\s+["“]([^"”]+)["”])?/gu,
      (_, lead: string, one: string, two: string | undefined) =>
        `${lead} ${one}${two ? ` and ${two}` : ""}`,
    )
    .split(/,\s|:\s*|\s[-–—]\s|\s*["“]|\s+['‘](?=\p{L})|[.;]\s/u)[0]
    ?.replace(/[.!]+$/u, "")
    // "…the second circuit and he pulled me up on it fair enough": how it was caught is not the
    // fault.
    .replace(CAUGHT, "")
    // "i forgot the plenary and the bell went": what followed, with its own subject, is no fault.
    .replace(
      /\s+and\s+(?:the|it|they|he|she|we)\s+(?:\p{L}+\s+)?(?:went|rang|came|ended|finished|stopped|started|ran\s+out)\b.*$/u,
      "",
    )
    // "…off the bas at the heel and itd 'go on the first clash'": a quote cut the clause after it.
    .replace(DANGLING, "")
    .replace(DANGLING, "");
  // "I ran the wheel nuts up tight with the rattle gun instead of running them on and torquing
  // by hand in a star pattern": a long fault says what was done, not what should have been.
  // "…uneven on one side so the head wouldn't seat and I had to knock it out": nor what followed.
  const fault =
    whole && whole.split(/\s+/).length > MOST_WORDS
      ? whole.split(/\s+instead of\s+|\s+so\s+(?=(?:the|it|that|this|they|I|my)\b)/u)[0]
      : whole;
  if (!fault || !(marked || praised !== clause || FAULT.test(fault))) return null;
  // "…but i was mortified": how the candidate felt is no fault to own.
  if (FELT.test(fault)) return null;
  return speakable(withItNamed(fault, text), text);
}

/** "I was mortified", "I felt so nervous": a feeling, not something done wrong. */
const FELT =
  /^I\s+(?:was|felt|am|got)\s+(?:so\s+|really\s+|pretty\s+|a bit\s+|quite\s+|totally\s+)?(?:mortified|embarrassed|gutted|nervous|anxious|annoyed|frustrated|upset|disappointed|flustered|shaky|kicking myself)\b/iu;

/** A joining word, and maybe a subject, left with no clause after them. */
const DANGLING =
  /\s+(?:(?:and|but|or|because|then|which|the)|so(?=\s+(?:it|he|she|they|i|we|you)\b))(?:\s+(?:it|he|she|they|i|we|you|that|this|the)(?:['’]?(?:d|ll|s|re|ve|m))?)?$/iu;

/**
 * "got me to change the hole on 14. he said… but I put it on the side of a hill": the "it" is
 * the thing the task named, which the letter must name ("I put the hole on 14 on the side of a
 * hill"), having no sentence before to say it.
 */
function withItNamed(fault: string, text: string): string {
  // "forgot to say it's protected": "it is", never a possessive to name.
  if (!/\bit\b(?!['’])/u.test(fault)) return fault;
  const [head = "", ...rest] = text.split(/[.;]\s+/u);
  const thing =
    rest.length > 0
      ? /\b(?:the|my)\s+(?:[\p{L}\d'’-]+\s+){0,3}?[\p{L}\d'’-]+$/u.exec(head)?.[0]
      : null;
  return thing ? fault.replace(/\bit\b(?!['’])/u, thing) : fault;
}

/** A fault that names no one the letter cannot: null when it speaks of the reader or others. */
function speakable(fault: string, text: string): string | null {
  // "I should have said much earlier that we were bringing him in": after "that", the people
  // are those the candidate spoke of, not the reader.
  const own = fault.split(/\s(?:that|if)\s/u)[0]!;
  if (
    !fault ||
    NO_FAULT.test(fault) ||
    MISSED_NOTHING.test(fault) ||
    /\bin a good way\b/iu.test(text) ||
    (PRAISE_WORD.test(fault) && !/\b(?:not|n['’]t|never|too)\b/iu.test(fault)) ||
    fault.split(/\s+/).length > MOST_WORDS ||
    /\b(?:you|your)\b/i.test(fault) ||
    othersNamed(text).test(own) ||
    /[,;:?()"“”]/.test(fault)
  ) {
    return null;
  }
  return fault.trim();
}

/**
 * "I was quick and methodical but missed the expired juice": the praise before the "but" is not
 * the fault; "I missed the expired juice" is. "I was quick but tidying joints too early" is "I
 * was tidying joints too early".
 */
function withoutPraise(clause: string): string {
  const found = /^I\s+(?:was|were)\s+[^,;]*?\s+but\s+(?:I\s+)?(.+)$/u.exec(clause);
  if (!found) return clause;
  const rest = found[1]!;
  if (new RegExp(String.raw`^(?:${SLIP}|didn['’]?t|did not|never|had)`, "u").test(rest)) {
    return `I ${rest}`;
  }
  // "…but my behaviour management was a bit soft": the fault has its own subject.
  if (/^my\s/u.test(rest)) return rest;
  // "…but that's normal for a first shift", "…but they were slow to get back": a clause of its
  // own after the "but", which excuses or speaks of someone else, is no fault.
  return /^(?:that|that['’]s|thats|it|it['’]s|its|they|there|the|this|we|he|she|you)\b/iu.test(rest)
    ? ""
    : `I was ${rest}`;
}

/**
 * "I missed nothing", "I didn't need to bring my own knives", "I should have been a chef years
 * ago": the words of a fault, saying none.
 */
const NO_FAULT =
  /^I\s+(?:\p{L}+\s+){0,2}?(?:nothing|none|no one|nobody)\b|^I\s+(?:didn['’]?t|did not)\s+(?:need|have)\s+to\b|^I\s+should(?:\s+have|['’]ve)\s+been\s+(?:a|an)\b/iu;

/** "…thorough and didn't miss anything": praise, in the words of a slip not made. */
const MISSED_NOTHING =
  /\b(?:didn['’]?t|did not|never)\s+(?:miss|skip|forget|drop|lose|rush)\s+(?:anything|a thing|a beat|a step|any)\b/iu;

/** "…but the second one was perfect", "…but settled in really well": praise after the "but". */
const PRAISE_WORD =
  /\b(?:(?<!\bas\s)well|perfect(?:ly)?|great|spot on|nicely|excellent|brilliant|better|best|lovely|fine|faster than|cleaner|neater)\b/iu;

/** The longest fault a note owns in the candidate's words; longer, it is detail, not a fault. */
const MOST_WORDS = 22;

/**
 * "…he stopped me. my mistake", "'that's the one that kills people'": notes that call the fault
 * the candidate's mistake, or a danger, which is not to be worked on but never made again.
 */
export function admitsMistake(point: string): boolean {
  return /\b(?:my (?:mistake|bad|fault|error)|i (?:messed|screwed) up|kills? (?:people|someone|you)|(?:people|someone|you)\s+gets?\s+(?:hurt|killed|injured)|could (?:have )?(?:killed|hurt|injured)|dangerous|unsafe|safety (?:issue|risk|fail))\b/iu.test(
    point,
  );
}

/**
 * "I filled the EDTA before the citrate", "there were overcuts on two corners": a fault that was
 * one thing done wrong, which is not to be worked on but not done again; "my spacing was off",
 * "I was too slow" and "I talked too much" are a skill to work on.
 */
export function isSlip(fault: string): boolean {
  // "I talked too much" is a habit, not one slip.
  return (
    /^(?:I\s+(?!(?:was|were)\b)|there\s+(?:was|were)\b)/u.test(fault) &&
    !/\b(?:too|not enough|enough)\b/u.test(fault)
  );
}

/**
 * Advice in the interviewer's own words, quoted, as an order the candidate takes up: "His words:
 * 'Mix to the room, not to your chest.'" is "to mix to the room, not to my chest"; "-> 'never
 * drop a rating factor…'" is "never to drop a rating factor…". Null when no quote is an order, or when
 * it speaks of anyone but the candidate.
 */
export function adviceQuoted(point: string): string | null {
  const text = typedOut(point);
  for (const found of text.matchAll(QUOTED_ORDER)) {
    const before = text.slice(Math.max(0, found.index - 24), found.index);
    // "'good instinct, but check the slip ring first, it's cheaper'": the order after the praise.
    const after = /^[^,;]*?,?\s*but\s+(\p{Ll}[^,;.]*)/u.exec(found[1]!)?.[1];
    if (!ADVICE_CUE.test(before) && !after) continue;
    // 'i said "dunno, plumbing's just more interesting"': the candidate's own words.
    if (/\b[Ii]\s+(?:said|answered|replied|told\s+\p{L}+)\s*:?\s*$/u.test(before)) continue;
    const order = (after ?? found[1]!)
      .replace(/[.!]+$/u, "")
      .replace(/^just\s+/iu, "")
      .replace(/^(?:don['’]t|do not)\s+/iu, "not ")
      .replace(/\byour\b/giu, "my")
      .replace(/\byourself\b/giu, "myself");
    const verb = /^(?:not|never|always)\s+(\p{L}+)|^(\p{L}+)/iu.exec(order);
    const first = (verb?.[1] ?? verb?.[2] ?? "").toLowerCase();
    if (
      !isBareVerb(first) ||
      VERDICT.test(order) ||
      // '"close enough, right hill wrong village"': a verdict on an answer, not an order.
      /^(?:close|near|good|fair|not bad|spot)\s+(?:enough|on)\b/iu.test(order) ||
      // "smooth, no drama", "clean, quick": praise of how it went, no order.
      (!after && /^\p{L}+,\s/u.test(order) && wordsOf(first)[0]?.tags.has("Adjective") === true) ||
      order.split(/\s+/).length > 16 ||
      /\b(?:you|we|us|our|they|them|their|he|she|him|her|I)\b/u.test(order) ||
      /[;:?()]/.test(order)
    ) {
      continue;
    }
    // "to mix to the room", "never to drop…", "not to apologise": the order as what was advised.
    const advised = order.charAt(0).toLowerCase() + order.slice(1);
    return /^(?:not|never)\s/u.test(advised)
      ? advised.replace(/^(\p{L}+)\s/u, "$1 to ")
      : `to ${advised}`;
  }
  return null;
}

/** A quoted saying: "'Mix to the room, not to your chest.'", its words in the first group. */
const QUOTED_ORDER =
  /(?<![\p{L}])['‘"“]((?:\p{L}|\s)(?:[^'’"”]|(?<=\p{L})['’](?=\p{L}))*?)[.!]?['’"”](?![\p{L}])/gu;

/** What comes just before a quote that makes it the interviewer's advice. */
const ADVICE_CUE =
  /(?:->|→|=>|\s[-–—]|\b(?:words|advice|tip|feedback|rule|motto|lesson)\s*:\s*|\b(?:said|says|told me|advised|reminded me|suggested)\s*:?\s*)\s*$/iu;

/** What the interviewer found wrong with a piece of the candidate's work. */
const CRITICISM =
  "overkill|slow|too\\s+\\p{L}+|over-?engineered|over-?complicated|overcomplicated|unclear|messy|vague|thin|weak|confusing|wrong|rushed|incomplete|hard to follow";

/** "had to prompt me for": what the candidate needed. */
const NEEDED: Record<string, string> = {
  prompt: "prompting",
  remind: "reminding",
  nudge: "a nudge",
  help: "help",
};

/** Past tenses a fault is told in that do not end in "-ed". */
const IRREGULAR_PAST =
  "went|made|took|left|forgot|put|set|cut|got|let|ran|held|lost|drew|wrote|chose|gave|froze|broke|spent|threw|tore|bent|overshot|undercut|misread";

/** Verbs ending in "-ed" that tell of the candidate's past, wishes or needs, never of a slip in the test. */
const NOT_A_SLIP =
  "need|feed|exceed|proceed|succeed|used|needed|wanted|liked|loved|enjoyed|hoped|planned|preferred|lived|moved|trained|studied|worked|started|learned|qualified|applied|graduated|retired|joined|managed|volunteered|agreed|asked|offered";

/** A verb in the past that tells of a slip: "rigged", "went", never "used" or "needed". */
const SLIP = String.raw`(?!(?:${NOT_A_SLIP})\b)(?:\p{L}+(?:-\p{L}+)?ed|${IRREGULAR_PAST})\b`;

/** What the employer offers, never the candidate's work: "great team but pay too low". */
const NOT_THEIRS = String.raw`(?!(?:pay|salary|wages?|hours|commute|parking|rota|shifts?|travel|location|benefits|budget|office|team|staff|drive)\b)`;

/** "said my rescue was 'calm and tidy' but ": praise of the candidate's work, then a "but". */
const PRAISED_WORK = String.raw`\b${SAID}\s+(?:that\s+)?my\s+[^,;]+?\s+(?:was|were)\b.*?\bbut\s+`;

/**
 * Each shape of a fault found, and the candidate's clause it makes; `marked` when the shape
 * alone says the clause is a fault.
 */
const FAULT_SAID: {
  shape: RegExp;
  owned: (found: RegExpExecArray) => string;
  marked?: boolean;
}[] = [
  // "said my case study was good but too long": what was too long, owned.
  {
    shape: new RegExp(
      String.raw`\b${SAID}\s+(?:that\s+)?(my\s+[^,;]+?\s+(?:was|were))\s+(?:\p{L}+\s+){1,2}but\s+((?:a\s+bit\s+|far\s+|way\s+)?too\s+\p{L}+)`,
      "u",
    ),
    owned: (found) => `${found[1]} ${found[2]}`,
  },
  // "'tidy rope work, good anchor choice' BUT too slow getting the dummy down": praise quoted,
  // then what the candidate was too slow (or too quick) doing.
  {
    shape:
      /['’"”]\s*(?:[.,;:-]\s*)?but\s+((?:a\s+bit\s+|far\s+|way\s+)?too\s+(?:slow|fast|quick|hasty|cautious|careful|long|late|early|rushed)\s+\p{Ll}+ing\b[^,.;]*)/iu,
    owned: (found) => `I was ${found[1]!}`,
    marked: true,
  },
  // "'your RCC quantities are spot on' :) but missed shuttering for the staircase": praise
  // quoted, then what the candidate did wrong.
  {
    shape: new RegExp(
      String.raw`['’"”]\s*(?:[:;]-?[)D(]\s*)?(?:[.,;:-]\s*)?but\s+(?:I\s+)?(${SLIP}[^,;.]*)`,
      "iu",
    ),
    owned: (found) => `I ${found[1]!}`,
    marked: true,
  },
  // "said my shade matching was "really close" but my contacts were too heavy"; "said the
  // seasoning was spot on … but the plate was too busy": the plate the candidate made.
  {
    shape: new RegExp(
      String.raw`\b${SAID}\b.*?\bbut\s+((?:my|the)\s+${NOT_THEIRS}[^,;"“]+?\s+(?:was|were|got|went|came(?:\s+out)?)\s+(?:a\s+bit\s+|far\s+|way\s+)?too\s+\p{L}+)`,
      "u",
    ),
    // "but my butter got too warm on the 2nd turn": what became too much, owned.
    owned: (found) => found[1]!.replace(/^the\s/u, "my "),
    marked: true,
  },
  // "said my rescue was 'calm and tidy' but I rigged the anchor off one point", "she liked that I
  // asked about rotation… but I went straight to a spray": after praise, what the candidate did
  // next in the past is what was wrong.
  {
    shape: new RegExp(
      String.raw`(?:${PRAISED_WORK}|\b(?:she|he|they)\s+(?:liked|loved|praised|was happy with|were happy with)\b.*?\bbut\s+)(I\s+(?:(?:hadn['’]?t|had not|didn['’]?t|did not|never)\s+\p{L}+|${SLIP}).*)$`,
      "u",
    ),
    owned: (found) => found[1]!,
    marked: true,
  },
  // "said my beads were even but 2 stones on the pave not level": a count of the work, what was
  // wrong with it.
  {
    shape: new RegExp(
      String.raw`${PRAISED_WORK}((?:\d+|one|two|three|four|five|a\s+couple\s+of|a\s+few|some)\s+(?:(?!\b(?:is|are)\b)[^,;:"“])+?)\s+(?:(?:was|were)\s+)?((?:not|too)\s+[^,;:"“]+)`,
      "u",
    ),
    owned: (found) => `${found[1]} ${/^(?:1|one)\s/.test(found[1]!) ? "was" : "were"} ${found[2]}`,
    marked: true,
  },
  // "liked the VLANs but said my OSPF design was 'overkill for one site'": a criticism of the
  // candidate's work, quoted or not.
  {
    shape: new RegExp(
      String.raw`\bbut\s+(?:(?:she|he|they)\s+)?${SAID}\s+(?:that\s+)?((?:my|the)\s+[^,;'"‘“]+?\s+(?:was|were))\s+['"‘“]?((?:a\s+bit\s+|far\s+|way\s+)?(?:${CRITICISM})\b[^,;'"’”]*)`,
      "u",
    ),
    // "said the budget split was 'way too heavy'": the candidate's work, theirs.
    owned: (found) => `${found[1]!.replace(/^the\s/u, "my ")} ${found[2]}`,
    marked: true,
  },
  // "said my call summarization was 'one of the cleanest' but map reading was slow": after praise of
  // the candidate's work, another part of it found wanting.
  {
    shape: new RegExp(
      String.raw`${PRAISED_WORK}((?:my\s+|the\s+)?(?:\p{Ll}+\s+){0,3}?\p{Ll}+)\s+(was|were)\s+((?:a\s+bit\s+|far\s+|way\s+)?(?:${CRITICISM})\b[^,;'"’”]*)`,
      "u",
    ),
    owned: (found) =>
      `${/^(?:my|the)\s/.test(found[1]!) ? found[1] : `my ${found[1]}`} ${found[2]} ${found[3]}`,
    marked: true,
  },
  // "but she called my fertiliser plan 'a textbook answer, not a farmer's answer'": after a
  // "but", what they called the candidate's work is what was wrong with it.
  {
    shape:
      /\b[Bb]ut\s+(?:(?:she|he|they)\s+)?(?:called|described)\s+(my\s+[^,;'"‘“]+?)\s+['"‘“]((?:a|an|(?:a\s+bit\s+|far\s+|way\s+)?too)\s+(?:[^'"’”]|(?<=\p{L})['’](?=\p{L}))+?)[.!]?['’"”](?!\p{L})/u,
    owned: (found) =>
      `${found[1]} was ${found[2]!.replace(/,\s+(not|rather than)\s+/u, " and $1 ")}`,
    marked: true,
  },
  // "liked the footsteps on diff surfaces / ui sounds too loud + too bright vs the mix": praise,
  // then, set apart, what was too much.
  {
    shape: new RegExp(
      String.raw`\b(?:liked|loved|praised|happy with|pleased with)\b[^;]*;\s+(?:but\s+)?(?:my\s+|the\s+)?${NOT_THEIRS}((?:\p{L}+\s+){0,2}?\p{Ll}+)\s+(?:(?:was|were)\s+)?((?:a\s+bit\s+|far\s+|way\s+)?too\s+\p{Ll}+(?:\s+and\s+too\s+\p{Ll}+)?)\b`,
      "u",
    ),
    owned: (found) => `my ${found[1]} ${/s$/u.test(found[1]!) ? "were" : "was"} ${found[2]}`,
    marked: true,
  },
  // "sauce was 'properly seasoned' but plating 'too busy, three things too many'": what they
  // found too much, quoted after a "but", is the candidate's.
  // "she loved the capybara spread… but text area too small, 'you forgot…'": unquoted too,
  // when their words follow.
  {
    shape:
      /(?:['‘"“]|\b(?:loved|liked|praised|said)\b).*?\bbut\s+(?:my\s+|the\s+)?(\p{Ll}+(?:\s+\p{Ll}+)?)\s+(?:(?:was|were)\s+)?(?:['‘"“]((?:a\s+bit\s+|far\s+|way\s+)?too\s+\p{Ll}+)|((?:a\s+bit\s+|far\s+|way\s+)?too\s+\p{Ll}+)(?=,?\s*['‘"“]))/u,
    owned: (found) =>
      `my ${found[1]} ${/s$/u.test(found[1]!) ? "were" : "was"} ${found[2] ?? found[3]}`,
    marked: true,
  },
  // "she said 'you forgot the deficit'": their words to the candidate, a slip.
  {
    shape: new RegExp(
      String.raw`\b${SAID}\s*:?\s*['‘"“]you\s+((?:${SLIP}|didn['’]?t\s+\p{L}+|never\s+\p{L}+)[^,;.'’"”]*)['’"”]`,
      "u",
    ),
    owned: (found) => `I ${found[1]!}`,
    marked: true,
  },
  // "my stats were 'fine but you treated each site as independent'": their "you", the candidate.
  {
    shape: new RegExp(String.raw`['‘"“][^'’"”]*?\bbut\s+you\s+(${SLIP}[^,;.'’"”]*)`, "u"),
    owned: (found) => `I ${found[1]!}`,
    marked: true,
  },
  // "but said i 'let the top table coast'": the candidate's deed, in the reader's words.
  {
    shape: new RegExp(
      String.raw`\bbut\s+(?:(?:she|he|they)\s+)?${SAID}\s+(?:that\s+)?I\s+['‘"“](${SLIP}[^'’"”]*)['’"”]`,
      "u",
    ),
    owned: (found) => `I ${found[1]!}`,
    marked: true,
  },
  // "said 'good order' but she had to prompt me for convergence": the help needed, owned.
  {
    shape: new RegExp(
      String.raw`\b${SAID}\b.*?\bbut\s+(?:she|he|they)\s+had\s+to\s+(prompt|remind|nudge|help)\s+me\s+((?:for|on|about|with)\s+[^,;.]+)`,
      "u",
    ),
    owned: (found) => `I needed ${NEEDED[found[1]!]} ${found[2]}`,
    marked: true,
  },
  // "good: read the sonograms well. not good: went straight to mitigation w/o asking…": the
  // verdict labelled, the deed the candidate's.
  {
    shape: new RegExp(
      String.raw`\b(?:not good|bad|weak|to improve|could improve|improve|needs work|minus|cons?|crit|criticism|critique|negatives?|(?:only|one|the)\s+(?:knock|downside|thing|niggle|criticism))\s*(?::|\s[-–—])\s*(?:I\s+)?((?:${SLIP}|didn['’]?t|did not|never)[^.;]*)`,
      "u",
    ),
    owned: (found) => `I ${found[1]!.replace(/^didnt\b/, "didn't")}`,
    marked: true,
  },
  // "…she called that 'calm'. forgot the default clause completely, she had to ask": a slip
  // typed as its own sentence, without its "I".
  {
    // "…he said 'thats how people get hurt' - i forgot all the testing", "found the hair + the
    // tea bags, missed the stain on the curtain": after a dash or a comma too, "I" or none.
    shape:
      /(?:^|[.;]\s+|,\s+(?=(?:I\s+)?(?:[Mm]issed|[Ff]orgot|[Mm]ixed up))|\bbut\s+(?=(?:I\s+)?(?:missed|forgot|mixed up))|(?<=\bI\s[^.;]*)\band\s+(?=(?:missed|forgot|mixed up)\b)|\s[-–—]\s+)(?:I\s+)?((?:[Ff]orgot|[Mm]issed|[Ss]kipped|[Rr]ushed|[Oo]verlooked|[Mm]ixed up)\s+[^.;]+)/u,
    owned: (found) => `I ${found[1]!.charAt(0).toLowerCase()}${found[1]!.slice(1)}`,
    marked: true,
  },
  // "…undercut on the cap at the toes, 'you're running too hot overhead'": their words to the
  // candidate, quoted, say what the candidate did.
  {
    shape:
      /['‘"“]you(?:['’]re|\s+are|\s+were)\s+((?:a\s+bit\s+|way\s+|far\s+)?(?:too\s+\p{Ll}+|\p{Ll}+ing\s+too\s+\p{Ll}+)[^'’"”]*)['’"”]/iu,
    owned: (found) => `I was ${found[1]!}`,
    marked: true,
  },
  // "said my survey was good but I went to the obs too quickly"
  {
    shape: new RegExp(String.raw`\b${SAID}\b.*?\bbut\s+(I\s+\p{L}.*)$`, "u"),
    owned: (found) => found[1]!,
  },
  // "said I was smooth on the ramp but too slow reversing": the candidate who was too slow.
  {
    shape: new RegExp(
      String.raw`\b${SAID}\b.*?\bbut\s+((?:a\s+bit\s+|far\s+|way\s+)?too\s+\p{L}+\s+\p{L}.*)$`,
      "u",
    ),
    owned: (found) => `I was ${found[1]!}`,
  },
  // "he said good but slow on the high racking": the candidate, slow at something.
  {
    shape: new RegExp(
      String.raw`\b${SAID}\b.*?\bbut\s+((?:a\s+bit\s+|a\s+little\s+|quite\s+)?(?:slow|hesitant|nervous|quiet|vague|unsure|tentative)\s+(?:on|with|at|in|when|to|getting|reading|calling)\s+[^,;.]+)`,
      "u",
    ),
    owned: (found) => `I was ${found[1]!}`,
    marked: true,
  },
  // "kirsty said my conditions were way too long - '…'": what was too much, said plainly.
  {
    shape: new RegExp(
      String.raw`\b${SAID}\s+(?:that\s+)?(my\s+[^,;"“]+?\s+(?:was|were)\s+(?:a\s+bit\s+|far\s+|way\s+|much\s+)?too\s+\p{L}+)`,
      "u",
    ),
    owned: (found) => found[1]!,
    marked: true,
  },
  // "streaking was good… but gram stain over-decolourised -> too much alcohol": done too far.
  {
    shape: new RegExp(
      String.raw`\b${SAID}\b.*?\bbut\s+(?:my\s+|the\s+)?${NOT_THEIRS}(?!(?:I|we|you|he|she|they)\s)((?:\p{L}+\s+){0,2}?\p{L}+)\s+(?:(?:was|were)\s+)?((?:over|under)-?\p{L}+(?:ed|d))\b`,
      "u",
    ),
    owned: (found) => `my ${found[1]} ${/s$/u.test(found[1]!) ? "were" : "was"} ${found[2]}`,
    marked: true,
  },
  // "said i was fine but 'too quick thru the gate'": too much of something, in their words.
  {
    shape: new RegExp(
      String.raw`\b${SAID}\b.*?\bbut\s+['‘"“]((?:a\s+bit\s+|far\s+|way\s+)?too\s+\p{L}+\s+[^'’"”]+)['’"”]`,
      "u",
    ),
    owned: (found) => `I was ${found[1]!}`,
    marked: true,
  },
  // "…copper vat. i cut the curd too early, she said it was still soft": a deed of theirs in the
  // past, done too early or too far, is a slip whoever says so.
  {
    shape: new RegExp(
      String.raw`(?:^|[.;,]\s+|\s[-–—]\s+)(I\s+(?!(?:arrived|got|came|left|went|turned|showed|finished|woke)\b)${SLIP}\s+(?:[^.;,"“]+?\s+)?too\s+(?:early|soon|late|quickly|fast|far|much|little|hard|hot|deep|high|low|tight|loose|short|long|thin|thick)\b)`,
      "u",
    ),
    owned: (found) => found[1]!,
    marked: true,
  },
  // "i called the tube good on breath sounds … before looking at the waveform. he stopped me":
  // what they stopped or corrected the candidate for.
  {
    shape: new RegExp(
      String.raw`(?:^|[.;,]\s+|\s[-–—]\s+)(I\s+(?:${SLIP}|read)[^.;"“]*?)[.;,]?\s+(?:and\s+|so\s+)?(?:he|she|they)\s+(?:stopped|corrected|pulled\s+me\s+up|picked\s+me\s+up|had\s+to\s+stop)\b`,
      "u",
    ),
    owned: (found) => found[1]!,
    marked: true,
  },
  // "got it running but i connected the panel to the regulator before the battery": the task
  // done, and the slip in it.
  {
    shape: new RegExp(
      String.raw`\b(?:got\s+(?:it|them|the\s+\p{L}+)\s+(?:running|working|done|finished|going|built|up)|(?:it|that)\s+worked|finished\s+(?:it|on\s+time))\b[^.;]*?\bbut\s+(I\s+${SLIP}[^.;,"“]*)`,
      "u",
    ),
    owned: (found) => found[1]!,
    marked: true,
  },
  // "speed fine (68 wpm) but i typed menisectomy instead of meniscectomy": fine, but the slip.
  {
    shape: new RegExp(
      String.raw`\b(?:fine|ok|okay|good|great|solid|decent|quick|accurate)\s+but\s+(I\s+${SLIP}[^.;,"“]*)`,
      "u",
    ),
    owned: (found) => found[1]!,
    marked: true,
  },
  // "went well til i ran over by 6 min": fine until the slip.
  {
    shape: new RegExp(
      String.raw`\b(?:went|was|going|started)\s+(?:well|fine|ok|okay|great|smoothly)\s+(?:til|till|until|up\s+to\s+when|but\s+then|then)\s+(I\s+${SLIP}[^.;,"“]*)`,
      "u",
    ),
    owned: (found) => found[1]!,
    marked: true,
  },
  // "i under salted it, she was right": a slip the candidate grants, in their own words.
  {
    shape:
      /(?:^|[.;]\s+|["”]\.?\s+)(I\s+[^.;,"“”]+?),?\s+(?:(?:she|he|they)\s+(?:was|were)\s+(?:right|correct|spot on)|fair enough)\b/u,
    // "she tasted my beurre blanc -> … i under salted it": the "it" is the work named before.
    owned: (found) => {
      const work = /\bmy\s+((?:\p{L}+\s+){0,2}?\p{L}+)\s*(?:->|→|[-–—:,])/u.exec(found.input);
      return work ? found[1]!.replace(/\bit$/u, `my ${work[1]}`) : found[1]!;
    },
    marked: true,
  },
  // "thought I rambled on the first question"
  {
    shape: new RegExp(String.raw`\b${SAID}\s+(?:that\s+)?(I\s+\p{L}.*)$`, "u"),
    owned: (found) => found[1]!,
  },
  // "she said occlusion and contacts were good but I 'lost the margin on the distal'", "he said
  // the bevels were clean but there were overcuts…": after praise, any slip in the past.
  {
    shape: new RegExp(
      String.raw`\b(?:${SAID}|liked|loved|praised|happy\s+with|pleased\s+with)\b[^.;]*?\bbut\s+(.+)$`,
      "u",
    ),
    owned: slipAfterPraise,
    marked: true,
  },
];

/**
 * The people a fault may not name: the reader, whom it cannot speak of in the third person, and
 * anyone else, whom a letter would name with no word before to say who. With the reader a "he"
 * or a "she", a "they" is someone else ("…but said I never asked how they test the milk").
 */
function othersNamed(text: string): RegExp {
  const others = /\b(?:he|she)\b/i.test(text) ? "" : "|they|them|their";
  return new RegExp(String.raw`\b(?:she|her|he|him|his|we|our${others})\b`, "i");
}

/**
 * After praise and a "but", what the candidate did, or how their work came out, in the past:
 * "I 'lost the margin on the distal'" is "I lost the margin on the distal"; "the spacing was
 * off"; "there were overcuts on two corners of the top mat". Empty when what follows the "but"
 * is not that: someone else's doing, or the job as it is ("the hours are long").
 */
function slipAfterPraise(found: RegExpExecArray): string {
  // Praise of the food at lunch, then "two of the plates were too cold", is no fault of the
  // candidate's: the praise is of their work ("my webbing", "I was calm"), or the point is of a
  // task they were set ("trial was a double mat…").
  const before = found.input.slice(0, found.index + found[0].length - found[1]!.length);
  if (!/\b(?:my|I)\b/u.test(before) && !WORK_SET.test(before)) return "";
  // Their word for it, quoted inside the candidate's clause, is read as part of it.
  const rest = found[1]!.replace(
    /^([^,;.:"“”]*?)\s+["“‘]((?:[^"”’]|(?<=\p{L})’(?=\p{L}))+)["”’]/u,
    "$1 $2",
  );
  const clause = rest.split(/,\s|;\s*|:\s*|\s[-–—]\s|\s*["“]|[.]\s/u)[0]!.trim();
  const past = String.raw`(?:was|were|went|got|came\s+out|looked|ended\s+up|${SLIP})`;
  const shapes = [
    new RegExp(
      String.raw`^I\s+(?:(?:hadn['’]?t|had not|didn['’]?t|did not|never|wasn['’]?t|was not)\s+\p{L}+|${past}|had)\b`,
      "u",
    ),
    new RegExp(
      String.raw`^(?:my|the)\s+${NOT_THEIRS}(?:[\p{L}\d&'’-]+\s+){1,5}?${past}\s+[\p{L}\d]`,
      "u",
    ),
    new RegExp(
      String.raw`^(?:\d+|one|two|three|four|five|a\s+couple\s+of|a\s+few)\s+(?:[\p{L}\d'’-]+\s+){1,5}?${past}\s+\p{L}`,
      "u",
    ),
    /^there\s+(?:was|were)\s+\p{L}/u,
  ];
  return shapes.some((shape) => shape.test(clause)) ? clause : "";
}

/** A point that tells of a task the candidate was set, whose praise is of their work. */
const WORK_SET =
  /\b(?:trial|practical|test|role[\s-]?play|scenario|demo|demonstration|assessment|exercise|task|inspection|mock|sample|coupon|piece|case study|(?:got|had|asked|gave|let|set)\s+me)\b/iu;

/** "and he pulled me up on it", "fair enough": how a fault was caught, or granted, after it. */
const CAUGHT =
  /(?:\s+(?:and|so|which|but)\s+(?:he|she|they)\s+(?:pulled|picked|called|caught|flagged|pointed|noticed|spotted|clocked|stopped|corrected|halted)\b.*|\s+(?:til|till|until|before)\s+(?:he|she|they)\s+(?:asked|said|pointed|prompted|checked|reminded)\b.*|\s+(?:fair enough|to be fair|fair))$/u;

/** What marks a clause as a fault: too much, too little, something missed. */
const FAULT =
  /^my\s+.+\s(?:was|were)\s+(?:a\s+bit\s+|far\s+|way\s+)?too\s+\p{L}+$|^I\s+(?:was|were)\s+(?:a\s+bit\s+|quite\s+|too\s+)?(?:slow|late|hesitant|vague|unsure)\b|^I\s+(?:\p{L}+\s+){0,8}?(?:too|never|should have|could have|didn['’]t|did not|wasn['’]t|was not|not enough|forgot|missed|mixed up|dropped|rushed|rambled|undersold|skipped|lost|without|talked too|went over|ran over|jumped|straight (?:to|into|for)|over\p{L}+ed|under\p{L}+ed)\b/iu;

/**
 * "bring my passport on day one" is an instruction, not advice: advice says what to do better,
 * unless the notes call it feedback.
 */
const IMPROVEMENT =
  /\b(?:faster|quicker|slower|more|less|fewer|shorter|longer|better|tighter|clearer|sooner|earlier|louder|concise|confident|work on|improve|practi[cs]e|brush up|focus on|polish|slow down|speed up)\b/i;

/** "said my walls were even but…": praise, then what was wrong, makes what follows advice. */
const PRAISE_BUT = new RegExp(String.raw`\b${SAID}\b.*\bbut\b`, "u");

/** An order in quotes after an arrow, the end of the point: "… -> 'slow down'". */
const QUOTED_ADVICE =
  /\s(?:->|→|=>|-|–)\s*['‘"“]((?!(?:should|must|could|would|be|is|was|were|it|that|this|you|good|nice|great|well|not)\b)\p{Ll}(?:[^'’"”]|(?<=\p{L})['’](?=\p{L}))*?)[.!]?['’"”]$/u;

/** "… and it's a dish", "… and you're there": what the work would be, said after the order. */
const VERDICT = /\band\s+(?:it['’]s|it\s+is|that['’]s|you['’](?:ve|re|ll))\b/iu;

/** Each shape of advice, its action in the first group. */
const ADVICE: RegExp[] = [
  // "said my walls were even but the rims weren't consistent -> throw to a gauge"
  new RegExp(
    String.raw`\b${SAID}\b.*?\bbut\b.*?\s(?:->|→|=>|-|–)\s*((?!(?:should|must|could|would|be|is|was|were|it|that|this)\b)\p{Ll}[^,.;!?]*)$`,
    "u",
  ),
  // "said my temps were good but i need to wipe plates faster"; never "…because I could see the
  // clock", a reason.
  new RegExp(
    String.raw`\b${SAID}\b.*?(?<!\b(?:because|bc|b/c|cos|cause|since|as|so|when|while|if|though)\s+)\b(?:I|i)\s+(?:need(?:ed)?|should|could|have|must|ought)\s+(?:to\s+)?(?:try\s+(?:to\s+)?)?(\p{L}.*)$`,
    "u",
  ),
  // "told me to slow down in the intro", "advised me to lead with results"
  new RegExp(String.raw`\b(?:told|advised)\s+me\s+to\s+(\p{L}.*)$`, "u"),
  // "feedback: slow down in the intro"
  /\bfeedback\s*(?:was|:|-)\s*(?:to\s+)?(\p{Ll}.*)$/u,
];

/**
 * What the candidate says they should have done, typed after the fault: "…too warm on the 2nd
 * turn, should of rested it longer in the walk in" is "I should have rested it longer in the
 * walk-in". Null when the notes say no such thing, or say it of someone else.
 */
export function remedyOf(point: string): string | null {
  const text = typedOut(point.replace(/\s*\([^()]*\)/g, ""));
  const found =
    /(?:^|[,;.]\s+|\s[-–—]\s+|\bbut\s+)(?:I\s+)?(?:should(?:\s+of|\s+have|['’]ve)|shouldve)\s+(\p{Ll}+ed|done|gone|taken|made|kept|let|set|put|run|cut|left|checked|used|asked)\b([^,;.!?]*)/u.exec(
      text,
    );
  if (!found) return null;
  const rest = `${found[1]}${found[2]}`.trim();
  if (
    rest.split(/\s+/).length > 14 ||
    /\b(?:you|your|she|her|he|him|his|they|them)\b/iu.test(rest)
  ) {
    return null;
  }
  return `I should have ${rest}`;
}

/**
 * What the reader told the candidate to do instead, typed beside the fault, as what the
 * candidate will do: "…too near the slope. said pick a flat spot, at least 4 or 5 paces in" is
 * "pick a flat spot, at least four or five paces in"; "said I measured it instead of spacing by
 * eye" is "space by eye". Null when the notes say no such thing, or say it of someone else.
 */
export function orderBeside(point: string): string | null {
  const text = typedOut(point.replace(/\s*\([^()]*\)/g, ""));
  const said = [...text.matchAll(ORDER_SAID)]
    .map((found) => `${found[1]}${found[2]}`)
    // "said always measure first": the order and how often.
    .find(
      (order) =>
        isBareVerb(order.replace(/^(?:always|never|just)\s+/u, "").split(/\s+/)[0]!) &&
        // "said judge wouldve denied": a noun that does something, not an order.
        !/^\S+(?:\s+and\s+\S+)?\s+(?:would|wouldve|would've|will|won['’]?t|can|could|should|was|is|were|are|has|had|did|does|looked|seemed|felt|['’]d)\b/iu.test(
          order,
        ),
    );
  const instead = INSTEAD.exec(text);
  const order = said ?? (instead ? `${baseForm(instead[1]!)}${instead[2]}` : null);
  if (
    !order ||
    /^(?:be|do|have|get|go|let|make|need|want|try)\b/iu.test(order) ||
    order.split(/\s+/).length > 14 ||
    /\b(?:you|your|she|her|he|him|his|they|them|their|it|we|us|our)\b/iu.test(order) ||
    // "she said fine but i didnt account for…": a verdict, then what the candidate did.
    /^(?:fine|good|great|ok|okay|nice|right|fair|grand|correct|perfect|clean|pass|passed|cool|solid|lovely|brilliant|excellent|spot|well|decent|tidy|neat|sound)\b|\b[Ii]\b/u.test(
      order,
    )
  ) {
    return null;
  }
  return order.replace(/[,\s]+$/u, "");
}

/** "said pick a flat spot", "told me to keep it simple": an order, its verb and the rest. */
const ORDER_SAID =
  /(?:^|[.;]\s+|,\s+(?:and\s+)?)(?:(?:he|she|they)\s+)?(?:said|says|told\s+me(?:\s+to)?)\s+(?:to\s+)?(\p{Ll}+)\b([^.;"“:]*)/gu;

/** "I measured it instead of spacing by eye": what should have been done, after "instead of". */
const INSTEAD = /\bI\s+(?:\p{L}+\s+){1,6}?instead of\s+(\p{Ll}+ing)\b([^,.;"“:]*)/u;

/**
 * A fault found on the day, as what the candidate does now: "…should have taken pads out and put
 * the bleed block in first" is "I take pads out and put the bleed block in first"; "said always
 * measure first" is "I always measure first"; "I forgot to bond the rails to earth" is "I make
 * sure to bond the rails to earth". Null when the notes say nothing the candidate can do.
 */
export function lessonOf(point: string): string | null {
  const remedy = remedyOf(point);
  if (remedy) {
    const done = remedy.replace(/^I should have\s+/u, "");
    // "should've done it first": what "it" was, a later message cannot say.
    if (/\b(?:it|that|this|them)\b/u.test(done)) return null;
    // "taken … and put …": each thing done, in the present.
    return `I ${done.replace(/(^|\band\s+)(\p{Ll}+)\b/gu, (whole, lead: string, verb: string) =>
      PAST_FORM.test(verb) ? `${lead}${PARTICIPLES[verb] ?? baseForm(verb)}` : whole,
    )}`;
  }
  // "said to bring my ppe on monday": an order with no fault before it is no lesson.
  const order = orderBeside(point);
  if (order && faultTaken(point)) return `I ${order}`;
  const step = missedStep(point);
  return step ? `I make sure to ${step}` : null;
}

/**
 * "forgot to check…", "…, i didnt check diagonals before glue up": the step a fault found on the
 * day left out ("check diagonals before glue up"); null when there is none, or it names an "it"
 * that only the notes could say.
 */
export function missedStep(point: string): string | null {
  const fault = faultTaken(point);
  if (!fault) return null;
  const missed =
    /(?:\b[Ii]|\band)\s+(?:forgot to|didn['’]?t|did not|never)\s+(\p{Ll}+)\b([^,.;]*)/u.exec(
      `${fault}. ${typedOut(point)}`,
    );
  if (!missed || !isBareVerb(missed[1]!) || /\b(?:it|that|this|them|him|her)\b/u.test(missed[2]!)) {
    return null;
  }
  // "didn't account for detection at all": what to do, without how wholly it was missed.
  return `${missed[1]}${missed[2]}`
    .replace(/\s+at all\b/u, "")
    .replace(/\s+really\s*$/u, "")
    .trim();
}

/** "race condition", "scope creep": a thing named in two words, the second a singular noun. */
function namesAThing(words: string): boolean {
  const tagged = wordsOf(words.trim());
  return (
    tagged.length === 2 &&
    tagged[1]!.tags.has("Singular") &&
    !tagged[1]!.tags.has("Pronoun") &&
    !tagged[0]!.tags.has("Imperative")
  );
}

/** Participles whose present the tagger does not give back. */
const PARTICIPLES: Record<string, string> = {
  done: "do",
  gone: "go",
  been: "be",
  seen: "see",
  given: "give",
  written: "write",
  driven: "drive",
  eaten: "eat",
  shown: "show",
  known: "know",
};

/** "taken", "checked", "put": a verb as it follows "should have". */
const PAST_FORM = new RegExp(
  String.raw`^(?:\p{Ll}+(?:ed|en|wn)|${IRREGULAR_PAST}|done|gone|kept|taught|brought|bought|sought|stood)$`,
  "u",
);

/**
 * "practical on their training roof, …": the task a point tells of, as a later message names it
 * ("the practical"); null when it names none.
 */
export function taskNamed(point: string): string | null {
  // "pairing exercise. she said…": the task as the point opens on it, with the words that say
  // which.
  const head = point.split(/[,.;:]\s|\s[-–—]\s/u)[0]!.trim();
  const opening = new RegExp(
    String.raw`^(?:(?:then\s+)?(?:the|a|an)\s+)?((?:(?!(?:then|and|a|an|the|my|did|had)\b)[\p{Ll}-]+\s+){0,2}?${TASK_WORD.source})$`,
    "iu",
  ).exec(head);
  const found = opening ?? LED_TASK.exec(point);
  return found ? `the ${found[1]!.toLowerCase().replace(/\s+/gu, " ")}` : null;
}

/** The words for a task set in an interview, as a later message names it. */
const TASK_WORD =
  /\b((?:trial(?: shift| day| load| piece)?|practical|(?:trade|skills|bench|written|design|driving|cooking|typing|timed|practical) test|cook-?off|role[\s-]?play|scenario|demo|assessment|exercise|inspection test|case study))\b/iu;

/**
 * A task word where a task is named: "…, then a role play", "did a practical"; never "I'm very
 * practical", "the exercise bikes", "a demo of their software", "assessment day".
 */
const LED_TASK = new RegExp(
  String.raw`(?:^|[.,;:]\s*|\b(?:a|an|the|my|did|do|had|sat|took|gave me|set me)\s+)${TASK_WORD.source}(?!\s+(?:bikes?|of|days?|centre|center|room|area|equipment|manager|team)\b)`,
  "iu",
);
