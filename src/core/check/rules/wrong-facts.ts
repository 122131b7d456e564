import type { InterviewDetails } from "../../interview.js";
import { analysisOf } from "../analysis.js";
import type { CheckContext } from "../check-context.js";
import type { Span } from "../finding.js";
import type { MessageText } from "../message-text.js";
import {
  companyCore,
  distinctiveCompanyWords,
  findName,
  foldWord,
  nameParts,
  namesPattern,
  overlaps,
  personNamed,
  titleStems,
  topicStems,
  unique,
  wordList,
} from "../names.js";
import { GENERIC_ADDRESSEES } from "../phrases/generic-greetings.js";
import { perContext, perString } from "../memo.js";
import { interviewTerms } from "../vocabulary.js";
import { JOB_WORDS } from "../phrases/name-parts.js";
import { defineRule, type Hit } from "../rule.js";
import { namesMatch } from "../../person-match.js";
import { greetingName } from "../../compose/grammar/person-name.js";

/** A company from another application, named in this note: the classic copy-paste slip. */
export const wrongCompany = defineRule({
  code: "fact.company",
  severity: "error",
  summary: "A company from another of your applications is named in this note.",
  detect(message, context) {
    const interview = context.interview;
    if (!interview) return [];
    const { ownNamed } = analysisOf(message, context);
    const hits: Hit<"fact.company">[] = [];
    for (const { pattern, word, company } of otherCompanyPatterns(context)) {
      for (const match of message.text.matchAll(pattern)) {
        const span = { start: match.index, end: match.index + match[0].length };
        if (ownNamed.some((own) => overlaps(own, span))) continue;
        if (word && endsAnotherName(message.text, span.start, company)) continue;
        hits.push({ ...span, params: { found: match[0], company: interview.company } });
      }
    }
    return firstOfOverlapping(hits);
  },
});

interface CompanyPattern {
  pattern: RegExp;
  /** Matches one distinctive word of the name, not the whole name. */
  word: boolean;
  /** The other company's words, folded. */
  company: ReadonlySet<string>;
}

/**
 * The other applications' companies as patterns: the name as written (any case when it has
 * several words), and its distinctive words ("Brightwater") in their own case.
 */
const otherCompanyPatterns = perContext((context: CheckContext): CompanyPattern[] => {
  const interview = context.interview;
  if (!interview) return [];
  const current = foldWord(companyCore(interview.company));
  const currentWords = new Set(wordList(interview.company).map(foldWord));
  const record = recordText(interview);
  const patterns: CompanyPattern[] = [];
  for (const other of unique(context.elsewhere.companies)) {
    const core = companyCore(other);
    const company = new Set(wordList(core).map(foldWord));
    const folded = foldWord(core);
    if (folded === current || current.includes(folded) || folded.includes(current)) continue;
    // The candidate's own notes on this interview name it: a partner, a client, a competitor.
    if (findName(record, core, { ignoreCase: true }).length > 0) continue;
    patterns.push({
      pattern: namesPattern([core], { ignoreCase: wordList(core).length > 1 }),
      word: false,
      company,
    });
    // "ASAP" alone is more likely a demand than the company ASAP Logistics.
    const words = distinctiveCompanyWords(core).filter(
      (word) => !currentWords.has(foldWord(word)) && !/^\p{Lu}+$/u.test(word),
    );
    if (words.length > 0) patterns.push({ pattern: namesPattern(words), word: true, company });
  }
  return patterns;
});

