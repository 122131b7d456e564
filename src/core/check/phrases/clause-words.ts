/**
 * Small word classes the sentence-shape rules read a sentence with: enough to tell a noun phrase
 * from a clause after a preposition, and a pronoun that has someone to point at from one that does
 * not. Lower case throughout.
 */

/** Words after which a noun phrase or a gerund follows, never a clause ("about I have" is wrong). */
export const CLAUSE_BLOCKING_PREPOSITIONS = [
  "about",
  "across",
  "against",
  "among",
  "around",
  "at",
  "by",
  "concerning",
  "despite",
  "during",
  "for",
  "from",
  "given",
  "in",
  "including",
  "into",
  "of",
  "on",
  "over",
  "regarding",
  "through",
  "to",
  "toward",
  "towards",
  "with",
  "within",
  "without",
];

/** Pronouns that can only be the subject of a clause. "you" and "it" are objects too, so not here. */
export const SUBJECT_PRONOUNS = ["i", "we", "he", "she", "they"];

/** Words that open a noun phrase. */
export const DETERMINERS = [
  "a",
  "an",
  "the",
  "my",
  "our",
  "your",
  "their",
  "his",
  "her",
  "its",
  "this",
  "that",
  "these",
  "those",
  "each",
  "every",
  "both",
  "all",
  "some",
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
];

/** Words that may follow a verb as its object: proof that the word before them is a verb. */
export const OBJECT_OPENERS = [...DETERMINERS, "it", "them", "him", "me", "us", "you"];

/** Modal verbs: words no noun phrase holds. */
export const MODALS = ["will", "would", "can", "could", "should", "might", "must"];

/**
 * Common verbs of work and interviews, in the base form. With an -s after a singular noun ("the
 * team runs its review") or bare after a plural one ("the engineers share one backlog"), and then
 * an object, they make a clause.
 */
export const COMMON_VERBS = [
  "build",
  "buy",
  "care",
  "check",
  "choose",
  "coach",
  "cook",
  "cover",
  "deliver",
  "design",
  "drive",
  "find",
  "get",
  "give",
  "handle",
  "have",
  "help",
  "hire",
  "hold",
  "keep",
  "know",
  "lead",
  "like",
  "love",
  "make",
  "manage",
  "meet",
  "mentor",
  "need",
  "own",
  "pay",
  "publish",
  "put",
  "read",
  "rotate",
  "run",
  "see",
  "sell",
  "send",
  "serve",
  "share",
  "ship",
  "spend",
  "support",
  "take",
  "teach",
  "train",
  "treat",
  "use",
  "visit",
  "want",
  "write",
];

/**
 * Words that announce a topic before a preposition ("our conversation about", "struck by"): what
 * follows is a noun phrase, so a noun phrase there with its own "are" or "was" is a clause.
 */
export const TOPIC_WORDS = [
  "conversation",
  "conversations",
  "discussion",
  "discussions",
  "talk",
  "chat",
  "question",
  "concern",
  "point",
  "points",
  "thoughts",
  "perspective",
  "insight",
  "insights",
  "hearing",
  "learning",
  "reading",
  "struck",
  "impressed",
];

/** Verbs that take a whole clause as their object ("I think the team is …"): a clause may follow. */
export const COMPLEMENT_VERBS = [
  "believe",
  "believed",
  "felt",
  "feel",
  "found",
  "glad",
  "heard",
  "hope",
  "knew",
  "know",
  "learned",
  "learnt",
  "noticed",
  "realised",
  "realized",
  "said",
  "saw",
  "sure",
  "that",
  "think",
  "thought",
];

/** Plural nouns that usually modify another noun ("the sales team", "the operations review"). */
export const PLURAL_MODIFIERS = [
  "analytics",
  "arts",
  "claims",
  "communications",
  "economics",
  "goods",
  "jobs",
  "logistics",
  "news",
  "operations",
  "payments",
  "records",
  "sales",
  "savings",
  "services",
  "skills",
  "sports",
  "systems",
];

/** Irregular plurals that agree with a bare verb. */
export const IRREGULAR_PLURALS = ["people", "children", "men", "women", "staff", "police"];

/** Third-person pronouns that stand for one person, and what they become said to that person. */
export const PERSONAL_PRONOUNS: Record<string, string> = {
  she: "you",
  he: "you",
  her: "your",
  him: "you",
  his: "your",
  hers: "yours",
  herself: "yourself",
  himself: "yourself",
};

/**
 * Nouns for a person a "she" or "he" could point back to ("my manager … she"): when one comes
 * first, the pronoun is not taken for the reader.
 */
export const PERSON_NOUNS = [
  "aunt",
  "boss",
  "boy",
  "brother",
  "caller",
  "candidate",
  "ceo",
  "chair",
  "chef",
  "child",
  "client",
  "colleague",
  "coworker",
  "customer",
  "cto",
  "daughter",
  "designer",
  "developer",
  "director",
  "doctor",
  "engineer",
  "father",
  "founder",
  "friend",
  "girl",
  "grandfather",
  "grandmother",
  "guest",
  "head",
  "husband",
  "lead",
  "man",
  "manager",
  "member",
  "mentor",
  "mother",
  "nurse",
  "owner",
  "parent",
  "partner",
  "patient",
  "person",
  "predecessor",
  "principal",
  "recruiter",
  "resident",
  "sister",
  "someone",
  "son",
  "student",
  "supervisor",
  "teacher",
  "tenant",
  "uncle",
  "wife",
  "woman",
];

/** Verbs that, after a name, say something about that person ("Dana said", "Dana runs"). */
export const REPORTING_VERBS = [
  "asked",
  "described",
  "explained",
  "has",
  "had",
  "is",
  "leads",
  "manages",
  "mentioned",
  "noted",
  "runs",
  "said",
  "says",
  "shared",
  "showed",
  "suggested",
  "thinks",
  "told",
  "wants",
  "was",
  "will",
];

/**
 * Words that stand on both sides of a preposition in good English ("day to day", "side by side",
 * "the best of the best"): the same word twice there is no slip.
 */
export const DOUBLING_IDIOMS = [
  "back",
  "best",
  "bit",
  "case",
  "day",
  "door",
  "end",
  "face",
  "hand",
  "head",
  "heart",
  "line",
  "little",
  "month",
  "more",
  "one",
  "page",
  "peer",
  "person",
  "point",
  "shoulder",
  "side",
  "step",
  "time",
  "week",
  "word",
  "year",
];

/** Short words a doubled phrase of them alone is no slip ("and more and more"). */
export const FUNCTION_WORDS = [
  ...DETERMINERS,
  ...CLAUSE_BLOCKING_PREPOSITIONS,
  "and",
  "or",
  "but",
  "so",
  "very",
  "more",
  "much",
  "is",
  "was",
  "be",
  "had",
  "has",
  "have",
  "that",
  "it",
  "you",
  "i",
];
