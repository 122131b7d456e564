/**
 * How British, Australian, Canadian and Indian spellings differ from American ones, as rules and a
 * short list rather than a second dictionary: the spelling dictionary is American, and with these
 * it accepts "colour", "organisation", "travelled", "centre" or "programme" whenever it knows
 * "color", "organization", "traveled", "center" or "program". The grammar engine's own dialects
 * cover the rest. Each rule is narrow on purpose: a rule that also turned a typo into a word
 * ("bettre" → "better") would hide it, so the endings that typos produce are listed stem by stem.
 */

import { perString } from "./memo.js";

/** Spellings that follow no pattern, Commonwealth → American. */
const WORDS: Record<string, string> = {
  programme: "program",
  programmes: "programs",
  cheque: "check",
  cheques: "checks",
  tyre: "tire",
  tyres: "tires",
  kerb: "curb",
  storey: "story",
  storeys: "stories",
  plough: "plow",
  aluminium: "aluminum",
  jewellery: "jewelry",
  pyjamas: "pajamas",
  sceptic: "skeptic",
  sceptical: "skeptical",
  scepticism: "skepticism",
  enquiry: "inquiry",
  enquiries: "inquiries",
  enquire: "inquire",
  enquired: "inquired",
  enquiring: "inquiring",
  maths: "math",
  draught: "draft",
  artefact: "artifact",
  artefacts: "artifacts",
  yoghurt: "yogurt",
  sulphur: "sulfur",
  tonne: "ton",
  tonnes: "tons",
  cosy: "cozy",
  moustache: "mustache",
  speciality: "specialty",
  specialities: "specialties",
  ageing: "aging",
  judgement: "judgment",
  judgements: "judgments",
  acknowledgement: "acknowledgment",
  acknowledgements: "acknowledgments",
  learnt: "learned",
  spelt: "spelled",
  dreamt: "dreamed",
  burnt: "burned",
  spoilt: "spoiled",
  focussed: "focused",
  focussing: "focusing",
  manoeuvre: "maneuver",
  manoeuvres: "maneuvers",
  aeroplane: "airplane",
  mould: "mold",
  smoulder: "smolder",
  grey: "gray",
  licenced: "licensed",
  practising: "practicing",
  amongst: "among",
};

/**
 * Pattern rules, Commonwealth → American. Each replaces one part of the word; the stems before an
 * ending that a one-letter typo could make ("-tre", "ae") are named.
 */
const RULES: readonly [RegExp, string | ((...groups: string[]) => string)][] = [
  // colour, behaviour, favourite, neighbourhood, honourable, labourer
  [/^(\p{L}{2,}?)our(\p{L}*)$/u, "$1or$2"],
  // organise, realised, prioritising, organisation, specialisation
  [/^(\p{L}{3,})is(e|ed|es|ing|er|ers|ation|ations|ational|able)$/u, "$1iz$2"],
  // analyse, paralysed, catalysing
  [/^(\p{L}{3,})ys(e|ed|es|ing|er|ers)$/u, "$1yz$2"],
  // travelled, cancelling, modelled, counsellor, labelled, fuelled (not "filled" → "filed")
  [/^(\p{L}*[aeiouy][^aeiouy]*[aeiou])ll(ed|ing|er|ers|or|ors)$/u, "$1l$2"],
  // enrol, fulfilment, instalment, skilful, wilful
  [/^(enrol|fulfil|instil|distil|appal|instal)(s|ment|ments)?$/u, "$1l$2"],
  [/^(skil|wil)(ful|fully|fulness)$/u, "$1l$2"],
  // centre, metre, kilometres, theatre, fibre, calibre, meagre, centred
  [/^(\p{L}*(?:cent|met|lit|theat|fib|calib|sab|spect|lust|meag|somb|sepulch))re(s?)$/u, "$1er$2"],
  [/^(\p{L}*(?:cent|met|lit|theat|fib|calib|sab|spect|lust|meag|somb))red$/u, "$1ered"],
  // catalogue, dialogue, analogues, catalogued
  [/^(\p{L}+og)ue(s?)$/u, "$1$2"],
  [/^(\p{L}+og)u(ed|ing)$/u, "$1$2"],
  // licence, defence, offence, pretence
  [/^(lic|def|off|pret)enc(e|es)$/u, "$1ens$2"],
  // practise (the verb), practised
  [/^practis(e|ed|es)$/u, "practic$1"],
  // paediatric, anaesthetic, haematology, orthopaedic, gynaecology, leukaemia, mediaeval
  [
    /^(\p{L}*?)(paed|anaes|haem|gynaec|leukaem|anaem|encyclopaed|palaeo|mediaev|caesar)(\p{L}*)$/u,
    (_: string, before: string, stem: string, after: string) =>
      before + stem.replace("ae", "e") + after,
  ],
  // oesophagus, oedema, oestrogen, foetus, diarrhoea, amoeba
  [
    /^(\p{L}*?)(oesoph|oedem|oestr|foet|diarrhoe|amoeb)(\p{L}*)$/u,
    (_: string, before: string, stem: string, after: string) =>
      before + stem.replace("oe", "e") + after,
  ],
];

