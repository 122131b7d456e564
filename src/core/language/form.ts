import { CLAUSE_BLOCKING_PREPOSITIONS } from "../check/phrases/clause-words.js";
import { isBareVerb, wordsOf, type Word } from "./nlp.js";

const PREPOSITIONS = new Set(CLAUSE_BLOCKING_PREPOSITIONS);

/**
 * What shape a piece of the candidate's notes has, which decides how a message may use it:
 *
 * - `noun-phrase` "the weekly demo day", `gerund` "moving the pipeline to Kafka" and `wh-phrase`
 *   "how she runs the weekly review" read after a preposition ("about …");
 * - `clause` "the engineers and designers share one backlog" reads after "that";
 * - `first-person` "I built the payroll system" is the candidate's own sentence, as is a
 *   `sentence` no frame can hold ("family run for years and they still answer the phone");
 * - `verb-phrase` "built the payroll system", typed as a CV line, becomes one ("I built …");
 * - `imperative` "send the deck" is a to-do, not a topic;
 * - `question` "How would you shard it?" is quoted.
 */
export type Form =
  | "noun-phrase"
  | "gerund"
  | "wh-phrase"
  | "clause"
  | "first-person"
  | "sentence"
  | "verb-phrase"
  | "imperative"
  | "question";

/** Forms that read after "about", "on" or "by". */
export function isNominal(form: Form): boolean {
  return form === "noun-phrase" || form === "gerund" || form === "wh-phrase";
}

