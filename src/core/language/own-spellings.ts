import { DICTIONARY_NAMES } from "./dictionary-names.data.js";
import { isCommonWord, wordsOf } from "./nlp.js";

/**
 * Words the candidate spells with capitals of their own somewhere in the record ("Next.js",
 * "iOS", "HubSpot", "McKenzie") and types in lower case elsewhere ("no next.js in
 * production"), and names it capitalises mid-sentence ("Bohol") and types in lower case elsewhere.
 * The record's own spelling is the one a careful note uses. A capital at the start alone may be
 * a sentence's first word, and a word in capitals ("IT", "US", "AND") an ordinary word typed
 * loudly; one that is no word ("STEMI") is an acronym.
 */
export function ownSpellings(texts: readonly string[], titles: readonly string[] = []): string[] {
  const found = new Set<string>();
  // A title ("Wall and Floor Tiler") is written with capitals by custom: its words are no names.
  const typed = [
    ...texts.map((text) => ({ text, title: false })),
    ...titles.map((text) => ({ text, title: true })),
  ];
  for (const { text, title } of typed) {
    for (const match of text.matchAll(TOKEN)) {
      const token = match[0];
      if (
        mixesCases(token) ||
        (!title && namedMidSentence(token, text.slice(0, match.index))) ||
        isAcronym(token)
      ) {
        found.add(token);
      }
    }
  }
  return [...found];
}

/**
 * "should help in Bohol": a word capitalised after a word in lower case is a name, unless it is
 * an ordinary word ("Polish" is "polish" as often), and its capital belongs wherever it is typed.
 */
function namedMidSentence(token: string, before: string): boolean {
  return (
    /^\p{Lu}\p{Ll}{2,}$/u.test(token) &&
    /(?:^|\s)\p{Ll}+,?\s+$/u.test(before) &&
    !isCommonWord(token)
  );
}

/**
 * "STEMI criteria on the 12 lead": letters in capitals that are no word of English ("AND" typed
 * loudly is), three or more of them, are an acronym wherever the notes type it.
 */
function isAcronym(token: string): boolean {
  return /^\p{Lu}{3,6}$/u.test(token) && !isCommonWord(token);
}

/** The text with each lower-case typing of a spelling written as the record spells it. */
export function withOwnSpellings(text: string, spellings: readonly string[]): string {
  if (spellings.length === 0) return text;
  const byLower = new Map(spellings.map((spelling) => [spelling.toLowerCase(), spelling]));
  return text.replace(TOKEN, (token) =>
    token === token.toLowerCase() ? (byLower.get(token) ?? token) : token,
  );
}

