import { dayName, monthName, weekOf } from "./calendar-words.js";
import { isBareVerb, isCommonWord, wordsOf } from "./nlp.js";

/**
 * Shorthand people type in notes after an interview, written out for a letter: "3 yrs" is
 * "three years", "walked me thru the shop + the vans" is "walked me through the shop and the
 * vans", "queue went ~20 min -> under 5" is "queue went from about 20 minutes to under 5".
 */
const WORDS: Record<string, string> = {
  thru: "through",
  yrs: "years",
  yr: "year",
  mos: "months",
  wks: "weeks",
  wk: "week",
  hrs: "hours",
  // Days shortened past doubt: "trade test thurs".
  thurs: "Thursday",
  tues: "Tuesday",
  weds: "Wednesday",
  mins: "minutes",
  min: "minutes",
  mgr: "manager",
  mgrs: "managers",
  jr: "junior",
  jnr: "junior",
  mgmt: "management",
  bldg: "building",
  wkend: "weekend",
  wkends: "weekends",
  bldgs: "buildings",
  dept: "department",
  b4: "before",
  ref: "reference",
  refs: "references",
  cert: "certificate",
  certs: "certificates",
  quals: "qualifications",
  qual: "qualification",
  acct: "account",
  accts: "accounts",
  appt: "appointment",
  appts: "appointments",
  reqs: "requirements",
  cust: "customer",
  custs: "customers",
  govt: "government",
  ppl: "people",
  approx: "about",
  avg: "average",
  exp: "experience",
  incl: "including",
  abt: "about",
  theyre: "they're",
  thier: "their",
  refrences: "references",
  referances: "references",
  thats: "that's",
  theres: "there's",
  whats: "what's",
  eachother: "each other",
  elses: "else's",
  gonna: "going to",
  tmrw: "tomorrow",
  tmrow: "tomorrow",
  tmw: "tomorrow",
  rn: "right now",
  wanna: "want to",
  childrens: "children's",
  hes: "he's",
  youre: "you're",
  dont: "don't",
  cant: "can't",
  didnt: "didn't",
  doesnt: "doesn't",
  isnt: "isn't",
  wasnt: "wasn't",
  werent: "weren't",
  wernt: "weren't",
  arent: "aren't",
  wont: "won't",
  theyve: "they've",
  weve: "we've",
  havent: "haven't",
  hasnt: "hasn't",
  hadnt: "hadn't",
  wouldnt: "wouldn't",
  couldnt: "couldn't",
  shouldnt: "shouldn't",
  im: "I'm",
  ive: "I've",
  whos: "who's",
  shes: "she's",
  theyll: "they'll",
  theyd: "they'd",
  youll: "you'll",
  youve: "you've",
  "w/": "with",
  "w/o": "without",
  "w/in": "within",
  "b/c": "because",
  wknd: "weekend",
  wknds: "weekends",
  "bc/": "because",
  prod: "production",
  covid: "COVID",
  ediscovery: "e-discovery",
  vs: "versus",
  q: "question",
  xmas: "Christmas",
  hols: "holidays",
  qs: "questions",
  teh: "the",
  shoud: "should",
  shoudl: "should",
  k8s: "Kubernetes",
  // A numeronym: "the a11y person on the team".
  a11y: "accessibility",
  info: "information",
  hte: "the",
  adn: "and",
  taht: "that",
  wiht: "with",
  // The misspellings people make most, typed in a hurry.
  recieve: "receive",
  recieved: "received",
  definately: "definitely",
  seperate: "separate",
  occured: "occurred",
  accomodate: "accommodate",
  untill: "until",
  wierd: "weird",
  beleive: "believe",
  acheive: "achieve",
  curtian: "curtain",
  becuase: "because",
  alot: "a lot",
  freind: "friend",
  enviroment: "environment",
  goverment: "government",
  tommorow: "tomorrow",
  tomorow: "tomorrow",
  reccomend: "recommend",
  recomend: "recommend",
  begining: "beginning",
  calender: "calendar",
  experiance: "experience",
  buisness: "business",
  managment: "management",
  maintainance: "maintenance",
  maintainence: "maintenance",
  sucessful: "successful",
  knowlege: "knowledge",
  truely: "truly",
  wich: "which",
  reponse: "response",
  schedual: "schedule",
  colleage: "colleague",
  collegue: "colleague",
};

/** "happy w that", "20 min w 14 kids": a lone "w" between words is "with". */
const WITH = /(?<=[\p{L}\p{N}] )w(?= [\p{L}\p{N}])/gu;

/**
 * "A350 n 777", "check bracing n fixings": a lone "n" between words is "and"; "the n side",
 * "press n", "n ireland" name the letter or the north.
 */
const AND_N =
  /(?<!\b(?:the|a|an|from|to|in|on|at|of|press|letter|key|type|form|hit|option|plan|grade|size|section|part|row|block|ward|wing|side|north|vs|no|number|gauge|word|and|or)\s)(?<=[\p{L}\p{N}]\s)n(?=\s(?!(?:side|wing|word|gauge|key|ireland|block|ward|end|america|yorkshire|wales|london|korea|dakota|carolina|zealand|scale)\b)[\p{L}\p{N}])/giu;

/**
 * "an rn on a surgical ward", "an im injection", "the ref blew", "prod the dough": a short word
 * that is the thing itself where it stands, not the word it often shortens.
 */
function keptAsTyped(word: string, all: string, at: number): boolean {
  const lower = word.toLowerCase();
  const before = all.slice(0, at);
  const after = all.slice(at + word.length);
  if (/^(?:rn|im)$/u.test(lower)) return /\b(?:an?|the)\s+$/iu.test(before);
  // "a football ref", "i ref on weekends", "the ref blew": the referee, or refereeing.
  if (lower === "ref") {
    return (
      /\b(?:football|rugby|match|hockey|netball|i|we|to)\s+$/iu.test(before) ||
      /^\s+(?:blew|gave|said|was|sent)\b/iu.test(after)
    );
  }
  if (lower === "exp") return /^\s+(?:dates?|date\b)/iu.test(after);
  // "cert III", "Cert 4 in ageing support": a qualification's name, as written on it.
  if (lower === "cert") return /^\s+(?:[IVX]+|\d)\b/iu.test(after);
  if (lower === "prod") return /^\s+(?:the|it|them)\b/iu.test(after) || /\ba\s+$/iu.test(before);
  return false;
}

/** "the min pitch", "min wage": "min" with no figure before it is the least allowed, not minutes. */
const MINIMUM =
  /(?<![\p{N}~][\s-]?|\p{N}[\s-]\p{N}+\s|few\s)\bmin(?=\s+[\p{Ll}\p{N}])(?!\s+(?:ago|later|early|late|before|after|each|per|of)\b)/gu;

const WORD = new RegExp(
  `(?<![\\p{L}\\p{N}/])(${Object.keys(WORDS)
    .map((word) => word.replace(/[/]/g, "\\/"))
    .join("|")})(?![\\p{L}\\p{N}/])`,
  "giu",
);

const MONTH = "(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\\.?";
const MONTH_ALONE = new RegExp(`^${MONTH}$`, "iu");