/** A question put to someone: opened by a question word or a verb, or naming a person. */
const ASKS =
  /^(?:["“'‘]\s*)?(?:how|what|why|where|when|who|which|whom|whose|do|does|did|is|are|was|were|can|could|would|will|should|have|has|shall|may|might|any)\b|\b(?:I|you|we|they|he|she|me|my|your)\b/iu;

const QUESTION_OPENERS = new Set([
  "how",
  "what",
  "why",
  "where",
  "when",
  "who",
  "which",
  "whom",
  "whose",
]);
const INVERTING = new Set([
  "do",
  "does",
  "did",
  "is",
  "are",
  "was",
  "were",
  "can",
  "could",
  "would",
  "will",
  "should",
  "have",
  "has",
  "shall",
  "may",
  "might",
]);
const SUBORDINATORS = new Set(["whether", "if", ...QUESTION_OPENERS]);
/** Words after which a finite verb belongs to a relative clause inside a noun phrase. */
const RELATIVE = new Set(["that", "which", "who", "whom", "whose", "where", "when", "while"]);
/** Words that open a question inside a phrase: "the contract and how grievances work". */
const EMBEDDED = new Set(["how", "why", "what", "whether", "if"]);
const FIRST_PERSON = /^(?:i|we|i['’](?:m|ve|d|ll)|we['’](?:re|ve|d|ll))$/i;

export function formOf(raw: string): Form {
  // "the dietitian sits in on the MDT, not just consulted after": a contrast typed after a
  // comma leaves the form of what comes before it.
  if (/\?["'”’)]*$/.test(raw.trim()) && /\p{L}/u.test(raw)) {
    // "…the whole season. honestly a bit worrying?": a note to self after a sentence is no
    // question put to anyone; what came first has the form.
    const before = /^(.+?[.!])\s+\S.*\?["'”’)]*$/su.exec(raw.trim());
    if (before) return formOf(before[1]!);
    if (ASKS.test(raw.trim())) return "question";
  }
  const text = raw
    .trim()
    .replace(/,\s+(?:not|rather than|instead of)\s+(?!only\b).*$/i, "")
    // "they still loft every new build": the tagger reads "still loft" as a thing; the adverb
    // tells nothing of the form.
    .replace(
      /^((?:they|we|you|she|he|I)\s+)(?:still|also|always|now|already|just|usually|often|really|all)\s+/i,
      "$1",
    );
  // "40 hrs paid training a year", "unpaid overtime": "paid" before what is paid describes it;
  // the tagger would take it for the verb.
  const untagged = text.replace(
    /(?<!\b(?:I|we|you|they|she|he|it|who)\s+)\b(?:un)?paid\s+(?=(?:training|leave|holidays?|overtime|time off|parking|lunch(?:es)?|breaks?|study|sabbaticals?|internships?|trials?|vacation|sick|placements?|courses?)\b)/giu,
    "",
  );
  if (untagged !== text) return formOf(untagged);
  // "about 1400 cargo claims a year": a count per period names an amount, not a deed.
  const perPeriod = PER_PERIOD.exec(text);
  if (
    perPeriod &&
    !/\b(?:is|are|was|were|has|have|does|do)\b/iu.test(text) &&
    // "team of 6, about 1400 claims a year": after a phrase, not after "he walked thru…, ".
    (!perPeriod[1] || formOf(perPeriod[1]) === "noun-phrase")
  ) {
    return "noun-phrase";
  }
  // "band saw hours": a saw named by its kind is a tool, not "the band saw" something.
  const tool = text.replace(SAW_NAMED, "$1saw");
  if (tool !== text) return formOf(tool);
  // "maths lead for KS1", "safeguarding lead on the ward": a role, not someone leading.
  if (
    /^(?:\p{L}+\s+){1,2}lead\s+(?:for|on|of|in|at)\b/u.test(text) &&
    !/^(?:I|we|they|she|he|you)\s|\b(?:will|would|can|could|to|should|may|might|must|shall|did|do|does|'ll)\s+lead\b/iu.test(
      text,
    )
  ) {
    return "noun-phrase";
  }
  // "the right way to do up wheel nuts": a way of doing something is a thing to talk about.
  if (
    /^(?:the\s+)?(?:best|right|correct|safest|proper|quickest|usual|only)\s+way\s+to\s/iu.test(text)
  ) {
    return "noun-phrase";
  }
  // "there's a record card for every piano": what exists is said in a clause.
  if (
    /^there(?:['’]s|\s+(?:is|are|was|were|will be|has been|have been|isn['’]t|aren['’]t))\s/iu.test(
      text,
    )
  ) {
    return "clause";
  }
  const words = wordsOf(text.replace(/[.!?]+["'”’)]*$/, ""));
  const [first, second] = words;
  if (!first) return "noun-phrase";
  if (QUESTION_OPENERS.has(first.normal) && second && INVERTING.has(second.normal)) {
    return "question";
  }
  // "what's my take on…", "how's the rota built": a question typed without its mark.
  if (/^(?:what|how|why|where|who)['’]s\s/i.test(text)) return "question";
  if (FIRST_PERSON.test(first.text) && (/['’]/.test(first.text) || words.slice(1).some(isFinite))) {
    return "first-person";
  }
  if (leadInThenI(words)) return "first-person";
  // "for we kestrel": words no frame may hold, kept as the candidate typed them.
  if (pronounAfterPreposition(words)) return "sentence";
  // "WHO checklist audit": an acronym, not "who".
  if (SUBORDINATORS.has(first.normal) && !/^\p{Lu}{2,}$/u.test(first.text)) return "wh-phrase";
  if (first.tags.has("Gerund") || (/ing$/i.test(first.normal) && first.tags.has("Verb"))) {
    // "training lab has four stations": a noun made of a gerund, then the clause's verb.
    const verb = words
      .slice(1, 4)
      .findIndex((w) => /^(?:has|have|is|are|was|were)$/.test(w.normal));
    if (verb > 0 && words[verb]!.tags.has("Noun")) return "clause";
    return gerundNounThenVerb(words) ? "clause" : "gerund";
  }
  if (first.tags.has("PastTense") && !first.tags.has("Adjective")) return "verb-phrase";
  if (first.tags.has("Imperative") || (first.tags.has("Infinitive") && !first.tags.has("Noun"))) {
    // "dock scheduling is a mess": a noun the tagger took for a verb, before the clause's verb.
    if (words.slice(1).some((word) => word.tags.has("Copula")) && hasSubjectAndVerb(words)) {
      return "clause";
    }
    // "draw station opens 6.30am": a noun of two words, then its verb agreeing with it.
    if (nounThenAgreeingVerb(words)) return "clause";
    return hasLeadingNoun(words) || compoundNoun(words) ? "noun-phrase" : "imperative";
  }
  if (
    endsOnStrandedPreposition(words) ||
    endsOnContactClause(withoutTimeAfter(words)) ||
    isNamedThing(words) ||
    isWayOfDoing(words)
  ) {
    return "noun-phrase";
  }
  if (isSpanOfExperience(words) || isQualifiedWorker(words) || isListOfThings(text)) {
    return "noun-phrase";
  }
  // "loads of children's dispensing": a quantity of something, not "loads" done.
  if (
    /^(?:loads|lots|plenty|a lot|a bunch|tons) of\s/i.test(text) &&
    !words.slice(2).some(isFinite)
  ) {
    return "noun-phrase";
  }
  // "brigade of seven and nobody shouted all night": a phrase, then a clause of its own.
  if (phraseThenClause(words)) return "sentence";
  // "all the gear tagged and logged": a report that has lost its "was", which no frame can hold.
  if (lostAuxiliary(words)) return "sentence";
  if (
    hasSubjectAndVerb(words) ||
    possessedThenPast(words) ||
    thingThenVerb(words) ||
    verbBeforeWhen(words) ||
    verbBeforeItsObject(words) ||
    measureStands(words)
  ) {
    return "clause";
  }
  // A subject pronoun never opens a phrase ("we the culture"): no frame may hold it.
  if (isSubjectPronoun(first) || joinsAClause(words)) return "sentence";
  return "noun-phrase";
}

/**
 * "leadwork, valleys, soakers and flashings": three things or more in a list, each a noun with
 * perhaps a word before it, is no clause, whatever "flashings" might be as a verb.
 */
function isListOfThings(text: string): boolean {
  const items = text.split(/\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|\+)\s+/u).filter(Boolean);
  if (items.length < 3) return false;
  return items.every((item) => {
    const words = wordsOf(item);
    return (
      words.length > 0 &&
      words.length <= 3 &&
      words.at(-1)!.tags.has("Noun") &&
      words.every(
        (word) =>
          (word.tags.has("Noun") || word.tags.has("Adjective") || word.tags.has("Possessive")) &&
          !word.tags.has("Pronoun"),
      )
    );
  });
}

/**
 * "my hedging case assumed all UK sales were in GBP": a possessed noun, then its verb in the
 * past with words after it; not "my work reviewed by the partner", a participle.
 */
function possessedThenPast(words: readonly Word[]): boolean {
  if (!/^(?:my|our|their|his|her|your)$/.test(words[0]?.normal ?? "")) return false;
  const verb = words.findIndex((word, i) => i >= 2 && i <= 4 && word.tags.has("PastTense"));
  if (verb < 0 || words.length < verb + 3 || words[verb + 1]?.normal === "by") return false;
  return words.slice(1, verb).every((word) => word.tags.has("Noun") || word.tags.has("Gerund"));
}

/**
 * "mounting room still uses the same glue": a noun made of a gerund, an adverb perhaps, then a
 * verb that agrees with it.
 */
function gerundNounThenVerb(words: readonly Word[]): boolean {
  const head = words[1];
  if (!head?.tags.has("Noun") || head.tags.has("Pronoun") || !head.tags.has("Singular")) {
    return false;
  }
  for (const word of words.slice(2, 5)) {
    if (word.tags.has("Adverb")) continue;
    return isFinite(word) && /s$/.test(word.normal) && !word.tags.has("Noun");
  }
  return false;
}

/**
 * "at Brightway I paired every new hire with a buddy", "last year I ran the list": the
 * candidate's sentence after a phrase saying where or when.
 */
function leadInThenI(words: readonly Word[]): boolean {
  const first = words[0];
  if (!first || SUBORDINATORS.has(first.normal)) return false;
  if (!(first.tags.has("Preposition") || LEAD_IN_TIME.has(first.normal))) return false;
  const at = words.findIndex((word, i) => i > 0 && i <= 6 && /^i\b/.test(word.normal));
  return at > 0 && words.slice(at, at + 3).some(isFinite);
}

const LEAD_IN_TIME = new Set(["last", "this", "next", "every", "each", "most"]);

/**
 * "three years combat designer at Tinderbox Play", "two weeks work experience": how long the
 * candidate did something, which the tagger may read as a clause ("weeks work").
 */
function isSpanOfExperience(words: readonly Word[]): boolean {
  const [first, second] = words;
  if (!first || !second || !(first.tags.has("Value") || first.normal === "a")) return false;
  // "6-month recalls are slipping": a length that describes the thing.
  if (!SPANS.has(second.normal) || second.tags.has("Hyphenated")) return false;
  // "2 yrs teacher training before I switched": the clause after "before" tells when.
  const until = words.findIndex((word) => WHEN_CLAUSE.has(word.normal));
  return !words
    .slice(0, until < 0 ? undefined : until)
    .some((word) => FIRST_PERSON.test(word.text) || isSubjectPronoun(word));
}

const SPANS = new Set(["years", "yrs", "year", "months", "month", "weeks", "week"]);
const WHEN_CLAUSE = new Set(["before", "after", "until", "till", "since", "while", "when"]);

/**
 * "trade tested electrician", "time served joiner", "NVQ qualified plumber": a worker named by
 * how they qualified, which the tagger may read as a clause ("trade tested").
 */
function isQualifiedWorker(words: readonly Word[]): boolean {
  if (words.length < 3 || words.length > 4) return false;
  const [first, second] = words;
  return (
    QUALIFIED.has(second!.normal) &&
    !first!.tags.has("Determiner") &&
    !first!.tags.has("Pronoun") &&
    words.at(-1)!.tags.has("Noun")
  );
}

const QUALIFIED = new Set([
  "tested",
  "certified",
  "qualified",
  "registered",
  "licensed",
  "accredited",
  "served",
  "trained",
  "chartered",
  "endorsed",
]);

/**
 * "brigade of seven and nobody shouted all night", "four designers to thirty and they're
 * hiring": a phrase with no verb of its own, joined by "and" to a clause.
 */
function phraseThenClause(words: readonly Word[]): boolean {
  const at = words.findIndex(
    (word, i) => i > 0 && (word.normal === "and" || word.normal === "but"),
  );
  if (at < 0 || words.slice(0, at).some(isFinite)) return false;
  const subject = words[at + 1];
  const person = subject?.tags.has("Pronoun") || subject?.tags.has("Person");
  if (!subject || !(person || CLAUSE_SUBJECTS.has(subject.normal))) {
    return false;
  }
  return words.slice(at + 1, at + 4).some(isFinite);
}

function lostAuxiliary(words: readonly Word[]): boolean {
  const [last, and, before] = [words.at(-1), words.at(-2), words.at(-3)];
  if (!last || !before || and?.normal !== "and") return false;
  const participles = [before, last].every(
    (word) => /ed$/.test(word.normal) && word.tags.has("PastTense"),
  );
  return (
    participles &&
    !words.some(
      (word) => word.tags.has("Copula") || word.tags.has("Auxiliary") || word.tags.has("Pronoun"),
    )
  );
}

const CLAUSE_SUBJECTS = new Set(["nobody", "everyone", "everybody", "someone", "no one"]);

/**
 * "family run for three generations and they still answer the phone": a fragment joined to a
 * clause, which no frame can hold; it stands as a sentence of its own.
 */
function joinsAClause(words: readonly Word[]): boolean {
  return words.some(
    (word, i) =>
      (word.normal === "and" || word.normal === "but") &&
      words[i + 1]?.tags.has("Pronoun") === true &&
      words.slice(i + 2, i + 4).some(isFinite),
  );
}

/**
 * A finite verb after a subject that is not the verb of a clause inside the subject: "the
 * clinic the trainees run" and "the demo day where every engineer shows their work" are phrases,
 * "the students who showed me round were proud" and "everyone we passed said hello" are clauses.
 * A plural noun the tagger took for a verb before "for" or "of" ("the vaccination targets for the
 * branch") is a noun.
 */
function hasSubjectAndVerb(words: readonly Word[]): boolean {
  let subject = false;
  // A clause inside the subject whose verb is still to come, and what may follow it.
  let inner: "relative" | "contact" | null = null;
  let innerDone = false;
  for (const [i, word] of words.entries()) {
    const previous = words[i - 1];
    if (previous?.normal === "to") continue;
    // "the correct order of draw": after "of", a word is a thing, never the verb.
    const afterOf = previous?.normal === "of";
    // "they're adding…", "she's moving…": subject and verb in one word; after a noun ("the calm
    // room they've set up"), a clause inside the phrase.
    if (word.tags.has("Pronoun") && isFinite(word)) {
      if (!(subject && previous?.tags.has("Noun") && !previous.tags.has("Pronoun"))) {
        return inner === null;
      }
      inner = "contact";
      // "they've set up": the contraction is a helper, and the verb comes next.
      innerDone = !(words[i + 1] && isFinite(words[i + 1]!));
      continue;
    }
    if (subject && EMBEDDED.has(word.normal)) return false;
    // "sheep oocytes, immobilise sperm and inject": after a comma, a bare verb is the next step
    // of a list, not the verb of what came before.
    // "60 tenders a year, mostly council and TMR roadworks": an adverb after the comma is no verb's
    // subject either.
    const afterComma =
      previous?.post.includes(",") ||
      (previous?.tags.has("Adverb") === true && words[i - 2]?.post.includes(",") === true);
    if (subject && inner === null && afterComma && word.tags.has("Infinitive")) {
      return false;
    }
    const nounBefore = previous?.tags.has("Noun") === true && !previous.tags.has("Pronoun");
    if (RELATIVE.has(word.normal)) {
      // "the migration, which you think was a mistake": all the rest is about the migration.
      if (!subject || previous?.post.includes(",")) return false;
      inner = "relative";
      innerDone = false;
      continue;
    }
    if (subject && nounBefore && startsSubject(word)) {
      inner = "contact";
      innerDone = false;
    }
    if (word.tags.has("Gerund") && inner === null) {
      // "my gasfitting licence is…": a gerund between "my" and a noun names the kind of thing.
      const modifier =
        (previous?.tags.has("Possessive") || previous?.tags.has("Determiner")) === true &&
        words[i + 1]?.tags.has("Noun") === true &&
        !words[i + 1]!.tags.has("Pronoun");
      if (!subject || modifier) continue;
      return false;
    }
    // "the MP has signed": the participle after a helper is the same verb, not the next one.
    if (inner !== null && innerDone && word.tags.has("PastTense") && isHelper(previous)) continue;
    // "RTs run their own protocols": a verb the tagger took for a noun, after a plural subject
    // and before the thing it acts on.
    if (subject && inner === null && (verbAfterPlural(words, i) || verbAfterSingular(words, i))) {
      return true;
    }
    if (
      subject &&
      !afterOf &&
      isFinite(word) &&
      !disagrees(previous, word, words[i - 2]) &&
      !isModifier(words, i)
    ) {
      if (inner !== null && !innerDone) {
        innerDone = true;
        continue;
      }
      // After "the students who showed me round", only "were" or "is" is the sentence's verb.
      if (inner === "relative" && !word.tags.has("Copula")) continue;
      const next = words[i + 1];
      const nounLike =
        /s$/.test(word.normal) &&
        // "shop does about 40 weddings": "does" is never the deer here.
        !/^(?:has|is|was)$/u.test(word.normal) &&
        !ONLY_VERBS.has(word.normal) &&
        !word.tags.has("Copula") &&
        !word.tags.has("Auxiliary") &&
        // "the dietitian sits in on…": "sits in" is a verb.
        !word.tags.has("PhrasalVerb") &&
        nounBefore &&
        // "every new tech rides with…": after "every", one thing, so "rides" is what it does.
        !words.slice(0, i).some((w) => /^(?:every|each)$/u.test(w.normal)) &&
        (OF_FOR.has(next?.normal ?? "") ||
          (next === undefined && afterPreposition(words, i)) ||
          (bareOpening(words) && next?.tags.has("Preposition") === true));
      if (nounLike || pluralNounBeforeRest(words, i) || coordinatedPlural(words, i)) return false;
      // "mostly corporate, a rugby union, two firms and staff travel": a list, whose last item
      // the tagger reads as a clause, is a list of things.
      if (words.slice(0, i).filter((w) => w.post.includes(",")).length >= 2) return false;
      // "bug reports", "schools programme": two bare words are a compound, not a clause.
      if (words.length === 2 && bareOpening(words) && !word.tags.has("PastTense")) return false;
      return true;
    }
    // "the firm does…": a noun the tagger took for an adjective, between "the" and a verb.
    const adjectiveAsNoun =
      word.tags.has("Adjective") &&
      previous?.tags.has("Determiner") === true &&
      words[i + 1] !== undefined &&
      isFinite(words[i + 1]!);
    if (word.tags.has("Noun") || word.tags.has("Pronoun") || adjectiveAsNoun) subject = true;
  }
  return false;
}

const OF_FOR = new Set(["for", "of", "in", "at", "with"]);

/**
 * "the vibration program catches bearing faults": a verb the tagger took for a plural noun, after
 * a singular subject and before the thing it acts on.
 */
function verbAfterSingular(words: readonly Word[], i: number): boolean {
  const [before, word, after] = [words[i - 1], words[i]!, words[i + 1]];
  return (
    before !== undefined &&
    after !== undefined &&
    before.tags.has("Singular") &&
    !before.tags.has("Pronoun") &&
    // "a crew of five youth corps members": after a count, nouns in a row name one thing.
    !words[i - 2]?.tags.has("Value") &&
    word.tags.has("Plural") &&
    /(?:[^s]s|ches|shes|sses|xes)$/.test(word.normal) &&
    // "quality checks every hour": a time after it leaves the plural a noun.
    !/^(?:every|each|per|weekly|daily|monthly)$/.test(after.normal) &&
    !after.tags.has("Date") &&
    (after.tags.has("Determiner") ||
      after.tags.has("Adjective") ||
      (after.tags.has("Noun") && !after.tags.has("Pronoun")) ||
      after.tags.has("Gerund") ||
      // "every new tech rides with gord": after "every", the one thing, then what it does.
      (after.tags.has("Preposition") &&
        words.slice(0, i - 1).some((word) => /^(?:every|each)$/u.test(word.normal)))) &&
    wordsOf(`it ${word.normal}`)[1]?.tags.has("Verb") === true
  );
}

function verbAfterPlural(words: readonly Word[], i: number): boolean {
  const [before, word, after] = [words[i - 1], words[i]!, words[i + 1]];
  return (
    before !== undefined &&
    after !== undefined &&
    before.tags.has("Noun") &&
    !before.tags.has("Pronoun") &&
    /s$/.test(before.normal) &&
    word.tags.has("Noun") &&
    !/s$/.test(word.normal) &&
    after.tags.has("Possessive") &&
    after.tags.has("Pronoun") &&
    wordsOf(`they ${word.normal}`)[1]?.tags.has("Verb") === true
  );
}

function isHelper(word: Word | undefined): boolean {
  return word !== undefined && /^(?:has|have|had|is|are|was|were|been|be)$/.test(word.normal);
}

/** Participles that join a noun before them into one modifier: "family owned", "London based". */
const COMPOUND_PARTICIPLES =
  /^(?:certified|accredited|owned|run|based|funded|approved|registered|listed|powered|driven|focused|backed|endorsed|rated)$/;

/**
 * "three planted errors", "a printed 1065": a participle between a determiner or a number and
 * its noun describes the noun; it is no verb of the sentence.
 */
function isModifier(words: readonly Word[], i: number): boolean {
  const [before, word, after] = [words[i - 1], words[i]!, words[i + 1]];
  // "the passive house certified office", "a family owned bakery": a noun and a participle
  // joined as one modifier.
  if (
    COMPOUND_PARTICIPLES.test(word.normal) &&
    before?.tags.has("Noun") === true &&
    // "they run Kafka": after a pronoun, the verb itself.
    !before.tags.has("Pronoun") &&
    after?.tags.has("Noun") === true &&
    !after.tags.has("Pronoun")
  ) {
    return true;
  }
  // "new build housing", "open plan offices": a base-form verb right after an adjective is a
  // noun made with it.
  if (
    word.tags.has("Infinitive") &&
    !word.tags.has("Copula") &&
    before?.tags.has("Adjective") === true &&
    !before.tags.has("Noun") &&
    (after === undefined || after.tags.has("Noun") || after.tags.has("Gerund"))
  ) {
    return true;
  }
  return (
    word.tags.has("PastTense") &&
    !word.tags.has("Copula") &&
    !word.tags.has("Auxiliary") &&
    before !== undefined &&
    // "shows of their own and branded podcasts": a participle that starts the next thing listed;
    // "the new automated freezer racking": one of the words before the noun.
    (before.tags.has("Determiner") ||
      before.tags.has("Value") ||
      before.normal === "and" ||
      (before.tags.has("Adjective") && !before.tags.has("Noun"))) &&
    after !== undefined &&
    after.tags.has("Noun") &&
    !after.tags.has("Pronoun")
  );
}

/**
 * "the volunteer elk guards on weekends", "product liability firms downtown": a plural noun after
 * a noun, which the tagger took for the verb, when nothing a verb takes follows it (an object, a
 * complement) and no other word of the phrase is a verb.
 */
function pluralNounBeforeRest(words: readonly Word[], i: number): boolean {
  const word = words[i]!;
  const before = words[i - 1];
  if (word.tags.has("Copula") || word.tags.has("Auxiliary") || ONLY_VERBS.has(word.normal)) {
    return false;
  }
  // "the safety stats board right by…": a noun that is also a verb, after plural nouns.
  const plural = /s$/.test(word.normal);
  const bareNoun = (w: Word | undefined) =>
    w !== undefined && w.tags.has("Noun") && !w.tags.has("Pronoun") && !w.tags.has("Possessive");
  const next = words[i + 1];
  // "right by the smoko room", "on Saturdays": where, not an object.
  const where =
    next !== undefined &&
    (next.tags.has("Adverb") || LOCATING.has(next.normal)) &&
    words[i + 2]?.tags.has("Preposition") === true;
  const bare =
    next === undefined ||
    next.tags.has("Preposition") ||
    next.tags.has("Particle") ||
    next.tags.has("Conjunction") ||
    next.tags.has("Place") ||
    where;
  const rest = words.slice(i + (where ? 2 : 1)).filter((w) => !w.tags.has("Particle"));
  if (!bare || rest.some(isFinite)) return false;
  // "lots of pediatric draws on Saturdays": what follows "of" and its adjectives is a noun.
  if (afterPrepositionOnly(words, i) && asNoun(word, plural)) return true;
  // A chain of nouns before it ("volunteer elk guards"); "the team meets" has a subject of one.
  if (!bareNoun(before) || !bareNoun(words[i - 2])) return false;
  // "a Deaf liaison sits…": after "a" or "every", the phrase is singular and the word its verb.
  if (SINGULAR_DETERMINERS.has(chainStart(words, i)?.normal ?? "")) return false;
  if (!plural && !/s$/.test(before!.normal)) return false;
  return asNoun(word, plural);
}

/** "the ward clerk comes to the huddle": verbs in -s that are never a plural noun. */
const ONLY_VERBS = new Set(
  "comes goes gets takes does makes says brings joins sees knows wants needs keeps gives opens closes begins finishes launches arrives happens".split(
    " ",
  ),
);

/**
 * "seniority and bases", "SLOs and error budgets, they burn…": a plural after "and" that closes
 * the phrase is the last of the things listed, not a verb.
 */
function coordinatedPlural(words: readonly Word[], i: number): boolean {
  const word = words[i]!;
  const next = words[i + 1];
  if (!/s$/.test(word.normal) || word.tags.has("Copula") || word.tags.has("Auxiliary"))
    return false;
  if (!["and", "or"].includes(chainStart(words, i)?.normal ?? "")) return false;
  return next === undefined || word.post.includes(",") || next.tags.has("Preposition");
}

/** The word before the adjectives and nouns that lead up to words[i]. */
function chainStart(words: readonly Word[], i: number): Word | undefined {
  let j = i - 1;
  while (j >= 0 && (words[j]!.tags.has("Adjective") || words[j]!.tags.has("Noun"))) j -= 1;
  return words[j];
}

const SINGULAR_DETERMINERS = new Set(["a", "an", "every", "each", "one", "this", "that"]);

const LOCATING = new Set(["right", "just", "straight", "out", "up", "down", "over"]);

/** The word read as a noun after "the": plural when it ends in s. */
function asNoun(word: Word, plural: boolean): boolean {
  const tags = wordsOf(`the ${word.normal}`)[1]?.tags;
  return tags?.has(plural ? "Plural" : "Noun") === true;
}

/** Only adjectives and nouns, back to a preposition: "of pediatric draws". */
function afterPrepositionOnly(words: readonly Word[], i: number): boolean {
  let j = i - 1;
  while (j >= 0 && (words[j]!.tags.has("Adjective") || words[j]!.tags.has("Noun"))) {
    if (words[j]!.tags.has("Pronoun") || words[j]!.tags.has("Possessive")) return false;
    j -= 1;
  }
  return j < i - 1 && j >= 0 && words[j]!.tags.has("Preposition");
}

/**
 * "the school garden the infants look after", "the tool they work with": a phrase whose own
 * clause leaves its preposition at the end. A clause opening with its subject never does.
 */
function endsOnStrandedPreposition(all: readonly Word[]): boolean {
  // "…cook from on Fridays": when it is done, after the stranded word, changes nothing.
  const when =
    /^(?:on|at|in|every|each)$/.test(all.at(-2)?.normal ?? "") && all.at(-1)?.tags.has("Date");
  const words = when ? all.slice(0, -2) : all;
  const last = words.at(-1);
  if (!last || words.length < 4 || !STRANDED.has(last.normal)) return false;
  // "…training paid for", "…catered for": what is done for the thing, nothing stranded.
  if (
    /^(?:paid|accounted|cared|catered|provided|budgeted|allowed)$/u.test(
      words.at(-2)?.normal ?? "",
    ) &&
    last.normal === "for" &&
    !words.at(-3)?.tags.has("Pronoun")
  ) {
    return false;
  }
  const first = words[0]!;
  return first.tags.has("Determiner") || first.tags.has("Possessive");
}

/**
 * "the county permit renewal they're supporting", "the app we built": a phrase closed by its own
 * short clause, whose verb has nothing after it.
 */
function endsOnContactClause(words: readonly Word[]): boolean {
  const first = words[0];
  // "accessibility audit they did": a thing typed without its article is as much a thing.
  const bare = first?.tags.has("Noun") === true && !first.tags.has("Pronoun");
  if (!first || !(first.tags.has("Determiner") || first.tags.has("Possessive") || bare)) {
    return false;
  }
  const at = words.findIndex(
    (word, i) =>
      i > 1 &&
      /^(?:i|you|he|she|we|they|anyone|everyone|someone|anybody|everybody)$/.test(word.normal),
  );
  // "the approach they take": a noun the tagger read as a verb, after "the", is still a noun.
  if (at < 0 || !(words[at - 1]!.tags.has("Noun") || asNoun(words[at - 1]!, false))) return false;
  // "the staff said hello to every guest we passed" has its verb before the short clause.
  const verbBefore = words
    .slice(1, at)
    .some((word, i) => isFinite(word) && !disagrees(words[i], word));
  if (verbBefore) return false;
  // "anyone in the company can search": who, with where they are, then the short verb.
  const after = words.slice(at + 1 + placeAfter(words, at + 1));
  // "the approach they take with iwi consultation": the short verb, then how, is still the phrase.
  const verbAt = after.findIndex((word) => word.tags.has("Verb"));
  const how = verbAt >= 0 ? placeAfter(after, verbAt + 1) : 0;
  const rest = how > 0 && verbAt + 1 + how === after.length ? after.slice(0, verbAt + 1) : after;
  const verbs = isFinite(words[at]!) ? rest : rest.slice(0, 2);
  return (
    rest.length <= 2 &&
    verbs.length === rest.length &&
    rest.every((word) => word.tags.has("Verb") || word.tags.has("Adverb")) &&
    (rest.length > 0 || isFinite(words[at]!))
  );
}

/** "the audit you did last year": when the short clause was done says nothing of the form. */
function withoutTimeAfter(words: readonly Word[]): readonly Word[] {
  const n = words.length;
  if (
    n > 3 &&
    /^(?:last|this|next)$/.test(words[n - 2]!.normal) &&
    TIME_UNIT.test(words[n - 1]!.normal)
  ) {
    return words.slice(0, -2);
  }
  if (n > 3 && words[n - 2]!.normal === "in" && /^\d{4}$/.test(words[n - 1]!.normal)) {
    return words.slice(0, -2);
  }
  return words;
}

const TIME_UNIT = /^(?:year|yr|month|week|spring|summer|autumn|fall|winter|term|season)$/u;

/** "the office dog named biscuit", "a tool called Ranorex": a thing and its name. */
function isNamedThing(words: readonly Word[]): boolean {
  const at = words.findIndex(
    (word, i) => i > 0 && /^(?:named|called|nicknamed)$/.test(word.normal),
  );
  return (
    at > 0 &&
    words.length - at - 1 <= 3 &&
    !words.slice(at + 1).some(isFinite) &&
    words.slice(0, at).every((word) => !isFinite(word) || word.tags.has("Noun")) &&
    words.slice(0, at).some((word) => word.tags.has("Noun") && !word.tags.has("Pronoun"))
  );
}

/** "the way pieter talked about training local fishers": a manner, to be talked about. */
function isWayOfDoing(words: readonly Word[]): boolean {
  return (
    words[0]?.normal === "the" &&
    words[1]?.normal === "way" &&
    words.length > 3 &&
    !words.slice(3).some((word) => word.tags.has("Copula"))
  );
}

/** How many words a place phrase ("in the company") takes from i on: 0 when none starts there. */
function placeAfter(words: readonly Word[], i: number): number {
  if (!words[i]?.tags.has("Preposition")) return 0;
  let j = i + 1;
  if (words[j]?.tags.has("Determiner")) j += 1;
  const start = j;
  while (words[j]?.tags.has("Noun") && !words[j]!.tags.has("Pronoun")) j += 1;
  return j > start ? j - i : 0;
}

/**
 * "green infrastructure retrofits on the school project": a phrase with no article, whose
 * plural the tagger may take for a verb.
 */
function bareOpening(words: readonly Word[]): boolean {
  const first = words[0];
  if (!first) return false;
  const t = first.tags;
  return (
    (t.has("Adjective") || t.has("Noun")) &&
    !(t.has("Determiner") || t.has("Possessive") || t.has("Pronoun") || t.has("ProperNoun")) &&
    !/^\p{Lu}/u.test(first.text) &&
    !QUANTIFIERS.has(first.normal)
  );
}

const QUANTIFIERS = new Set(
  "all most some many few both each every several no any half".split(" "),
);

const STRANDED = new Set(["after", "with", "on", "for", "about", "to", "in", "into", "from"]);

/**
 * "the school garden": a base-form verb right after a singular noun does not agree with it, so
 * the tagger's verb is the noun of a compound.
 */
/** Departments named by letters, which British notes give a plural verb ("HR need…"). */
const DEPARTMENTS = new Set(["hr", "it", "qa", "pr", "ops", "r&d", "l&d", "ea", "pa"]);

function disagrees(previous: Word | undefined, word: Word, before?: Word): boolean {
  if (!previous || previous.tags.has("Pronoun")) return false;
  // "TAs get the same CPD": letters made plural take the plural verb, however they are tagged.
  if (/^\p{Lu}{2,}s$/u.test(previous.text) && !/[^s]s$/u.test(word.normal)) return false;
  // "staff get two paid days", "police need": a word for many people takes the plural verb.
  if (MANY_PEOPLE.has(previous.normal) && PEOPLES_VERBS.test(word.normal)) return false;
  // "IFRS 16 lease adjustments": after a number, too, the base form is a noun.
  // "the SuDS retrofit scheme": after a name, too, the base form is a noun.
  // "the NSF grant to image…": an acronym too, save a department that may take a plural verb.
  const named =
    (previous.tags.has("ProperNoun") ||
      (previous.tags.has("Acronym") && !DEPARTMENTS.has(previous.normal))) &&
    !previous.tags.has("Plural");
  const t = word.tags;
  // "paeds draws only at Douglas": a verb in -s after a plural does not agree, so the two are
  // one thing; a department named in the plural ("sales runs the CRM") takes it as one, and
  // "the team of engineers meets" agrees with the team.
  if (
    previous.tags.has("Plural") &&
    before?.normal !== "of" &&
    !ONE_BODY.test(previous.normal) &&
    t.has("PresentTense") &&
    !t.has("Copula") &&
    !t.has("Auxiliary") &&
    /[^s]s$/u.test(word.normal)
  ) {
    return true;
  }
  if (!previous.tags.has("Singular") && !previous.tags.has("Value") && !named) return false;
  if (t.has("PastTense") || t.has("Modal") || t.has("Copula") || t.has("Auxiliary")) return false;
  return t.has("Infinitive") && !/s$/.test(word.normal);
}

/** Plurals that name one body or one field, which take a verb in -s. */
const ONE_BODY =
  /^(?:sales|ops|operations|logistics|comms|news|series|species|means|headquarters|works|\p{L}+ics)$/u;

/** Nouns for a body of people, which take a plural verb. */
const MANY_PEOPLE = new Set(["staff", "people", "police", "personnel", "crew", "folk", "cattle"]);

/** What a body of people is said to do; "staff transport" is a thing, not staff transporting. */
const PEOPLES_VERBS =
  /^(?:get|have|are|were|do|need|work|take|go|come|say|love|like|want|can|will|must|should|use|eat|stay|rotate|share|wear|know|pick|run)$/u;

/**
 * "the group's work for NHS trusts": a plural the tagger took for a verb closing a prepositional
 * phrase is still part of that phrase.
 */
function afterPreposition(words: readonly Word[], index: number): boolean {
  for (let i = index - 1; i > 0; i--) {
    const word = words[i]!;
    if (isFinite(word)) return false;
    if (word.tags.has("Preposition")) return true;
  }
  return false;
}

function startsSubject(word: Word): boolean {
  return word.tags.has("Determiner") || isSubjectPronoun(word);
}

/** "for we kestrel": a subject pronoun after a preposition starts a clause inside the piece. */
function pronounAfterPreposition(words: readonly Word[]): boolean {
  return words.some(
    (word, i) =>
      i > 0 && /^(?:i|he|she|we|they)$/.test(word.normal) && PREPOSITIONS.has(words[i - 1]!.normal),
  );
}

function isSubjectPronoun(word: Word): boolean {
  return /^(?:i|you|he|she|we|they)$/.test(word.normal);
}

function isFinite(word: Word): boolean {
  const t = word.tags;
  if (!t.has("Verb") || t.has("Gerund")) return false;
  return (
    t.has("PresentTense") ||
    t.has("PastTense") ||
    t.has("Modal") ||
    t.has("Copula") ||
    t.has("Auxiliary")
  );
}

/**
 * "crash free rate 99.6%": a noun the tagger took for a verb, then its modifier and head; a
 * to-do ("send portfolio", "check references") keeps its verb.
 */
function nounThenAgreeingVerb(words: readonly Word[]): boolean {
  const [first, second, third] = words;
  if (thingThenVerb(words)) return true;
  if (!first || !second || !third || TO_DO.has(first.normal) || first.post.trim() !== "") {
    return false;
  }
  return (
    second.tags.has("Noun") &&
    second.tags.has("Singular") &&
    !second.tags.has("Verb") &&
    third.tags.has("PresentTense") &&
    /[^s]s$/u.test(third.normal)
  );
}

/**
 * "shop does about 40 weddings a year", "practical was a recorded GP consult": a word that is a
 * thing after "the", then a verb that can be nothing else.
 */
function thingThenVerb(words: readonly Word[]): boolean {
  const [first, second] = words;
  return (
    first !== undefined &&
    second !== undefined &&
    first.post.trim() === "" &&
    !TO_DO.has(first.normal) &&
    /^(?:does|has|is|was|doesn['’]t|hasn['’]t|isn['’]t|wasn['’]t)$/u.test(second.normal) &&
    wordsOf(`the ${first.text}`)[1]?.tags.has("Noun") === true
  );
}

/**
 * "the sponsor renews in January", "council reviews it every March": a thing, then a word that
 * could be a plural but is a verb, as the time after it says.
 */
function verbBeforeWhen(words: readonly Word[]): boolean {
  return verbAfterThing(
    words,
    (thing, [next, after]) =>
      !thing.tags.has("Plural") &&
      next !== undefined &&
      after !== undefined &&
      /^(?:in|on|by|at|every|each|next|this|until|till|before|after)$/u.test(next.normal) &&
      WHEN.test(after.normal),
  );
}

/**
 * "Contracts sits in on proposal kickoffs", "the insectary supplies three other trials": a thing,
 * then a word that could be a plural but is a verb, as a verb's particles or a count after it say.
 */
function verbBeforeItsObject(words: readonly Word[]): boolean {
  return verbAfterThing(words, (thing, rest, verb) => {
    // "tests about 14000 samples": how many, roughly.
    const [next, after, last] = /^(?:about|around|roughly|over|nearly|almost|some)$/u.test(
      rest[0]?.normal ?? "",
    )
      ? rest.slice(1)
      : rest;
    if (!next || !after) return false;
    const particles =
      (/^(?:in|up|out|off|back)$/u.test(next.normal) &&
        /^(?:on|with|to|for)$/u.test(after.normal)) ||
      // "finance sits with the conveyancing team": where a team works, told with its verb.
      (/^(?:sits|works|reports|meets|lives|rotates|stands|operates)$/u.test(verb.normal) &&
        /^(?:with|in|on|next|beside|alongside|under|within|across|right|to)$/u.test(next.normal));
    const counted =
      !thing.tags.has("Plural") &&
      /^(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|fifty|hundreds|dozens)$/u.test(
        next.normal,
      ) &&
      (after.tags.has("Noun") || last?.tags.has("Noun") === true);
    return particles || counted;
  });
}

/**
 * "forecast accuracy sits around 62%", "the churn rate runs at 4%": a measure of one or two
 * words, then where it stands, told in figures.
 */
function measureStands(words: readonly Word[]): boolean {
  const start = words[0]?.normal === "the" ? 1 : 0;
  return [start + 1, start + 2].some((at) => {
    const [verb, how, figure] = [words[at], words[at + 1], words[at + 2]];
    return (
      verb !== undefined &&
      how !== undefined &&
      figure !== undefined &&
      /^(?:sits|stands|hovers|averages|peaks|runs)$/u.test(verb.normal) &&
      /^(?:around|about|at|near|roughly|just|below|above|under|over)$/u.test(how.normal) &&
      /\d/u.test(figure.text) &&
      words.slice(start, at).every((word) => word.tags.has("Noun") || word.tags.has("Adjective"))
    );
  });
}

/**
 * A thing ("the sponsor", "the insectary"), then a word that could be a plural but is a verb
 * ("renews", "supplies"), as what `follows` finds after it says.
 */
function verbAfterThing(
  words: readonly Word[],
  follows: (thing: Word, rest: readonly Word[], verb: Word) => boolean,
): boolean {
  const start = words[0]?.normal === "the" ? 1 : 0;
  const [thing, verb, ...rest] = words.slice(start);
  if (!thing || !verb) return false;
  const base = verb.normal.replace(/(?<=[^s])s$/u, "").replace(/ie$/u, "y");
  // "the insectary": a noun the tagger takes for a describing word, named by "the".
  const named = thing.tags.has("Noun") || (start === 1 && thing.tags.has("Adjective"));
  return (
    named &&
    // "the spring markets in May": a time of year before a plural names a kind of thing.
    !SEASONAL.test(thing.normal) &&
    base !== verb.normal &&
    isBareVerb(base) &&
    follows(thing, rest, verb)
  );
}

/** "1400 cargo claims a year", "~40 callouts per week": a count, then how often. */
const PER_PERIOD =
  /^(?:([^,]*),\s*)?(?:about\s+|around\s+|roughly\s+|~\s*)?\d[\d,.]*\+?\s+(?:\p{L}+\s+){0,2}\p{L}+s\s+(?:a|per|each|every)\s+(?:day|week|month|year|yr|shift|season|night|quarter)\b/iu;

/** A saw named by its kind: "band saw", "table saw", "mitre saw". */
const SAW_NAMED =
  /\b(band|hand|table|chain|jig|circular|mitre|miter|scroll|panel|track|plunge|rip|cross-?cut|bow|coping|hack)\s+(?=saws?\b)/giu;

/** Words that say when before a thing: "spring markets", "night shifts", "weekend rotas". */
const SEASONAL =
  /^(?:spring|summer|autumn|fall|winter|christmas|easter|holiday|night|weekend|morning|evening|afternoon|day|week|month|year)$/u;

/** A time a verb may be said to happen at. */
const WHEN =
  /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|spring|summer|autumn|fall|winter|week|month|year|quarter|the|\d+\w*)$/u;

function compoundNoun(words: readonly Word[]): boolean {
  const [first, second, third] = words;
  if (!first || !second || !third || TO_DO.has(first.normal)) return false;
  // "peer support team": three nouns in a row, the first no to-do, name one thing.
  const nouns = second.tags.has("Noun") && second.tags.has("Singular");
  return (
    (second.tags.has("Adjective") || nouns) &&
    third.tags.has("Noun") &&
    !words.slice(1, phraseEnd(words)).some(isFinite)
  );
}

/** Where the phrase ends: after the first word a comma follows, or at the end. */
function phraseEnd(words: readonly Word[]): number {
  const at = words.findIndex((w) => w.post.includes(","));
  return at < 0 ? words.length : at + 1;
}

/** Verbs notes use for a to-do. */
const TO_DO = new Set([
  "send",
  "email",
  "ask",
  "call",
  "ring",
  "follow",
  "check",
  "bring",
  "read",
  "look",
  "prepare",
  "share",
  "write",
  "update",
  "book",
  "use",
  "make",
  "get",
  "take",
  "give",
  "find",
  "learn",
  "practice",
  "practise",
  "review",
  "fix",
  "build",
  "plan",
  "set",
  "keep",
  "try",
  "run",
  "tell",
  "show",
  "teach",
  "clean",
]);

/** "link to my portfolio", "review notes": a noun the tagger took for a verb. */
function hasLeadingNoun(words: readonly Word[]): boolean {
  const [first, second] = words;
  if (!first) return false;
  if (LEADING_NOUNS.has(first.normal)) return true;
  // "Level 3 Certificate", "Grade 8 piano": a title, not an instruction.
  if (/^\p{Lu}/u.test(first.text) && second?.tags.has("Value")) return true;
  return second === undefined;
}

const LEADING_NOUNS = new Set([
  "link",
  "links",
  "copy",
  "review",
  "list",
  "sample",
  "samples",
  "demo",
  "report",
  "draft",
  "plan",
  "summary",
  "reference",
  "references",
  "code",
  "design",
  "designs",
  "walkthrough",
  "write-up",
  "writeup",
  "outline",
  "case",
  "notes",
  "deck",
  "portfolio",
  "work",
]);