/** A word, with the dots and joins inside it: "Next.js", "Node.js", "co-op". */
const TOKEN =
  /(?<![\p{L}\p{N}@/_-])\p{L}[\p{L}\p{N}]*(?:[.'’-]\p{L}[\p{L}\p{N}]*)*(?![\p{L}\p{N}@/_-]|\.\p{L})/gu;

function mixesCases(token: string): boolean {
  const letters = token.replace(/[^\p{L}]/gu, "");
  if (letters.length < 3) return false;
  // "tHE": caps lock left on, not a spelling.
  if (/^\p{Ll}\p{Lu}+$/u.test(letters)) return false;
  // "McKenzie", "iOS", "eBay": a capital after a small letter in one word ("Step-Down" is two).
  if (token.split(/[-'’.]/u).some((part) => /\p{Ll}\p{Lu}/u.test(part))) return true;
  // "Next.js", "Vue.js": a capital, then a small part after a dot.
  return /^\p{Lu}/u.test(token) && /\.\p{Ll}/u.test(token);
}

/**
 * The words the record types in lower case somewhere: "soundcheck" at soundcheck, "input" in
 * "the input credit side". A note that opens on one of them with a capital ("Soundcheck test",
 * "Input credit repayment was 94%") capitalised it only to start the line.
 */
export function lowerCaseWords(texts: readonly string[]): Set<string> {
  const found = new Set<string>();
  for (const text of texts) {
    for (const [token] of text.matchAll(TOKEN)) {
      if (token === token.toLowerCase() && /\p{L}{3}/u.test(token)) found.add(token);
    }
  }
  return found;
}

/**
 * The note with its first word in lower case where that word is an ordinary one: the record
 * types it in lower case elsewhere, or it is a common word of English. A sentence that takes the
 * note inside it does not carry the capital. A name ("Grace", "Perth", "December") keeps its
 * capital however else the record writes it.
 */
export function withOpeningAsTyped(text: string, lowerWords: ReadonlySet<string>): string {
  const opening = /^(\p{Lu}\p{Ll}+)(?=$|[\s,.;:!?-])\s*(\p{L}*)/u.exec(text);
  if (!opening) return text;
  const [, first, next] = opening as unknown as [string, string, string];
  const lower = first.toLowerCase();
  const tags = wordsOf(lower)[0]?.tags;
  if (!tags || NAMED.some((tag) => tags.has(tag))) return text;
  // "House style is Chicago 17", "Spousal sponsorship files": an ordinary word, unless what
  // follows says it is someone ("Rose said…").
  const ordinary =
    /^\p{Ll}/u.test(next) &&
    !SAYING.test(next) &&
    !ALSO_NAMES.has(lower) &&
    (isCommonWord(lower) || /(?:al|ive|ous|ic|ary|ful|less|able|ible)$/u.test(lower));
  return lowerWords.has(lower) || ordinary ? lower + text.slice(first.length) : text;
}

/**
 * "Staff Transport Home After Night Shift": a note typed in title case, its small words too, has
 * its ordinary words in lower case; names keep their capitals.
 */
export function withTitleCaseLowered(text: string): string {
  const words = text.split(/\s+/u);
  const titled =
    words.length >= 3 &&
    words.every((word) => /^\p{Lu}/u.test(word) || /^[\d\W]/u.test(word)) &&
    words.some((word) =>
      /^(?:On|In|At|After|Before|For|With|To|Of|And|The|A|An|From|Me|Us|You|Is|Are|Be)$/u.test(
        word,
      ),
    );
  if (!titled) return text;
  return words
    .map((word, at) => {
      const lower = word.toLowerCase();
      const tags = wordsOf(lower)[0]?.tags;
      const named =
        !tags ||
        NAMED.some((tag) => tag !== "Date" && tags.has(tag)) ||
        (at === 0 && ALSO_NAMES.has(lower));
      return /^\p{Lu}\p{Ll}+$/u.test(word) && !named ? lower : word;
    })
    .join(" ");
}

const NAMED = [
  "ProperNoun",
  "Person",
  "Place",
  "Organization",
  "FirstName",
  "LastName",
  "Date",
  "Month",
  "WeekDay",
  "Holiday",
];

/** Ordinary words that are as often someone's name at the start of a note. */
const ALSO_NAMES = new Set(
  "will may june april august grace hope rose mark bill pat sue faith joy dawn summer jack frank rich sandy jade ruby amber iris lily holly ivy victor guy art chase dean drew".split(
    " ",
  ),
);

/** A verb of saying after a capitalised word makes it a name: "Rose said", "Hope reckons". */
const SAYING = /^(?:said|says|told|asked|mentioned|wants|thinks|reckons|explained|runs|leads)$/u;

/**
 * "a nursing home in manchester", "moved from toronto", "five years in brisbane": a city,
 * country or region the tagger knows, typed in lower case, is written as a name; so is a word
 * the English dictionary knows only as a name, after a word that leads to a place ("in",
 * "from", "near"). The dictionary misses ordinary words ("the merlin"), which are mostly not
 * found there. Words that are also things ("china", "jersey", "grey") stay as typed.
 */
export function withPlacesCased(text: string, unknown: ReadonlySet<string> = NONE): string {
  if (!/\p{Ll}/u.test(text)) return text;
  const places = new Set(
    wordsOf(text)
      .filter(
        (word) =>
          /^\p{Ll}+$/u.test(word.text) &&
          !ALSO_THINGS.has(word.text) &&
          ["City", "Country", "Region"].some((tag) => word.tags.has(tag)),
      )
      .map((word) => word.text),
  );
  const cased = text.replace(TOKEN, (token, at: number) => {
    const led = TO_A_PLACE.test(text.slice(0, at));
    // "lived in cologne a year": after "in", a place that is also a thing is the place.
    const inside = IN_OR_FROM.test(text.slice(0, at));
    if (places.has(token) || (inside && THINGS_AND_PLACES.has(token))) {
      return `${token.charAt(0).toUpperCase()}${token.slice(1)}${PLACE_PART}`;
    }
    // "a hotel in tenby", "billing at keyhouse": a word no dictionary knows, where a place or a
    // firm is named, is that name.
    if (
      unknown.has(token) &&
      /^\p{Ll}[\p{Ll}'’-]+$/u.test(token) &&
      (NAME_LEAD.test(text.slice(0, at)) || KIND_NEXT.test(text.slice(at + token.length)))
    ) {
      return `${capitalised(token)}${PLACE_PART}`;
    }
    const name = DICTIONARY_CAPITALS.get(token);
    // "sherwood park": a kind of place after it says the word is its name.
    const kindNext = KIND_NEXT.test(text.slice(at + token.length));
    return name && (!isCommonWord(token) || kindNext) && !ALSO_THINGS.has(token) && led
      ? `${name}${PLACE_PART}`
      : token;
  });
  // "a law firm in sherwood park": the word naming the kind of place is part of its name.
  return cased
    .replace(PLACE_KIND, (_, kind: string) => ` ${kind.charAt(0).toUpperCase()}${kind.slice(1)}`)
    .replaceAll(PLACE_PART, "");
}

const NONE: ReadonlySet<string> = new Set();

/**
 * Where a word no dictionary knows is a name: after a place and "in" ("a hotel in tenby"), after
 * living, moving or working somewhere ("grew up in", "worked at"), or after "from", "at", "near"
 * or "out of" ("restored at llanidloes", "trips out of marahau"). After "of" or "in" alone it is
 * as often a term of the trade ("instead of meniscectomy").
 */
const NAME_LEAD =
  /(?:\b(?:hotel|unit|farm|school|practice|clinic|office|site|shop|ward|hospital|store|firm|company|warehouse|restaurant|pub|bar|cafe|café|branch|depot|plant|mill|lab|centre|center|village|town|city|county|station|yard|garage|salon|studio|agency|surgery|pharmacy|hostel|club|church|college|university|campus|base|port|harbour|harbor|marina|estate|quarry|mine|airport|beach|place|house)s?\s+(?:in|at|near|outside|on)|\b(?:lived?|lives|living|born|based|grew up|moved|raised|located|worked|works|work|working|job|placement|stint|years|months|weeks)\s+(?:in|at|near)|\b(?:from|at|out of|near|outside|around))\s+$/iu;

/** "d'urville" as "D'Urville", "tenby" as "Tenby". */
function capitalised(word: string): string {
  return word.replace(/(?<=^|^[dol]['’]|-)\p{Ll}/gu, (letter) => letter.toUpperCase());
}

/** Marks a name just cased, so that a kind of place after it is cased with it. */
const PLACE_PART = "\u0000";

const KINDS_OF_PLACE =
  "park|street|road|bay|hill|hills|valley|county|heights|lake|river|beach|square|springs|falls|island|harbour|harbor|point|creek|junction|bridge|green|cross|vale|mount";

const PLACE_KIND = new RegExp(String.raw`\u0000 (${KINDS_OF_PLACE})\b`, "gu");

const KIND_NEXT = new RegExp(String.raw`^ (?:${KINDS_OF_PLACE})\b`, "u");

/** True for a word the English dictionary knows only as a name ("Sarah", "Leeds"). */
export function isDictionaryName(word: string): boolean {
  return DICTIONARY_CAPITALS.has(word.toLowerCase());
}

/** Each word the dictionary knows only with a capital, by its lower-case typing. */
const DICTIONARY_CAPITALS = new Map(
  DICTIONARY_NAMES.split(" ").map((name) => [name.toLowerCase(), name]),
);

/** Things named after places, which after "in" or "from" are the place ("a set of china" is not). */
const THINGS_AND_PLACES = new Set(
  "china jersey chile turkey cuba cologne guinea bologna bath".split(" "),
);

const IN_OR_FROM = /\b(?:in|from|near|outside|across|around)\s+$/iu;

const TO_A_PLACE =
  /\b(?:in|at|from|near|to|around|outside|across|of|via|round|into|through|between|based in|(?:port|city|town|base|office|site|depot|hq|headquarters|head office)\s+(?:is|was))\s+$/iu;

const ALSO_THINGS = new Set(
  "china jersey chile turkey java guinea cayenne champagne cologne cuba bologna nice reading bath hull deal split sale mobile realtor slater waller skinner decker valerian reno afro sabre kraft terra nerf".split(
    " ",
  ),
);