/** The word just before a position, with what separates it from the word before it. */
const WORD_BEFORE = /(?:^|([^ \t]*)[ \t]+)([\p{L}'’-]+)[ \t]+$/u;

/**
 * Whether the word at `at` ends another name: "Halcyon Freight" is not "Mercia Freight", though
 * both end in "Freight". A capitalised word just before it that is not the first of its sentence
 * and not part of the other company's name says so.
 */
function endsAnotherName(text: string, at: number, company: ReadonlySet<string>): boolean {
  const line = text.slice(text.lastIndexOf("\n", at - 1) + 1, at);
  const before = WORD_BEFORE.exec(line);
  if (!before) return false;
  const [, previous, word] = before;
  const startsSentence = !previous || /[.!?:;]["”’)]*$/u.test(previous);
  return !startsSentence && /^\p{Lu}/u.test(word!) && !company.has(foldWord(word!));
}

/** Someone met for another application, named in this note. */
export const wrongPerson = defineRule({
  code: "fact.person",
  severity: "error",
  summary: "A person you met for another application is named in this note.",
  detect(message, context) {
    const interview = context.interview;
    if (!interview) return [];
    const { ownNamed } = analysisOf(message, context);
    const hits: Hit<"fact.person">[] = [];
    for (const pattern of strangerPatterns(context)) {
      for (const match of message.text.matchAll(pattern)) {
        const span = { start: match.index, end: match.index + match[0].length };
        const length = span.end - span.start;
        if (ownNamed.some((own) => overlaps(own, span) && own.end - own.start >= length)) continue;
        hits.push({ ...span, params: { found: match[0], company: interview.company } });
      }
    }
    return firstOfOverlapping(hits);
  },
});

/** The greeting names someone other than the person the note goes to. */
export const wrongGreeting = defineRule({
  code: "fact.greeting",
  severity: "error",
  summary:
    "The greeting names someone other than the recipient (or, without a recipient, someone met for another application).",
  detect(message, context) {
    const name = message.greeting?.name;
    if (!name) return [];
    const recipient = greetedInstead(context)(name.text);
    return recipient === null ? [] : [{ ...name, params: { found: name.text, recipient } }];
  },
});

/**
 * For a name a greeting holds, who the note should greet instead, or null when it greets the
 * right person (or no one in particular). Worked out once per name and context: the greeting
 * stays the same while the rest of the note is typed.
 */
const greetedInstead = perContext((context: CheckContext) =>
  perString((written: string): string | null => {
    if (isGenericAddressee(written) || /[[\]{}<>]/.test(written)) return null;
    const addressed = addressedNames(written);
    if (addressed.length === 0) return null;
    if (context.recipient) {
      const recipient = nameParts(context.recipient.name);
      if (addressed.some((parts) => namesMatch(parts, recipient))) return null;
      // "Dear Dana," as the greeting would say it, whatever case the record typed it in.
      return greetingName(context.recipient.name);
    }
    const interview = context.interview;
    if (!interview) return null;
    const ownPeople = peopleOf(interview, context);
    if (addressed.some((parts) => isOwnPerson(parts, ownPeople))) return null;
    const strangers = context.elsewhere.people.map(nameParts);
    if (!addressed.some((parts) => strangers.some((other) => namesMatch(parts, other)))) {
      return null;
    }
    return interview.interviewers.map((person) => person.name).join(" or ");
  }),
);

/** A job title that is not the one interviewed for: "the Product Designer role". */
export const wrongPosition = defineRule({
  code: "fact.position",
  severity: "error",
  summary:
    "A job title other than the position you interviewed for (including another application's).",
  detect(message, context) {
    const interview = context.interview;
    if (!interview) return [];
    const position = new Set(titleStems(interview.position));
    const spans: Span[] = [];
    for (const other of unique(context.elsewhere.positions)) {
      if (titleStems(other).every((part) => position.has(part))) continue;
      spans.push(...findName(message.text, other, { ignoreCase: true }));
    }
    for (const match of message.text.matchAll(TITLE_BEFORE_JOB_WORD)) {
      const title = match[1] ?? "";
      const stems = titleStems(title);
      if (stems.length === 0 || stems.every((part) => position.has(part))) continue;
      if (!JOB_NOUN.test(title)) continue;
      const start = match.index + match[0].indexOf(title);
      spans.push({ start, end: start + title.length });
    }
    return firstOfOverlapping(
      spans.map((span) => ({
        ...span,
        params: { found: message.text.slice(span.start, span.end), position: interview.position },
      })),
    );
  },
});

/** A point from another interviewer's conversation, cited in this interviewer's note. */
export const othersPoint = defineRule({
  code: "fact.point",
  severity: "warning",
  summary: "The note cites a point you discussed with another interviewer, not with the recipient.",
  detect(message, context) {
    const interview = context.interview;
    const recipient = context.recipient;
    if (!interview || !recipient) return [];
    const to = personNamed(interview.interviewers, recipient.name);
    if (!to) return [];
    const shared = new Set(
      [...interview.discussed, ...to.discussed].map((point) => point.toLowerCase()),
    );
    const hits: Hit<"fact.point">[] = [];
    for (const person of interview.interviewers) {
      if (person === to) continue;
      for (const point of person.discussed) {
        if (shared.has(point.toLowerCase())) continue;
        const sentence = citingSentence(message, context, point);
        // "the bend test results by Friday": words the recipient's own part of the record holds too
        // (next steps, the candidate's notes) are not a colleague's point.
        if (sentence && !alsoTheirs(message, sentence, point, interview, to))
          hits.push({ ...sentence, params: { point, owner: person.name, recipient: to.name } });
      }
    }
    return firstOfOverlapping(hits);
  },
});

const TITLE_BEFORE_JOB_WORD = new RegExp(
  `(?<![\\p{L}])(?:[Tt]he|[Tt]his|[Yy]our|[Aa]n?)\\s+((?:\\p{Lu}[\\p{L}&/+.-]*\\s+){0,5}\\p{Lu}[\\p{L}+.-]*)\\s+(?:${JOB_WORDS.join("|")})(?![\\p{L}])`,
  "gu",
);
/** A title names a job by a word such as "Engineer"; "the Kafka migration role" does not. */
const JOB_NOUN =
  /(?:engineer|developer|designer|manager|analyst|scientist|architect|administrator|coordinator|specialist|consultant|director|officer|lead|nurse|teacher|accountant|associate|assistant|representative|executive|strategist|writer|editor|technician|advisor|adviser|planner|producer|researcher|intern|recruiter|therapist|pharmacist|physician|counsel|attorney|paralegal|clerk|agent|operator|supervisor|head|partner|owner|programmer|tester|marketer|buyer|chef|instructor|professor|lecturer|librarian|auditor|controller|economist|statistician|officer)s?$/iu;

/**
 * The sentence's words from a colleague's point are as much in what the record shares with the
 * recipient: what was discussed with everyone or with them, next steps, the candidate's notes.
 */
function alsoTheirs(
  message: MessageText,
  sentence: Span,
  point: string,
  interview: InterviewDetails,
  to: { discussed: readonly string[] },
): boolean {
  const theirs = new Set(
    topicStems(
      [
        ...interview.discussed,
        ...to.discussed,
        interview.nextSteps ?? "",
        ...interview.impressed,
        ...interview.fit,
      ].join(" \n "),
    ),
  );
  const said = new Set(topicStems(message.text.slice(sentence.start, sentence.end)));
  const cited = topicStems(point).filter((part) => said.has(part));
  return (
    cited.length > 0 && cited.filter((part) => theirs.has(part)).length * 5 >= cited.length * 4
  );
}

/** Sentence that carries most of a point's topic words, when it carries enough to count as citing it. */
function citingSentence(message: MessageText, context: CheckContext, point: string): Span | null {
  const stems = topicStems(point);
  if (stems.length < 3) return null;
  const analysis = analysisOf(message, context);
  // No sentence can cite the point when the whole message lacks its words: most checks stop here.
  const inMessage = stems.filter((part) => analysis.stems.has(part)).length;
  if (inMessage < 3 || inMessage / stems.length < 0.6) return null;
  const { sentenceStems } = analysis;
  let best: { span: Span; count: number } | null = null;
  for (const [i, sentence] of message.sentences.entries()) {
    const words = sentenceStems[i]!;
    const count = stems.filter((part) => words.has(part)).length;
    if (!best || count > best.count) best = { span: sentence, count };
  }
  return best && best.count >= 3 && best.count / stems.length >= 0.6 ? best.span : null;
}

const recordText = perContext((interview: InterviewDetails): string =>
  interviewTerms(interview).join("\n"),
);

/** One pattern per person from another application: "Rahul Mehta", "Mr. Mehta", "Dr Mehta". */
const strangerPatterns = perContext((context: CheckContext): RegExp[] => {
  const interview = context.interview;
  if (!interview) return [];
  const ownPeople = peopleOf(interview, context);
  const record = recordText(interview);
  return unique(context.elsewhere.people)
    .map(nameParts)
    .filter((parts) => parts.length >= 2 && !isOwnPerson(parts, ownPeople))
    .filter((parts) => findName(record, parts.join(" ")).length === 0)
    .map((parts) => {
      const last = parts[parts.length - 1]!;
      const titled = ["Mr.", "Ms.", "Mrs.", "Dr.", "Mr", "Ms", "Mrs", "Dr"].map(
        (h) => `${h} ${last}`,
      );
      return namesPattern([parts.join(" "), ...titled]);
    });
});

function peopleOf(interview: InterviewDetails, context: CheckContext): string[][] {
  return [
    ...interview.interviewers.map((person) => person.name),
    ...(context.recipient ? [context.recipient.name] : []),
    ...(context.profile ? [context.profile.name] : []),
  ].map(nameParts);
}

function isOwnPerson(parts: string[], people: string[][]): boolean {
  return people.some((person) => namesMatch(parts, person));
}

/** "Dana and Priya" → [["Dana"], ["Priya"]]; honorifics are dropped. */
function addressedNames(text: string): string[][] {
  return text
    .split(/\s*(?:,|&|\band\b|\/)\s*/u)
    .map(nameParts)
    .filter((parts) => parts.length > 0 && parts.every((part) => /^\p{Lu}/u.test(part)));
}

function isGenericAddressee(text: string): boolean {
  const folded = text
    .toLowerCase()
    .replace(/[.,:;!]+$/u, "")
    .trim();
  return GENERIC_ADDRESSEES.some((generic) => folded === generic || folded.endsWith(` ${generic}`));
}

function firstOfOverlapping<T extends Span>(hits: T[]): T[] {
  const sorted = [...hits].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: T[] = [];
  for (const hit of sorted) {
    if (kept.some((other) => overlaps(other, hit))) continue;
    kept.push(hit);
  }
  return kept;
}