/**
 * The American spellings a word may be the Commonwealth spelling of ("colour" → "color"), lower
 * case. Most are not words at all: the dictionary decides which is.
 */
export const americanForms = perString(formsOf);

const NONE: readonly string[] = [];

function formsOf(word: string): readonly string[] {
  const lower = word.toLowerCase().replace(/’/g, "'");
  const forms = new Set<string>();
  const listed = WORDS[lower];
  if (listed) forms.add(listed);
  for (const [pattern, replacement] of RULES) {
    if (!pattern.test(lower)) continue;
    forms.add(
      typeof replacement === "string"
        ? lower.replace(pattern, replacement)
        : lower.replace(pattern, replacement),
    );
  }
  forms.delete(lower);
  return forms.size === 0 ? NONE : [...forms];
}

/**
 * Words of the Englishes outside the American dictionary that no spelling rule yields, accepted
 * everywhere: Indian English's "lakh", "crore" and "prepone"; Nigeria's currency; Australian
 * English's "arvo"; the te reo Māori words New Zealand English uses every day; Welsh thanks.
 */
export const REGIONAL_WORDS: readonly string[] = [
  "lakh",
  "lakhs",
  "crore",
  "crores",
  "prepone",
  "preponed",
  "updation",
  "naira",
  "kobo",
  "arvo",
  "whānau",
  "whanau",
  "kaupapa",
  "mahi",
  "hui",
  "iwi",
  "hapū",
  "kōrero",
  "tikanga",
  "diolch",
];

/**
 * Workplace compounds and trade terms the American dictionary lacks and careful writers use. The
 * grammar engine knows the compounds, so a check with both engines accepts them anyway; they are
 * listed so the dictionary alone (the quick check, the first findings) does too. The trade terms
 * ("precepting" a new nurse) neither engine knows.
 */
export const WORKPLACE_WORDS: readonly string[] = [
  "onboarding",
  "onboard",
  "onboarded",
  "offboarding",
  "codebase",
  "codebases",
  "upskilling",
  "upskill",
  "upskilled",
  "reskilling",
  "reskill",
  "learnings",
  "workstream",
  "workstreams",
  "precepting",
  "preceptee",
  "preceptees",
  // School competitions a teacher mentions; in neither dictionary.
  "olympiad",
  "olympiads",
];

/**
 * Closed compounds of a known word and a common head noun: "packhouse", "showroom", "dockside".
 * Only these heads: a free join of any two words would let run-together slips through
 * ("eachother", "lookforward").
 */
export const COMPOUND =
  /^(\p{L}{4,}?)(?:house|base|room|yard|shop|line|board|stream|holder|place|field|site|side|floor|work)s?$/u;

/**
 * Adjectives used as plural nouns, which the dictionary lists only as adjectives: "manipulatives",
 * "deliverables", "fundamentals". Accepted when the adjective is known.
 */
export const ADJECTIVE_PLURAL = /^(\p{L}{4,}(?:ive|able|ible|al))s$/u;

/**
 * Prefixes that make a new word of any word: "mispicks", "reskilled", "coworking". A word the
 * dictionary lacks is accepted when one of these stands before a word of five letters or more that
 * it knows (shorter ones would let "mispell" through as "mis" + "pell").
 */
export const WORD_PREFIX =
  /^(?:mis|re|pre|co|non|un|over|under|multi|cross|sub|inter|out|up)(\p{L}{5,})$/u;