/** "Jan-Apr" is "January to April": a range of months, never a lone "Jan", which may be a name. */
const MONTH_RANGE = new RegExp(`\\b${MONTH}\\s?[-–]\\s?${MONTH}(?![\\p{L}])`, "gu");

const SMALL = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];

/** "2" is "two": a count from one to nine in words, as a letter writes it; any other, null. */
export function smallNumberWord(n: number): string | null {
  return SMALL[n - 1] ?? null;
}

/** Units after which a small number stays a figure: "6 am", "5 km", "2 GB". */
const FIGURE_UNITS = /^(?:am|pm|a\.m|p\.m|km|kg|mg|ml|mm|cm|gb|mb|tb|k|x|mph|ft|in|lbs?|oz)$/i;

/**
 * "3 weeks", "2 more people": a count under ten before a word is written in words, as a letter
 * has it; "£5", "1.5", "Band 6", "year 9" and "6 am" keep their figures.
 */
const COUNT = /(?<![\p{L}\p{N}.,$£€#/:+-])([1-9])\s(?=(\p{Ll}[\p{Ll}.]*))/gu;

/** "2nd half", "1st year": ordinals before a word; "by the 2nd" is a date and stays. */
const ORDINAL = /(?<![\p{L}\p{N}])([1-9])(?:st|nd|rd|th)\s(?=\p{Ll})(?!of\b)/gu;
const ORDINALS = [
  "first",
  "second",
  "third",
  "fourth",
  "fifth",
  "sixth",
  "seventh",
  "eighth",
  "ninth",
];

/** "55% -> 78%", "20 min → 5": a change from one figure to another. */
const CHANGE =
  /(\bfrom\s+)?((?:about\s+)?[^\s,;()]+(?:\s(?:minutes|hours|days|weeks|months|years|percent))?)\s*(?:->|→|=>)\s*([^\s,;()]+)/gu;

/** "(RabbitMQ -> Kafka)": a change in brackets is said in the sentence. */
const CHANGE_ASIDE = /\s*\(\s*([^()]*?(?:->|→|=>)[^()]*?)\s*\)/gu;

/** "a 15 min review" is "a 15-minute review"; "went from 20 min to 5" keeps "minutes". */
const UNIT_BEFORE_NOUN = /\b(\d+)\s?(min|mins|hr|hrs|hour|hours|minute|minutes)\s(?=(\p{Ll}+))/gu;
const UNIT_WORDS: Record<string, string> = { min: "minute", hr: "hour" };
/** Words typed to oneself in notes: "ugh", "lol", "tbh", "(!!)". */
/** "tbh", "honestly": how people say to themselves that what follows is frank. */
export const FRANKLY = "tbh|to be honest|honestly|ngl";

const TO_SELF =
  /\s*\(?\b(?:ugh+|lol|lmao|tbh|omg|haha+|yikes|eek|phew|meh|fml|smh|oof)\b\)?[.!?]*(?=\s|$|[,;:)])/giu;

/** "kirkstall rd", "king st": a street typed short; "rd" and "st" after a number are ordinals. */
const STREET =
  /\b(?!(?:the|a|an|to|at|on|in|of|and|or|for|by|from|via|up|down|my|our|your|their|his|her)\s)(\p{L}[\p{L}'’-]+)\s+(rd|st|ave|ln|blvd)\b\.?(?!\p{L})/gu;
const STREETS: Record<string, string> = {
  rd: "Road",
  st: "Street",
  ave: "Avenue",
  ln: "Lane",
  blvd: "Boulevard",
};

function capitalised(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/**
 * "each residents room": after "each" or "every", a plural before a noun was a possessive.
 * "every dialysis patient", "each bus route": a word ending in "-is" or "-us" is no plural.
 */
const EACH_OWNER = /\b(each|every)\s+(\p{Ll}+[^siu\P{L}])s\s+(\p{Ll}+)\b/gu;

/** "cook off", "bake off", "sign off" as a noun: first, alone before a comma, or after a word that counts it. */
const CONTEST =
  /(?<=^|\b(?:a|the|one more|another|first|second|final|each|every)\s)(cook|bake|sign|hand|drop|play|walk)\s+off\b(?!\s+(?:the|a|an|my|your|his|her|their|it|them)\b)/giu;

const UNDER_OVER =
  /\b(under|over)\s+(salted|seasoned|cooked|baked|proofed|proved|mixed|watered|tightened|exposed|filled|packed|staffed|estimated|charged|booked|spent)\b/giu;

const FIRED_BASED =
  /\b(wood|gas|coal|oil|solar|battery|diesel|plant|play|evidence|data|team|student|patient|community|family|volunteer|client)\s+(fired|powered|based|led|driven|centred|centered|focused|run|owned)\b(?=\s+\p{Ll})/giu;

/** "guests questions", "patients families": people and what is theirs, typed without the apostrophe. */
const PEOPLES_OWN =
  /(?<!\b(?:ask|asks|asked|asking|give|gave|giving|send|sent|tell|told|show|showed|offer|offered|bring|brought|get|got)\s+(?:the\s+|our\s+|my\s+|your\s+)?)\b(guests|customers|clients|patients|students|pupils|parents|residents|members|visitors|tenants|drivers|kids)\s+(questions|needs|names|rooms|bags|luggage|complaints|records|files|families|details|orders|cars|homes|feedback|expectations|concerns)\b/gu;

/** "my uncles new house", "my sisters wedding": a relative typed without the apostrophe. */
const KIN_OWNER =
  /\b(my|your|his|her|our|their)\s+(uncle|aunt|auntie|mum|mom|dad|brother|sister|cousin|nan|gran|grandad|grandma|grandpa|grandmother|grandfather|partner|wife|husband|son|daughter|neighbour|neighbor|friend|boss)s\s+(\p{Ll}+)\b/gu;

const NOT_A_NOUN = new Set(
  "to of a an and or in on at for per each off late early ago before after later long left max with from until till out back more less over under into is are was were a day week notice".split(
    " ",
  ),
);

function isNoun(word: string): boolean {
  const tags = wordsOf(`a ${word}`)[1]?.tags;
  return tags !== undefined && tags.has("Noun") && !tags.has("Adverb") && !tags.has("Pronoun");
}

/**
 * "a 40 page guide", "a three week lookahead", "the 5 star rating": a count and a unit before
 * a noun are one word, hyphenated, as a letter writes them.
 */
const COUNT_BEFORE_NOUN =
  /\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve)\s(page|week|day|month|year|star|bed|room|cover|seat|step|point|mile|person)\s(?=(\p{Ll}+))/gu;

/** "post incident reviews", "an in house edger": a compound before a noun, typed apart. */
const IN_HOUSE =
  /\b(in|post|pre|non|cross|multi|part|full|high|low|long|short) (house|incident|site|time|volume|term|level|functional)\b(?=\s+\p{Ll})/gu;

/** "hema free gels", "sugar free drinks": free of something, before what is free of it. */
const FREE_OF =
  /(?<=\b(?:the|a|an|only|our|your|their|all|more|\p{Ll}+)\s)(\p{L}+) free(?=\s+(\p{Ll}+))/gu;

/** "the write up", "a follow up": a noun made of a verb and "up" is hyphenated. */
const WRITE_UP =
  /\b(the|a|an|my|our|your|this|that) (write|follow|set|check|catch|sign|start|hand|run) up\b/gu;

/** "year 9", "band 5s", "key stage 2": school years and pay bands are names, capitalised. */
const NAMED_NUMBER = /\b(year|band|key stage|grade)\s(?=\d)/gu;

/** "tues + thurs": days typed short, as a letter writes them. */
const DAYS =
  /\b(?:on\s+)?(mon|tues?|weds?|thurs?|fri|sat|sun)s?\s+(?:and|\+|&)\s+(mon|tues?|weds?|thurs?|fri|sat|sun)s?\b/giu;

/** "£600/yr", "300 hrs/yr", "twice/wk": a rate, said as a letter says it. */
const PER = /\/(yr|year|wk|week|mo|month|day|hr|hour)\b/giu;
const PER_WORDS: Record<string, string> = { yr: "year", wk: "week", mo: "month", hr: "hour" };

/**
 * "the hotel and its busy lobby", "its free classes": a describing word, then a thing, is what
 * "its" owns; "its busy on fridays", "its free" say what it is.
 */
function ownsWhatFollows(after: string): boolean {
  const [, first = "", second = ""] = /^\s+(\p{L}+)(?:\s+(\p{L}+))?/u.exec(after) ?? [];
  if (!second || BEFORE_A_STATE.test(first)) return false;
  return !NOT_A_THING.test(second);
}

/** Words after "it's" that lead to what it is, never a describing word of a thing owned. */
const BEFORE_A_STATE =
  /^(?:a|an|the|your|my|our|her|his|their|been|going|not|so|very|really|just|all|only|pretty|quite|too|always|never|now|also|still|mostly|nearly|almost|worth|true|false|ok|okay|more|less|actually|probably|definitely|likely|usually|better|worse)$/iu;

/** Words that follow a state, not a thing: "busy on fridays", "free for staff". */
const NOT_A_THING =
  /^(?:on|at|in|for|to|and|but|so|or|by|with|from|of|now|then|when|if|because|as|too|enough|all|every|most|mostly|again|here|there|this|that|till|until|during|after|before|since|than|though|around|over|under|right|just|already|yet|lol|is|was|every|each|weekly|daily|monthly|once|twice|apparently|tho|though)$/iu;

/** "its your biggest job": "it's" before what only follows a verb. */
const ITS =
  /\b[Ii]ts(?=\s+(?:still\s+(?:a|an|the|in|on|at|done|used|run|going|open|there|very|quite|pretty|so|my|our|your|not|\p{Ll}+(?:ed|ing))\b|always|never|now|also|true|false|worth|full|empty|your|my|our|her|his|their|a|an|the|been|going|not|so|very|really|just|all|only|pretty|quite|too|high|low|big|busy|hard|tough|huge|fine|ok|okay|good|great|mostly|nearly|almost|protected|funded|paid|covered|included|free|fixed|done|booked|open|closed|optional|compulsory|mandatory|labelled|labeled|kept|stored|logged|tagged|run|made|built|checked|based|safe|possible|needed|urgent|more|less|under|over|about|around|actually|probably|definitely|likely|usually|better|worse|easier|harder|\d+)\b)/gu;

/** "in jan", "by fri the 13th", "finish in may": months and days typed in lower case. */
const LOWER_MONTH =
  /\b(in|by|from|until|till|before|after|since|early|mid|late|end of|start of|of|for|every|each|next|last|this)\s+((?:january|february|march|april|may|june|july|august|september|october|november|december)\b|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b(?:\.(?!\s+\p{Lu}))?)/gu;
const MONTH_BEFORE_DAY =
  /\b(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)(?=\s+(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\b(?![:.,]?\d|\s*(?:%|am\b|pm\b|[-–x×]|years?\b|yrs?\b|months?\b|mins?\b|minutes?\b|hours?\b|hrs?\b|days?\b|weeks?\b|people\b|staff\b|times\b)))/gu;
const LOWER_DAY =
  /\b((?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?|(?:mon|tues?|wed|thu|thurs|fri|sat|sun)(?=\s+(?:(?:the\s+)?\d|night|morning|afternoon|evening|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)))\b/gu;

/** What may follow a word shouted on its own: nothing, or a word that joins it to more. */
const SHOUTED_ALONE =
  /^(?:|on|in|at|for|with|to|from|by|of|and|but|or|so|then|if|when|because|today|tomorrow|yesterday)$/iu;

/** "REALLY", "NEVER", "ALWAYS": words that only ever emphasise, never an abbreviation. */
function isEmphasis(word: string): boolean {
  return /^(?:really|never|always|only|very|every|before|after|again|still|definitely|totally|super|extremely|seriously|honestly|absolutely|more|less|much|most|least|what)$/iu.test(
    word,
  );
}

/** "tues/thurs": two days of the week, each week. */
const DAY_PAIR =
  /\b(mon|tues?|wed|thu|thurs|fri|sat|sun)\s?\/\s?(mon|tues?|wed|thu|thurs|fri|sat|sun)\b/giu;

/** "mon-thurs", "Mon–Fri". */
const DAY_RUN =
  /\b(mon|tues?|wed|thu|thurs|fri|sat|sun)\s?[-–]\s?(mon|tues?|wed|thu|thurs|fri|sat|sun)\b/giu;

/** Languages, as people type them in lower case. */
const LANGUAGES = [
  "French",
  "Spanish",
  "German",
  "Italian",
  "Portuguese",
  "Irish",
  "Welsh",
  "English",
  "Mandarin",
  "Cantonese",
  "Hindi",
  "Arabic",
  "Japanese",
  "Korean",
  "Norwegian",
  "Swedish",
  "Danish",
  "Finnish",
  "Dutch",
  "Polish",
  "Russian",
  "Chinese",
  "Vietnamese",
  "Thai",
  "Indonesian",
  "Malay",
  "Tagalog",
  "Swahili",
  "Samoan",
  "Tongan",
  "Māori",
  "Punjabi",
  "Urdu",
  "Bengali",
  "Tamil",
  "Turkish",
  "Greek",
  "Kannada",
  "Telugu",
  "Malayalam",
  "Marathi",
  "Gujarati",
  "Nepali",
  "Sinhala",
  "Afrikaans",
  "Zulu",
  "Xhosa",
  "Yoruba",
  "Igbo",
  "Hausa",
  "Amharic",
  "Somali",
  "Farsi",
  "Hebrew",
  "Ukrainian",
  "Romanian",
  "Hungarian",
  "Czech",
  "Croatian",
  "Serbian",
  "Cebuano",
  "Khmer",
  "Burmese",
  "Pashto",
  "Kurdish",
];

/** "punjabi", "Māori": a language's name. */
export function isLanguage(word: string): boolean {
  return LANGUAGE_NAMES.has(word.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase());
}

const LANGUAGE_NAMES = new Set(
  LANGUAGES.map((name) => name.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase()),
);

/** Names people type in lower case: languages, months, holidays and a few brands. */
const PROPER: Record<string, string> = {
  // "polish the brass": a verb as often as the language.
  ...Object.fromEntries(
    LANGUAGES.filter((name) => name !== "Polish").map((name) => [
      name.toLowerCase().replace("ā", "a"),
      name,
    ]),
  ),
  lego: "Lego",
  excel: "Excel",
  powerpoint: "PowerPoint",
  australian: "Australian",
  british: "British",
  american: "American",
  canadian: "Canadian",
  european: "European",
  // Countries typed short: "different to aus", "back in the uk".
  aus: "Australia",
  whatsapp: "WhatsApp",
  facebook: "Facebook",
  instagram: "Instagram",
  linkedin: "LinkedIn",
  youtube: "YouTube",
  tiktok: "TikTok",
  // Degrees, which are no other word.
  msc: "MSc",
  bsc: "BSc",
  phd: "PhD",
  mphil: "MPhil",
  mba: "MBA",
  beng: "BEng",
  meng: "MEng",
  llb: "LLB",
  // Months that are no other word ("may", "march" and "august" are), and holidays.
  january: "January",
  february: "February",
  april: "April",
  june: "June",
  july: "July",
  september: "September",
  october: "October",
  november: "November",
  december: "December",
  christmas: "Christmas",
  easter: "Easter",
  thanksgiving: "Thanksgiving",
  diwali: "Diwali",
  ramadan: "Ramadan",
  eid: "Eid",
  hanukkah: "Hanukkah",
};
const PROPER_WORD = new RegExp(`\\b(${Object.keys(PROPER).join("|")})\\b`, "gu");

/** "from RabbitMQ to Kafka", "from 55% to 78%": figures or names, or words that say it moved. */
function isChange(before: string, a: string, b: string): boolean {
  return (
    // "20 min -> under 5", "0 -> 3": figures on both sides; "factory walk -> 3 lines" is what
    // the walk showed, not a change.
    (/\d|^(?:zero|none)$/i.test(a) && /\d|^(?:zero|none|under|over)$/i.test(b)) ||
    (/^\p{Lu}/u.test(a) && /^\p{Lu}/u.test(b)) ||
    /\b(?:from|moved|migrated|switched|off|went|changed|upgraded|converted)\s*$/i.test(before)
  );
}

export function writtenOut(text: string): string {
  return (
    text
      .replace(ITS, (typed: string, at: number, all: string) =>
        ownsWhatFollows(all.slice(at + typed.length)) ? typed : `${typed.charAt(0)}t's`,
      )
      .replace(/\b(how|what|where|why|when|if|that|what)\s+id\b/giu, "$1 I'd")
      // "the kirkstall rd job": a street, named as the sign names it.
      .replace(
        STREET,
        (_, name: string, kind: string) => `${capitalised(name)} ${STREETS[kind.toLowerCase()]!}`,
      )
      // "a budget > 1m", "~£800k": over and about, as a letter says them.
      .replace(/(?<=\s|^)>\s?(?=[£$€]?\d)/gu, "over ")
      .replace(/(?<=\s|^)<\s?(?=[£$€]?\d)/gu, "under ")
      .replace(/~\s?(?=[£$€]\d)/gu, "about ")
      // "ugh", "lol", "tbh", emoji, "??": words to self, which no letter carries.
      .replace(/\s*\p{Extended_Pictographic}\uFE0F?/gu, "")
      .replace(TO_SELF, "")
      .replace(new RegExp(String.raw`,?\s+(?:${FRANKLY})(?=[.!?]*$|\s*[,;]|\s[-–—]\s)`, "iu"), "")
      .replace(/([?!])[?!]+/g, "$1")
      .replace(/\bf\/u\b/gu, "follow-up")
      // "what would u do", "so the kids know u": "you", typed short; a "u turn" is no "you".
      .replace(
        /(?<![\p{L}\p{N}'’/-])u(?=\s+\p{Ll}|\s*[.,!?;]|\s*$)(?![-\s]+(?:turn|bend|boat|shape|shaped|bolt|channel)\b)/gu,
        "you",
      )
      .replace(/(?<![\p{L}\p{N}'’])ur(?=\s+\p{Ll})/gu, "your")
      // "and ill pay for it myself": "I'll" before what the candidate will do; "ill health" stays.
      .replace(
        /(?<=(?:^|[.,;:!?]\s*|\b(?:and|but|so|then|or)\s))ill(?=\s+(?:pay|be|do|get|send|call|ring|bring|make|take|have|work|come|go|start|try|book|sort|check|learn|keep|let|give|need|put|email|text|drop|practise|practice)\b)/gu,
        "I'll",
      )
      // "then hr will call": human resources, not hours, before what they will do.
      .replace(
        /\bhr(?=\s+(?:will|would|said|says|sent|called|rang|emailed|emails|has|is|are|can|should|team|dept|department|manager|contact|call)\b)/gu,
        "HR",
      )
      // "check bracing n fixings": "and", typed in one letter between words.
      .replace(AND_N, "and")
      // "hed ping me", "shell pass me to": he'd and she'll, their apostrophes lost.
      .replace(/\bhed(?=\s+["“'‘]?\p{Ll})/gu, "he'd")
      .replace(
        /(?<!\b(?:mentally|seriously|terminally|critically|chronically|acutely|very|really|the|been|fell|feel|feels|felt|fall|falls|get|gets|got|was|were|is|are|so|too)\s)\bill(?=\s+(?:stick|be|get|go|send|call|ring|do|have|let|try|see|make|text|email|need|take|bring|come|start|check|look|give)\b)/gu,
        "I'll",
      )
      .replace(
        /(?<!\b(?:of|the|a|an|egg|crab|sea|snail|oyster|hard|soft|tortoise|turtle|pastry|tart|bullet|empty|outer)\s)\bshell(?=\s+(?:pass|let|call|ring|send|get|be|email|text|decide|know|come|check|talk|see)\b)/gu,
        "she'll",
      )
      // "the spring shed like me to apply for": she'd, before what she would like or do.
      .replace(
        /(?<=(?:^|[.,;:!?]\s*|\b(?:and|but|so|said|says|thinks|thought|reckons|if|that|because|when|then|hoped|hopes)\s))(she|we)d(?=\s+(?:like|love|prefer|rather|want|be|need|have|probably|happily|call|ring|email|text|let|get|send|come)\b)/gu,
        "$1'd",
      )
      // "…in the spring shed like me to apply for": "like me to" leaves no shed in doubt.
      .replace(/\b(she|we)d(?=\s+like\s+(?:me|us|you|him|her|them)\s+to\b)/gu, "$1'd")
      // "a fuel tanker co", "museums assoc": the company and the association, at a name's end.
      .replace(/(?<=\p{L}\s)co(?=\s*(?:[.,;)]|$))/gu, "company")
      .replace(/\bassoc\b\.?/gu, "association")
      // "lot of residents w dementia": a lot of them, its "a" lost.
      .replace(
        /(?<=(?:^|[,;:]\s*|\b(?:and|but|with|w|has|have|had|is|are|was|were|see|saw|sees|get|got|gets|there['’]?s|do|does|did|take|takes|took)\s))lot of\b/gu,
        "a lot of",
      )
      // "a coroners PM", "an elderly patients file": after "a", a person's noun with an "s" is
      // theirs, its apostrophe left out in a hurry.
      .replace(
        /\b([Aa]n?\s+(?:(?!(?:few|lot|couple|dozen|number|bunch|handful|group|pair|range|mix|variety|series|set|team|panel|load|ton|host|majority|minority|third|quarter|half|hundred|thousand|score|crowd|list|queue|line|room|class|ward|floor)\b)\p{Ll}+\s+)?)(\p{Ll}{2,}(?:er|or|ist|ian|ent|ant))s(?=\s+\p{L})/gu,
        "$1$2's",
      )
      // "you host first tues of every month": on the first Tuesday of it.
      .replace(
        /(\b(?:on|the|every)\s+)?\b(first|second|third|fourth|last)\s+(mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)(?:day)?\b(?=\s+of\b)/giu,
        (_, before: string | undefined, nth: string, day: string) => {
          const lead = !before ? "on the " : /^on\s/i.test(before) ? `${before}the ` : before;
          return `${lead}${nth.toLowerCase()} ${dayName(day)}`;
        },
      )
      // "6 mo out of residency": months, after a count.
      .replace(
        /\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s?mo\b(?!\.?\s*\p{Lu})/gu,
        (_, n: string) => `${n} ${n === "1" || n === "one" ? "month" : "months"}`,
      )
      // "there own training tower": "their", mistyped before what is owned.
      .replace(/\bthere\s+own\b/gu, "their own")
      // "40% of there year", "the audit and there fix progress": "their", before what is owned.
      .replace(
        /(\b(?:of|and|on|for|with|at|by|to|half|all|most|both)|\+)\s+there\s+(?!overnight\b|apparently\b|twice\b|once\b|gets\b|yet\b|long\b|all\b|either\b|too\b|though\b|anyway\b|lol\b|is\b|are\b|was\b|were\b|will\b|would\b|has\b|have\b|had\b|be\b|and\b|or\b|too\b|now\b|already\b|yet\b|again\b|before\b|after\b|for\b|at\b|in\b|on\b|with\b|every\b|each\b|to\b|the\b|an?\b|from\b|of\b|until\b|till\b|since\b|then\b|so\b|but\b|when\b|because\b|as\b|if\b|which\b|that\b|who\b|where\b|by\b|myself\b|too\b|\d)(?=\p{Ll})/gu,
        "$1 their ",
      )
      // "id re-measure", "Id relieve the stress": "I'd" before a verb, never "photo id".
      .replace(
        /(?<!\b(?:photo|staff|student|valid|your|my|his|her|their|our|the|an?|with|no)\s+)\b[Ii]d(?=\s+([\p{Ll}-]+))/gu,
        (typed: string, next: string) =>
          ID_BEFORE.has(next) || (isBareVerb(next) && !ID_THINGS.has(next)) ? "I'd" : typed,
      )
      // "were ready, the kids' school is sorted": "we're" opening an answer.
      .replace(
        /^were(?=\s+(?:ready|happy|fine|good|sorted|keen|moving|planning|going|looking|able|flexible|settled|used)\b)/u,
        "we're",
      )
      // "the whole co reads…": the company.
      // "the co op", "my co teacher": a co-op and a co-teacher are no company.
      .replace(
        /\b(the|whole|my|our|your|their|this|that)\s+co\b(?![.-])(?!\s+(?:op|ops|teacher|teachers|worker|workers|author|founder|founders|pilot|host|chair|lead|parent|parents|sign|signed|signs|ordinator)\b)/gu,
        "$1 company",
      )
      // "draw station opens 6.30am": a time of day after opening or starting is "at" it.
      .replace(
        /\b((?:open|close|start|finish|begin|end)s?)\s+(?=\d{1,2}(?:[.:]\d{2})?\s?(?:am|pm)\b)/giu,
        "$1 at ",
      )
      // "home draws in st andrew": a saint's name is a place's.
      .replace(
        /\b(in|at|near|from|around|to)\s+st\.?\s+(\p{Ll}{3,})\b/gu,
        (_, before: string, name: string) => `${before} St ${capitalised(name)}`,
      )
      // "used dentrix at old job": the candidate's old job.
      .replace(
        /\b(at|in|from)\s+(old|last|previous|prev|current|first)\s+(job|work|place|firm|practice|clinic|school|hospital|company|employer|role)\b/giu,
        (_, at: string, which: string, place: string) =>
          `${at} my ${which.toLowerCase() === "prev" ? "previous" : which} ${place}`,
      )
      // "valentines + mothers day": the days as the calendar names them.
      .replace(/\bvalentines\b(?!\s+(?:cards?|roses?)\b)/giu, "Valentine's")
      .replace(/\b(mother|father)s\s+day\b/giu, (_, who: string) => `${capitalised(who)}'s Day`)
      // "finished the NPM course 2025": a qualification is finished in its year.
      .replace(
        /\b(course|degree|diploma|certificate|cert|programme|program|apprenticeship|qualification|exams?|training|internship|placement|residency|fellowship)\s+((?:19|20)\d{2})(?=$|[\s,.;])/giu,
        "$1 in $2",
      )
      // "a creole place in lafayette summer 2023": a season of a year, when.
      .replace(
        /(?<!\b(?:in|of|since|during|by|from|until|till|through|the|last|next|this|that|every)\s)\b(spring|summer|autumn|fall|winter)\s+((?:19|20)\d{2})(?=$|[\s,.;])/giu,
        "in $1 $2",
      )
      // "get paid AND get their data back": a short word shouted between words in lower case.
      .replace(/(?<=\p{Ll}\s)(AND|BUT|NOT|ALL|TOO|NOW|ANY)(?=\s\p{Ll})/gu, (word) =>
        word.toLowerCase(),
      )
      // "pain @ 0300", "calls @ 2 wks": "at", between words.
      .replace(/(?<=\p{L})\s+@\s+(?=\S)/gu, " at ")
      // "calling the MD re the pattern": "about", before what it is about.
      .replace(
        /\bre\s+(?=(?:what|how|the|my|our|your|their|when|where|why|this|that)\b)/gu,
        "about ",
      )
      // "the debrief thing": the thing itself.
      // "the main thing I want", "the only thing", "the first thing" are no aside.
      .replace(
        /\b(the\s+(?!(?:main|only|first|last|next|best|worst|one|same|whole|hardest|biggest|real|right|other)\b)\p{Ll}+)\s+thing\b(?!\s+(?:is|was|that|where|about|I|you|we|they|he|she))/gu,
        "$1",
      )
      // "short handed": one word, as a letter writes it.
      .replace(/\bshort\s+(handed|staffed)\b/giu, "short-$1")
      // "let me do the TRIAL on thursday", "REALLY busy": an ordinary word shouted for emphasis,
      // in a note typed in lower case, is written as a letter writes it. Before another word it
      // may be an abbreviation that spells a word ("PALS instructor", "the STAR method"), and
      // keeps its capitals, as "HACCP" and "NASA" do anywhere.
      .replace(
        /(?<=(?:^|\p{Ll}[,;:]?\s))(\p{Lu}{4,})(?=([\s,.;:!?)]|$)\s*(\p{L}*))/gu,
        (word: string, _word: string, _after: string, next: string) =>
          isCommonWord(word) && (SHOUTED_ALONE.test(next) || isEmphasis(word))
            ? word.toLowerCase()
            : word,
      )
      // "dialysis pts", "walk the pt through": patients, as clinics write them; "8 pts" may be
      // points.
      .replace(/(?<!\d\s?)(?<![\p{L}\p{N}/])pts(?![\p{L}\p{N}/])/gu, "patients")
      .replace(
        /\b(the|a|each|every|per|one|my|your|their|our|new)\s+pt\b(?![.\p{L}])(?!\s+(?:sessions?|roles?|jobs?|clients?|trainers?|training|work|hours|shifts?|contracts?|positions?|staff|studio|gym)\b)/gu,
        "$1 patient",
      )
      // "pt w/ breakthrough pain": a patient, with what they have.
      .replace(/(?<![\p{L}\p{N}/])pt(?=\s+(?:w\/|with|on|in)\s)/gu, "patient")
      .replace(
        /\bpt(?=\s+(?:gets|has|is|was|needs|comes|goes|sees|can|will|must|should|who|that)\b)/gu,
        "patient",
      )
      // "competency q's": questions.
      .replace(/(?<![\p{L}\p{N}])q['’]s(?![\p{L}\p{N}])/giu, "questions")
      // "outside each residents room": one resident's room, its apostrophe lost.
      .replace(EACH_OWNER, (whole, each: string, owner: string, owned: string) =>
        isNoun(owned) && !NOT_A_NOUN.has(owned) ? `${each} ${owner}'s ${owned}` : whole,
      )
      // "cook off, mystery box", "one more cook off": the contest, a noun, not the verb.
      .replace(CONTEST, "$1-off")
      // "PPE free, boots + helmet": what is free, said as people say it.
      .replace(/^((?:\p{L}+\s+){0,2}\p{L}+)\s+free(?=,|$)/u, "free $1")
      // "i under salted it", "over cooked the lamb": one word, as a letter writes it.
      .replace(UNDER_OVER, "$1$2")
      // "a wood fired grill", "a plant based menu": a describing compound, hyphenated.
      .replace(FIRED_BASED, "$1-$2")
      // "switch between dutch english and german": three languages, the first two apart.
      .replace(
        /\b(\p{L}+)\s+(\p{L}+)(?=\s+and\s+(\p{L}+)\b)/gu,
        (whole, a: string, b: string, c: string) =>
          isLanguage(a) && isLanguage(b) && isLanguage(c) ? `${a}, ${b}` : whole,
      )
      // "the German speaking manager": a language and "speaking" before a noun are one word.
      .replace(/\b(\p{L}+)\s+speaking(?=\s+\p{Ll})/gu, (whole, language: string) =>
        isLanguage(language) ? `${language}-speaking` : whole,
      )
      // "rested it in the walk in": the walk-in fridge, a thing.
      .replace(
        /\b(the|a|our|their)\s+walk\s+in\b(?=\s*(?:$|[,.;]|fridge|freezer|cooler|chiller))/giu,
        "$1 walk-in",
      )
      // "confirm the ticket nr": a number, not "near".
      .replace(
        /\b(ticket|order|reference|ref|case|job|room|phone|serial|part|account|invoice|batch|lot)\s+nr\b/giu,
        "$1 number",
      )
      // "answer guests questions": the guests' questions, their apostrophe lost.
      .replace(PEOPLES_OWN, "$1' $2")
      // "my uncles new house": one relative's house, its apostrophe lost.
      .replace(KIN_OWNER, (whole, my: string, kin: string, owned: string) =>
        NOT_A_NOUN.has(owned) || /^(?:who|that|which|both|all|too|as)$/u.test(owned)
          ? whole
          : `${my} ${kin}'s ${owned}`,
      )
      // "bc they have…", "bc I could": lower case before a word is "because"; "BC" may be a
      // province.
      .replace(/(?<![\p{L}\p{N}])bc(?=\s+(?:\p{Ll}|I\b))/gu, "because")
      .replace(
        PER,
        (_, unit: string) => ` a ${PER_WORDS[unit.toLowerCase()] ?? unit.toLowerCase()}`,
      )
      // "new analyser arriving feb", "due oct": a month typed bare after what happens in it.
      .replace(
        /\b(\p{Ll}+ing|due|back|live|out)\s+(jan|feb|apr|jun|jul|aug|sept?|oct|nov|dec|january|february|april|june|july|august|september|october|november|december)\b(?=\s*(?:[,.;)]|$))/gmu,
        (_, before: string, month: string) => `${before} in ${monthName(month)}`,
      )
      .replace(
        LOWER_MONTH,
        (_, before: string, month: string) => `${before} ${monthName(month.replace(/\.$/, ""))}`,
      )
      // "chartership mentoring in house": done within the firm.
      .replace(/\bin house\b(?!\s+(?:with|of|on|at|where|and|for)\b)/gu, "in-house")
      // "season starts may 1", "june 12th": a month before the day of it is a date.
      .replace(MONTH_BEFORE_DAY, (month: string) => monthName(month))
      // "am route 6:15-8:45 + pm 2:30-4:30": the morning's and the afternoon's, not "I am".
      .replace(
        /(?<!\b(?:I|i)\s+|\d\s*)\b(am|pm)(?=\s+(?:\d|(?:routes?|runs?|shifts?|sessions?|slots?|clinics?|lists?|rounds?|classes|class|pickups?|drop-?offs?)\b))/gu,
        (time: string) => (time === "am" ? "morning" : "afternoon"),
      )
      // "the girls section", "the kids club": theirs, with its apostrophe.
      .replace(
        /\b(the|a|our|your|their|on|for|of)\s+(girls|boys|kids|ladies|players|parents|members|visitors|students)\s+(?=(?:section|teams?|squads?|club|room|area|toilets|program|programme|academy|league|night|corner|cards?|books?|menus?|corner|library|sessions?)\b)/gu,
        "$1 $2' ",
      )
      // "up to u13", "the u14s": an age group.
      .replace(/\bu(\d{1,2})(s?)\b/gu, "U$1$2")
      // "a made up room": made up, before what was made.
      .replace(/\b(a|the|every|each)\s+made up\s+(?=\p{Ll})/gu, "$1 made-up ")
      // "paeds draws", "in peds": children's medicine, typed short.
      .replace(
        /\b(paeds|peds)\b(?=\s+\p{Ll})(?!\s+(?:and|or|is|are|was|were|at|in|on|for|to)\b)/gu,
        (word: string) => (word === "paeds" ? "paediatric" : "pediatric"),
      )
      .replace(/\b(paeds|peds)\b/gu, (word: string) =>
        word === "paeds" ? "paediatrics" : "pediatrics",
      )
      // "in dec and jan": the second month of a pair.
      .replace(
        /\b((?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:and|or|to|through|till|until|into|\+|&)\s+)(january|february|march|april|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b/gu,
        (_, pair: string, month: string) => `${pair}${monthName(month)}`,
      )
      .replace(DAY_PAIR, (_, a: string, b: string) => `${dayName(a)}s and ${dayName(b)}s`)
      // "mon-thurs": a run of days.
      .replace(DAY_RUN, (_, a: string, b: string) => `${dayName(a)} to ${dayName(b)}`)
      // "Fri 27th", "Thurs 3 Dec": a day shortened before its date.
      .replace(/\b(Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?(?=\s+\d)/gu, (day: string) =>
        dayName(day.replace(/\.$/, "")),
      )
      .replace(LOWER_DAY, (day: string) => `${dayName(day)}${/days$/i.test(day) ? "s" : ""}`)
      // "shed text by sun": Sunday, after a word that says by when.
      .replace(/\b((?:by|till|until|before)\s+)sun\b(?![\p{L}'’.-])/gu, "$1Sunday")
      // "message me by wed": a day shortened after a word that says when.
      .replace(
        /\b((?:by|on|till|until|before|after|from|next|this|last|every)\s+)(mon|tues?|wed|thu|thur|thurs|fri|sat)\b(?!\s+(?:nav|down|the|an?|my|in|through|exams?|papers?|\d))(?![\p{L}'’.-])/gu,
        (_, when: string, day: string) => `${when}${dayName(day)}`,
      )
      .replace(PROPER_WORD, (word: string) => PROPER[word]!)
      // "by 11 dec": a month after its day.
      .replace(
        /\b(\d{1,2})(st|nd|rd|th)?\s+(jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*(?:\.(?!\s+\p{Lu}))?(?![\p{L}])/giu,
        (_, day: string, suffix: string | undefined, month: string) =>
          `${day}${suffix ?? ""} ${monthName(month)}`,
      )
      // "class starts jan 11": a month before its day ("may" is too often the verb).
      .replace(
        /\b(jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?\s+(?=\d{1,2}(?:st|nd|rd|th)?\b(?![:.,]\d))/gu,
        (_, month: string) => `${monthName(month)} `,
      )
      // "checks every hr": an hour; "hr will call" is HR, and stays so.
      .replace(/\b(every|per|each|an|half an|one)\s+hr\b/gu, "$1 hour")
      // "open 24x7": all hours, as a letter writes it.
      .replace(/\b24\s?x\s?7\b/giu, "24/7")
      // "Thursday dec 3": the month after a day, in capitals too.
      .replace(
        /\b((?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)(jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?(?=\s+\d)/gu,
        (_, day: string, month: string) => `${day}${monthName(month)}`,
      )
      // "HPLC method dev": development, after what is developed.
      .replace(
        /\b(method|product|software|business|web|app|process|curriculum|professional)\s+dev\b/giu,
        "$1 development",
      )
      // "they have like 60 reroofs": about, as a letter says it.
      .replace(/\blike\s+(?=~?\d)/giu, "about ")
      .replace(WITH, "with")
      .replace(UNIT_BEFORE_NOUN, (whole, n: string, unit: string, next: string) => {
        if (NOT_A_NOUN.has(next) || /ing$/.test(next) || !isNoun(next)) return whole;
        const single = unit.replace(/s$/, "");
        return `${n}-${UNIT_WORDS[single] ?? single} `;
      })
      // "every sat and sun": every one of them already, with no "on".
      .replace(DAYS, (whole: string, a: string, b: string, at: number, all: string) =>
        /\b(?:every|each)\s+$/iu.test(all.slice(0, at))
          ? `${dayName(a)} and ${dayName(b)}`
          : `on ${dayName(a)}s and ${dayName(b)}s`,
      )
      .replace(COUNT_BEFORE_NOUN, (whole, n: string, unit: string, next: string) =>
        NOT_A_NOUN.has(next) || /ing$/.test(next) || !isNoun(next) ? whole : `${n}-${unit} `,
      )
      .replace(IN_HOUSE, "$1-$2")
      .replace(FREE_OF, (whole: string, what: string, next: string) =>
        /^(?:for|to|of|and|or|from|with|at|in|on|feel|be|is|are|was|were|get|set|break|run|go|the|a|an|my|your|our|their|his|her|its|this|that)$/iu.test(
          what,
        ) || !isNoun(next)
          ? whole
          : `${what}-free`,
      )
      .replace(WRITE_UP, "$1 $2-up")
      .replace(NAMED_NUMBER, (word: string) => word.charAt(0).toUpperCase() + word.slice(1))
      // "RN", "IM": a word typed in capitals is an abbreviation of its own, not shorthand.
      // "early w/c 14th": the week commencing the 14th, not the 14th itself.
      .replace(
        /\b(?:(early|mid|late)\s+)?w\/c\s+(?:the\s+)?(\d{1,2}(?:st|nd|rd|th)?)\b(\s+\p{L}+)?/giu,
        (_, part: string | undefined, day: string, after: string | undefined) =>
          // "w/c 3 Nov": a date with its month is said as typed.
          after && MONTH_ALONE.test(after.trim())
            ? weekOf(part, `${day}${after}`)
            : `${weekOf(part, /\D$/u.test(day) ? day.replace(/\D+$/u, "") : day)}${after ?? ""}`,
      )
      // "last min callouts": at the last minute.
      .replace(/\blast[\s-]min\b(?=\s+\p{Ll})/gu, "last-minute")
      .replace(MINIMUM, "minimum")
      // "a 15-min call": the hyphen already makes the figure and its unit one word before a noun.
      .replace(/(?<=\d-)(?:mins?|hrs?)\b/gu, (unit) => (unit.startsWith("m") ? "minute" : "hour"))
      .replace(WORD, (word: string, _: string, at: number, all: string) =>
        // "MGR" is a name's letters, "Jr" a name's suffix.
        /^\p{Lu}{2,}$/u.test(word) || /^J(?:r|nr)$/u.test(word) || keptAsTyped(word, all, at)
          ? word
          : (WORDS[word.toLowerCase()] ?? word),
      )
      .replace(/\s\+\s/g, " and ")
      // "take home presentation": the task done at home, one describing word.
      .replace(
        /\btake home\s+(?=(?:presentation|task|test|exercise|assignment|project|pay|case study|brief)\b)/giu,
        "take-home ",
      )
      .replace(/\s&\s(?=\p{Ll})/gu, " and ")
      // "the d&d club", "r&d": letters either side of "&" are an abbreviation.
      .replace(/(?<![\p{L}])\p{Ll}&\p{Ll}(?![\p{L}])/gu, (all: string) => all.toUpperCase())
      .replace(/(?<=\p{L})\s\/\s(?=\p{L})/gu, " and ")
      // "a ~40 page guide" is "a roughly 40 page guide"; "~20 min" is "about 20 minutes".
      .replace(
        /\b(a|an)\s+~\s?(?=\d)/gi,
        (_, article: string) => `${article === "A" || article === "An" ? "A" : "a"} roughly `,
      )
      .replace(/~\s?(?=\d)/g, "about ")
      // "18k units a shift": thousands, written out.
      .replace(/(?<![\p{L}\p{N}.])(\d{1,3})k(?=\s+\p{Ll})/gu, "$1,000")
      .replace(CHANGE_ASIDE, " $1")
      .replace(MONTH_RANGE, (_, a: string, b: string) => `${monthName(a)} to ${monthName(b)}`)
      // "RabbitMQ -> Kafka", "55% -> 78%": one change; "A -> B -> C" are steps in turn, and
      // "refused a lift -> told him about…" is what followed, an aside.
      .replace(
        CHANGE,
        (whole, from: string | undefined, a: string, b: string, at: number, all: string) =>
          (all.match(/->|→|=>/g) ?? []).length > 1 || !isChange(all.slice(0, at), a, b)
            ? whole
            : from
              ? `${from}${a} to ${b}`
              : `from ${a} to ${b}`,
      )
      .replace(/^([^>→]*?)\s*(?:->|→|=>)\s*(?!.*(?:->|→|=>))/u, "$1 - ")
      // "TMS workflow -> string freeze -> pseudo-loc": steps in turn.
      .replace(/\s*(?:->|→|=>)\s*/g, ", then ")
      // "second round = practical day at the tower": what it is, as an aside.
      .replace(/(\p{L})\s+=\s+(\p{L}[^,;.]*)/gu, "$1 ($2)")
      // "gr 8-12", "gr 9": school grades.
      .replace(/\bgr\.?\s?(\d{1,2})\s?[-–]\s?(\d{1,2})\b/giu, "grades $1 to $2")
      .replace(/\bgr\.?\s?(\d{1,2})\b/giu, "grade $1")
      // "at current co": the candidate's employer, as a letter names it.
      .replace(
        /\b(?:my\s+)?(current|prev|previous|last|old)\s+co\b\.?/giu,
        (_, which: string) =>
          `my ${/^prev$/i.test(which) ? "previous" : which.toLowerCase()} company`,
      )
      .replace(ORDINAL, (_, n: string) => `${ORDINALS[Number(n) - 1]} `)
      .replace(COUNT, (whole, n: string, next: string, at: number, all: string) =>
        FIGURE_UNITS.test(next.replace(/\.$/, "")) ||
        labelled(all.slice(0, at)) ||
        // "9 to 5pm": a time of day, up to another.
        /^\d\s(?:to|till|until)\s\d{1,2}(?::\d\d)?\s?(?:am|pm)\b/i.test(all.slice(at))
          ? whole
          : `${SMALL[Number(n) - 1]} `,
      )
      // "three years not 5": the other side of a contrast or choice is in words as well.
      .replace(
        /\b(one|two|three|four|five|six|seven|eight|nine)(\s\p{L}+)?\s(not|or|to|and)\s([1-9])(?![\p{N}.,:]?\p{N}|\s?(?:am|pm|%))\b/gu,
        (_, first: string, unit: string | undefined, joint: string, n: string) =>
          `${first}${unit ?? ""} ${joint} ${SMALL[Number(n) - 1]}`,
      )
      // "spent to long on the cast", "talked to much": "too", mistyped before how much.
      .replace(
        /\b(spent|took|talked|was|were|went|ran|way|far|bit|it|is|are)\s+to\s+(long|much|many|slow|fast|quick|quickly|hard|late|early|short|loud|quiet|soft|heavy|thin|thick)\b(?=\s*(?:[,.;:]|$|\s(?:on|in|with|and|but|for|at|so|to|when|before|after|off|out|up|down)\b))/gu,
        "$1 too $2",
      )
      // "grew up in ludhiana": where someone grew up, a place, takes its capital.
      .replace(
        /\b((?:grew up|born|raised|brought up)\s+in\s+)(?!(?:care|town|poverty|foster|rural|hospital|farms?|villages?|cities|country|countryside|suburbs|private|public|houses?|homes?|church|business|hotels|kitchens|restaurants|retail|hospitality|boats?|pubs?|shops?|a|an|the|my|our|two|three)\b)(\p{Ll}+)(?=\s*(?:[,.;]|$|\s(?:and|but|so|until|till|before|then)\b))/gu,
        (_, before: string, place: string) =>
          `${before}${place[0]!.toUpperCase()}${place.slice(1)}`,
      )
      // "BUT to slow getting the dummy down": "too", before what was slow.
      .replace(
        /\b(but|BUT|was|were|bit|way)\s+to\s+(slow|fast|quick|late|early|long|hard|cautious|careful|rushed)\s+(?=\p{Ll}+ing\b)/gu,
        "$1 too $2 ",
      )
      // "pushed the mob to hard on the last face": the same, after what was done.
      .replace(
        /\b(?!(?:moved|switched|changed|turned|swapped|shifted|pushed back|brought)\b)(\p{Ll}+ed|put|got|left|cut|took)\s+((?:(?!to\b)\p{L}+\s+){1,4}?)to\s+(hard|fast|quick|quickly|late|early|soon|much|far|deep|shallow|thin|thick|tight|loose|green|wet|dry|short|long)\b(?=\s*(?:[,.;:+]|$|\s(?:on|in|with|and|but|for|at|so|when|before|after)\b))/gu,
        "$1 $2too $3",
      )
      // "revenue figures shared w/ every head of dept": a note that dropped its "are".
      .replace(
        /^((?:the\s+|all\s+(?:the\s+)?)?(?:(?!(?:I|we|you|they|she|he)\b)\p{L}+\s+){0,3}(?!(?:it|that|what|there|he|she|who|parents|kids|children|customers|clients|patients|students|pupils|staff|members|residents|families|users|managers|workers|drivers|nurses|teachers|guests|visitors|people|tenants|volunteers)\b)\p{Ll}+[^s\s'’]s)\s+(shared|logged|recorded|checked|reviewed|signed off|posted|published|tracked|stored|audited|printed|displayed|emailed|sent|approved|kept|photographed|scanned|double[- ]checked|peer[- ]reviewed)\s+(?=(?:and\s+\p{Ll}+ed\s+)?(?:with|to|by|at|in|on|across|every|each|weekly|monthly|daily|twice|once)\b)/u,
        "$1 are $2 ",
      )
      // "illicit tobacco + vapes biggest growth area": a note that dropped its "are the".
      .replace(
        /^((?:(?!(?:the|a|an|my|your|our|their|its|his|her|is|are|was|were|has|have|had|said|says|mentioned|thinks|think|and|or|of|in|on|at|for|with)\s)\p{L}[\p{L}-]*\s+(?:and\s+)?){1,5}?)(biggest|largest|main|fastest[- ]growing|hardest|busiest|worst|best)\s+(?!(?:under|when|by|in|on|at|with|if|for|after|before|as|from|alone|together|early|late)\b)(?=\p{Ll})/iu,
        (_, subject: string, most: string) =>
          `${subject}${/\band\b|s\s*$/i.test(subject) ? "are" : "is"} the ${most} `,
      )
      // "two weeks work experience" is "two weeks' work experience".
      .replace(/\b(years|months|weeks|days)\s(?=(?:\p{L}+\s)?experience\b)/giu, "$1' ")
  );
}

/** "Band 6", "year 9", "room 3": a number that labels what comes before it stays a figure. */
function labelled(before: string): boolean {
  return /\p{Lu}[\p{L}.]*\s$/u.test(before) || LABELS.test(before);
}

const LABELS =
  /\b(?:year|grades?|level|room|floor|step|phase|stage|ward|bay|gate|band|page|section|chapter|version|tier|key|no|number|unit|platform|line|route|bus|table|week|day|round|part)\s$/i;

/** Words after "id" that make it "I'd" though no tagger reads them as a verb alone. */
const ID_BEFORE = new Set([
  "probably",
  "rather",
  "still",
  "never",
  "always",
  "prob",
  "track",
  "really",
  "definitely",
  "happily",
  "also",
  "just",
  "love",
  "like",
]);

/** What an identity document is called after "id": "id card", "id badge". */
const ID_THINGS = new Set(["card", "badge", "number", "scan", "photo"]);
