import { GRANTED_OPENING } from "../language/granted.js";
import { DateTime } from "luxon";
import type { Interview, Interviewer } from "../interview.js";
import {
  nounsInARow,
  cvLine,
  dashExplained,
  isTaskSet,
  joinedSplice,
  readPiece,
  readThing,
  lowerOpening,
  typedOut,
  withCapitalI,
  withAuxiliaryRestored,
  withStatesRestored,
  withoutOwnComment,
} from "../language/piece.js";
import {
  credentialSentence,
  spanAsRole,
  spanOfWork,
  spanThenDeed,
  withoutAsides,
} from "../language/experience.js";
import { ACRONYM_SPELLINGS } from "../language/acronyms.js";
import { formOf, isNominal } from "../language/form.js";
import { isHardNews } from "../language/hard-news.js";
import { withNamesCased } from "../language/names-cased.js";
import { motiveOf } from "../language/motive.js";
import {
  lowerCaseWords,
  ownSpellings,
  withOpeningAsTyped,
  withOwnSpellings,
  withPlacesCased,
  withTitleCaseLowered,
} from "../language/own-spellings.js";
import { indirectQuestion } from "../language/indirect-question.js";
import { nextContact } from "../language/next-contact.js";
import { nextStages, type NextStage } from "../language/next-stage.js";
import {
  adviceQuoted,
  adviceTaken,
  faultTaken,
  lessonOf,
  missedStep,
  orderBeside,
  remedyOf,
  taskNamed,
} from "../language/feedback.js";
import { isTermsTalk } from "../language/terms-talk.js";
import { rejectionNews, type RejectionNews } from "../language/rejection-news.js";
import { asGerund, isBareVerb, isPluralPhrase, wordsOf } from "../language/nlp.js";
import { restates, sharedWords } from "../language/relatedness.js";
import {
  quotedFromTheirSide,
  reportedToReader,
  speakTo,
  type ReaderReference,
} from "../language/to-reader.js";
import type { MessageKind } from "../message.js";
import type { Recipient } from "../plan/planned-message.js";
import { signatureOf, type Profile, type Tone } from "../record/profile.js";
import { writtenAlike } from "../written-name.js";
import { answerAsWritten, SLIPS, withoutRoomAside } from "../language/room-notes.js";
import { answersFor, BRIEF_WORDS, type AnswerRef } from "../plan/answer-routing.js";
import { withDeterminer } from "./grammar/determiner.js";
import { withIndefiniteArticle } from "./grammar/indefinite-article.js";
import { joinList } from "./grammar/list-join.js";
import { firstClause, shortenPhrase } from "./grammar/noun-phrase.js";
import { ownSentences } from "./grammar/own-sentence.js";
import {
  addressedInNotes,
  givenName,
  greetingName,
  hasTitle,
  personName,
} from "./grammar/person-name.js";
import { dayOfTheWeek, relativeDay } from "./grammar/relative-day.js";
import { stripTrailingPunctuation, tidySpaces } from "./grammar/punctuation.js";
import { spokenCalendarDate, spokenDay, spokenDayFrom } from "./grammar/spoken-date.js";
import { wordCount } from "./grammar/word-count.js";
import type { Fact } from "./template.js";

export interface AnsweredConcern {
  concern: Fact;
  response: Fact;
  /** This reader raised it: the note may grant them the point ("You're right that…"). */
  raisedHere: boolean;
  /** The first sentence of a long response, for a note that should only touch on it. */
  brief: Fact | null;
}

export interface AnsweredQuestion {
  question: Fact;
  answer: Fact;
  brief: Fact | null;
  /** The notes say the candidate answered it badly in the room ("i froze", "i guessed"). */
  fumbled?: boolean;
}

export interface PromisedItem {
  what: Fact;
  url: Fact | null;
}

/** Everything one message may say, already made to read well, each piece with its record fields. */
export interface NoteFacts {
  /** The reader's place on the panel, or null when they are not one of the interviewers. */
  readerIndex: number | null;
  /** The name a greeting uses; null for a reader known only by an address. */
  greetingName: Fact | null;
  /** The reader's name is written with a title ("Dr. Okafor"): the greeting is formal. */
  titled: boolean;
  tone: Tone;
  /** "this morning", "yesterday", "on Tuesday": when the interview was, from when the note is written. */
  when: Fact | null;
  /** "on Tuesday": when the interview was, for a card, which is read days after it is written. */
  whenPosted: Fact | null;
  /** How many people the candidate met: a note never speaks of "the team" they met after one. */
  panelSize: number;
  company: Fact;
  /** The candidate went to the company: the thanks may say "at" it. */
  visited: boolean;
  position: Fact;
  interviewDay: Fact;
  /** "onsite interview", "phone interview", "interview". */
  interviewKind: Fact;
  /** What this reader discussed: their own points only, never a colleague's. */
  ownPoints: Fact[];
  /** What was discussed with everyone. */
  sharedPoints: Fact[];
  fit: Fact[];
  /** Why the candidate wants the job, as their own clause: "I want concert and workshop work". */
  motive: Fact | null;
  /**
   * "Since the interview I've been doing weekend relief driving…": what the candidate has done
   * since, told in an answer of the record, for a later message to say as their news.
   */
  sinceInterview: Fact | null;
  /**
   * A fault found on the day, as what the candidate does now ("I make sure to bond the rails to
   * earth"), and the task it was found in ("the practical"): news a later message may tell.
   */
  lesson: { task: Fact; now: Fact } | null;
  impressed: Fact[];
  concerns: AnsweredConcern[];
  questions: AnsweredQuestion[];
  promised: PromisedItem[];
  /**
   * The reader's feedback, taken: advice as what the candidate will work on ("wiping plates
   * faster", framed `about`), or a fault as the candidate's clause ("I went to the obs too
   * quickly", framed `that`).
   */
  advice: Fact | null;
  /**
   * Beside a fault, what the candidate typed they should have done, as their sentence ("I should
   * have rested it longer", framed `own`), or what the reader told them to do ("pick a flat
   * spot", framed `about`).
   */
  remedy: Fact | null;
  /** In a reply to a rejection: whom they chose, their kind words, an opening to come. */
  rejection: RejectionNews | null;
  /** What the interviewer said may come before a decision: a trial shift, a further round. */
  nextStages: NextStage[];
  /**
   * The panel members who get no e-mail of their own, by the name a greeting would use, in the
   * note to the first reader who does: "Dr Hutchison", "Paul and Mira".
   */
  othersToThank: Fact | null;
  decisionDate: Fact | null;
  /** The note is written on or before the day the decision was due: the candidate is still in it. */
  stillDeciding: boolean;
  /** What the interviewer said of the next steps, said back to them (frame `that` or `about`). */
  nextSteps: Fact | null;
  /** When they said the candidate would hear ("on Monday"), and whether by a call. */
  nextContact: { when: Fact; call: boolean } | null;
  candidate: Fact;
  candidateFirstName: Fact;
  /** The sign-off block's name and contact lines (e-mail only). */
  signature: Fact;
  reason: Fact | null;
}

export interface FactOptions {
  /** Cut long phrases from the record to their first clause ("X, including Y" to "X"). */
  clauses: boolean;
  /** Longest a phrase from the record may be; longer ones are cut at a word boundary. */
  phraseLimit: number;
  /** Longest the candidate's own sentences may run; longer ones keep their first sentence, then are cut. */
  sentenceLimit: number;
  /** Leave out web addresses (a handwritten card). */
  noLinks: boolean;
}

/** What the message is and when it is written, which decides what it may say. */
export interface NoteContext {
  kind: MessageKind;
  tone: Tone;
  writtenAt: string | null;
  /** The places on the panel whose thank-you has gone. */
  thanked: readonly number[];
  /** Words of the record no dictionary knows, in lower case. */
  unknownWords: ReadonlySet<string>;
}

/**
 * Which interviewer a recipient is: the one with the same name and address, else the same
 * address, else the same name; null for someone who is not on the panel.
 */
export function readerIndexOf(interview: Interview, recipient: Recipient): number | null {
  const email = recipient.email?.trim().toLowerCase() || null;
  const name = foldName(recipient.name);
  const people = interview.interviewers;
  const sameEmail = (p: Interviewer) => (p.email?.toLowerCase() ?? null) === email;
  // The name as written first: "Zoë" and "Zoe" fold alike, and a panel may have both.
  const asWritten = (p: Interviewer) => writtenAlike(p.name, recipient.name);
  const tests = [
    (p: Interviewer) => asWritten(p) && sameEmail(p),
    (p: Interviewer) => foldName(p.name) === name && sameEmail(p),
    (p: Interviewer) => email !== null && sameEmail(p),
    asWritten,
    (p: Interviewer) => foldName(p.name) === name,
  ];
  for (const test of tests) {
    const index = people.findIndex(test);
    if (index >= 0) return index;
  }
  return null;
}

export function foldName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

export function noteFacts(
  interview: Interview,
  profile: Profile,
  recipient: Recipient,
  readerIndex: number | null,
  reason: string | null,
  options: FactOptions,
  context: NoteContext,
): NoteFacts {
  const reader: Interviewer | null =
    readerIndex === null ? null : (interview.interviewers[readerIndex] ?? null);
  const rotation = readerIndex ?? interview.interviewers.length;
  const refs = readerReferences(interview, readerIndex);
  // Names as the record writes them, wherever the notes typed them in lower case.
  // "colleen hynes" typed as the name is still a name.
  const people = [...interview.interviewers.map((person) => person.name), recipient.name].map(
    personName,
  );
  const texts = textsIn(interview);
  // The record's own spelling of an acronym wins over the usual one.
  const spellings = [
    ...ACRONYM_SPELLINGS,
    ...ownSpellings(textsIn({ ...interview, position: null }), [interview.position]),
  ];
  const lowerWords = lowerCaseWords(texts);
  const clean = (raw: string) =>
    withOwnSpellings(
      withNamesCased(
        withPlacesCased(
          withOpeningAsTyped(
            withTitleCaseLowered(options.noLinks ? withoutLinks(raw) : raw),
            lowerWords,
          ),
          context.unknownWords,
        ),
        people,
      ),
      spellings,
    );
  const piece = (note: string, source: string, ref: ReaderReference | null): Fact | null => {
    const fit = source.startsWith("fit");
    // "helped my uncle (sparky) on 2 rewires": in experience, what is in brackets is a note to
    // self.
    // "you fund post qual courses + i want to do the sedation cert": what impressed the candidate,
    // without what they add of themselves.
    const raw = fit
      ? note.replace(/\s*\([^()]*\)/gu, "")
      : source.startsWith("impressed")
        ? note.replace(/(?:,|\s+[+&]|,?\s+(?:and|but|so))\s+(?:i|I)(?:\s|['’]).*$/u, "")
        : note;
    // "since i was 8": the hurried "i" is "I" in experience as anywhere.
    const typed = fit ? withCapitalI(clean(raw)) : "";
    const cv = fit ? (cvLine(typed) ?? spanThenDeed(typed) ?? credentialSentence(typed)) : null;
    const read = cv
      ? { text: cv, frame: "own" as const, form: "verb-phrase" as const }
      : readPiece(dashExplained(fit ? spanOfWork(clean(raw)) : clean(raw)), ref, {
          gerund: source.includes("discussed"),
          onTheDay: source.includes("discussed"),
        });
    if (read.frame === "that") read.text = reportedToReader(withStatesRestored(read.text));
    // "spent grain to a farm in east lothian", in what impressed the candidate: what they saw is
    // never their own deed, however the tagger read the first word.
    if (source.startsWith("impressed") && read.frame === "own" && /^I\b/u.test(read.text)) {
      return null;
    }
    // "Brigade of seven and nobody shouted all night": words no frame can hold, and which read as
    // a fragment on their own, are left out rather than risked.
    if (read.form === "sentence" && !/^(?:I|We|My|Our|They|She|He|You)\b/.test(read.text)) {
      return null;
    }
    const namesNothingHere = () =>
      !fit && read.frame === "about" && read.form === "noun-phrase" && namesNothing(read.text);
    if (namesNothingHere()) return null;
    // "two years at a firm, clean licence": the phrase without the asides typed after it.
    if (read.frame === "about" && (isNominal(read.form) || read.form === "imperative")) {
      // "client base mostly SMEs": how it is made up is an aside, as after a comma; "Saturday
      // mornings 1 in 3", how often, likewise.
      const phrase = read.text
        .replace(/(?<=\p{Ll})\s+(?=(?:mostly|mainly|largely|primarily)\s)/u, ", ")
        .replace(/(?<=\p{Ll}),?\s+(?:\d+\s+in\s+\d+|\d+:\d+)$/u, "")
        // "backlog -> ~300 live apps": the figures after a dash are the note's own.
        .replace(/(?<=\p{L})\s[-–—]\s+(?:about\s+|around\s+)?\d.*$/u, "")
        // "swim test 400m under eight minutes": the test; its measure is the note's own.
        .replace(
          /(?<=^\S+\s+\p{L}+)\s+\d[\d.,]*\s*(?:m|km|kg|g|mm|cm|ft|lbs?|mins?|minutes|hrs?|hours|secs?|seconds|laps)\b(?=\s+(?:under|over|in|within|per|each|every|a|an)\b|,|$).*$/u,
          "",
        );
      read.text = fit ? spanAsRole(withoutAsides(phrase)) : withoutAsides(phrase);
    }
    // "french speaker", "first aider": what the candidate is, in their own sentence.
    if (fit && read.frame === "about" && read.form === "noun-phrase" && AGENT.test(read.text)) {
      return {
        text: ownSentences(
          `I'm ${withIndefiniteArticle(read.text.replace(/^(?:a|an|my|the)\s+/i, ""))}`,
        ),
        sources: [source],
        frame: "own",
        typed: raw,
      };
    }
    // A skill typed as an activity ("running usability tests") is the candidate's experience.
    if (fit && read.form === "gerund") read.text = `my experience ${read.text}`;
    // "really friendly panel" is "the really friendly panel"; "MA dissertation" is "my MA dissertation".
    // "recruiting volunteer tutors" is an activity, whatever the tagger made of it.
    if (
      (read.form === "noun-phrase" || (read.form === "gerund" && ING_COMPOUND.test(read.text))) &&
      read.frame === "about" &&
      (!/^\p{Ll}+ing\b/u.test(read.text) || ING_COMPOUND.test(read.text))
    ) {
      // "mostly strata and real estate maintenance": the work itself, without how much of it.
      read.text = withDeterminer(
        read.text
          .replace(/^(?:mostly|mainly|largely|primarily|generally|usually)\s+/i, "")
          // "lots of pediatric draws on Saturdays": the draws themselves, not how many.
          .replace(/^(?:lots|loads|plenty|tons|heaps|a lot|a bunch)\s+of\s+/i, "")
          // "NDIS about 60% of caseload": a share of something else, said apart.
          .replace(
            /(?<=\p{L})\s+(about|around|roughly|approx\.?)\s+(?=\d[\d.,]*\s*%\s+of\b)/u,
            ", $1 ",
          )
          // "the maintenance backlog about £6.5m": the backlog of about £6.5m.
          .replace(
            /(?<![\p{L}])(?!(?:of|for|to|at|in|on|from|with|by|over|under|does|do|did|has|have|had|is|are|was|were|gets|get|runs|makes|sees|sells|serves|handles|ships|takes|books|hires|trains|employs|covers|needs|cuts|bakes|treats|tests|processes|screens|checks|receives|analy[sz]es|supplies|grades|stores|moves|loads|packs|picks|prints|repairs|services|inspects|audits|pays|produces|builds|delivers|exports|imports|breeds|grows|harvests|mills|shears|roasts|brews|bottles|sees|visits|admits|scores|reads|sits|sat|stands|hovers|averages|averaged|peaks|peaked|down|up|dropped|fell|rose|grew|went|climbed)\s)(\p{L}+)\s+(about|around|roughly|approx\.?)\s+(?=[£$€]?\d)/u,
            "$1 of $2 ",
          )
          // "the crash free rate 99.6%", "OTA share 58% across the hotels": the rate of 99.6%.
          .replace(/(\p{Ll})\s+(\d[\d.,]*\s*%)$/u, "$1 of $2")
          .replace(
            /\b(rate|share|ratio|margin|occupancy|retention|conversion|uptake|turnover|attrition|accuracy|utili[sz]ation)\s+(\d[\d.,]*\s*%)(?=\s)/u,
            "$1 of $2",
          )
          // "commercial fit-outs plus some domestic rewires"; "cost plus and T&M" names a kind
          // of contract, with its "and" after it.
          .replace(/\s+plus\s+(?=\p{Ll})(?!and\b)/u, " and "),
        fit ? "my" : "the",
      );
      // "Cert III Arboriculture", "BSc Diagnostic Radiography": the candidate's own qualification.
      if (fit && CREDENTIAL.test(read.text)) read.text = `my ${read.text}`;
      // "22 townhouses", "24/7 SOC", talked about, are "the 22 townhouses", "the 24/7 SOC".
      if (
        !fit &&
        /^(?:\p{N}[\p{N},/]*|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+\p{L}/iu.test(
          read.text,
        )
      ) {
        read.text = `the ${read.text}`;
      }
    }
    // Without its asides, "96 rooms, 14 attendants…" is a count alone.
    if (namesNothingHere()) return null;
    if (read.form === "clause" && read.frame === "that") {
      // "you post it monthly, you said I'd get my own numbers": the afterthought is a splice.
      read.text = subjectDetermined(
        joinedSplice(
          withAuxiliaryRestored(read.text).replace(
            /,\s+(?:you|she|he|they|we)\s+(?:said|mentioned|told me|reckon(?:ed)?|think|thought)\b.*$/i,
            "",
          ),
        ),
        fit ? "my" : "the",
      );
    }
    const text =
      read.frame === "own" || read.frame === "quote"
        ? limitSentences(read.text, options.sentenceLimit)
        : shortened(read.text, options);
    if (text === "") return null;
    const own = read.ownText && limitSentences(read.ownText, options.sentenceLimit);
    return {
      text,
      sources: [source],
      frame: read.frame,
      typed: raw,
      ...(own ? { ownText: own } : {}),
    };
  };
  const pieces = (
    list: string[],
    field: string,
    ref: ReaderReference | null,
    skip: (i: number) => boolean = () => false,
  ) =>
    distinct(
      list.flatMap((raw, i) =>
        skip(i)
          ? []
          : partsOf(raw, field).flatMap((part) => piece(part, `${field}[${i}]`, ref) ?? []),
      ),
      (fact) => fact.text,
    );
  const answers = answersFor(interview, readerIndex, context.kind, context.thanked);
  const chosen = (field: AnswerRef["field"]) =>
    new Set(answers.filter((a) => a.field === field).map((a) => a.index));
  const concernsChosen = chosen("concerns");
  const questionsChosen = chosen("unanswered");
  const promisedChosen = chosen("promised");
  const raisedHere = (raisedBy: string | null | undefined) =>
    reader !== null && Boolean(raisedBy) && writtenAlike(reader.name, raisedBy!);
  const aboutCandidate = (raisedBy: string | null | undefined): ReaderReference | null =>
    refs && { ...refs.names, singular: raisedHere(raisedBy) || refs.shared.singular, plural: true };
  // "I have not led a team before" reads best as "the point that I have not led a team before".
  // "How would I adapt the lesson?" is "your question about how I would adapt the lesson".
  const raised = (raw: string, source: string, raisedBy: string | null | undefined) => {
    // "no ultra long haul exp": a concern the candidate owns, said as theirs.
    // "only certified on sit-down": "I am only certified on sit-down".
    // "warren said no SAP Ariba experience": what was said is the concern, not who said it.
    // "what the swiss cheese model is, i only half knew": the candidate's aside goes.
    const owned = concernHead(
      gapFirst(
        withoutSayer(
          withoutOwnComment(
            withoutAsker(askedOfMe(withoutRoomAside(raw.trim().replace(/\s*\([^()]*\)/g, "")))),
          ),
        ),
      ),
    )
      // "worried i havent done enough b2b work": the worry is that the candidate has not.
      .replace(
        /^(?:(?:she|he|they)\s+(?:was|were|is|are|seemed)\s+)?(?:worried|concerned)\s+(?:that\s+)?(?=i\b)/iu,
        "",
      )
      .replace(/^no\s+(?=\p{L})/iu, "I have no ")
      // "only about 5 frozens a week now": how much the candidate has done, typed without "I".
      .replace(
        /^only\s+(?=(?:about|around|roughly|\d|one|two|three|four|five|six|seven|eight|nine|ten|a few|a couple)\b)/iu,
        "I have only done ",
      )
      // "only 4 months msk outpatients": the time, then what it was spent on.
      .replace(
        /^(I have only done (?:about |around )?\S+\s+(?:months?|mos?|years?|yrs?|weeks?|wks?))\s+(?!(?:of|in|on|at|as|with|for|since|ago)\b)(?=\p{L})/iu,
        "$1 of ",
      )
      // "only have P2 licence": what the candidate has, typed without "I".
      .replace(/^only\s+(?=(?:have|hold|got)\s)/iu, "I only ")
      // "more IMS than DB2": where the candidate's experience lies, typed as a comparison.
      .replace(/^(?:more|mostly)\s+(?=\S+(?:\s+\S+){0,3}\s+than\s+\S)/iu, "my experience is more ")
      // "not yet NEMA registered": the candidate is not yet.
      .replace(/^not\s+yet\s+(?=\p{L})/iu, "I am not yet ")
      // "not ordained, some families…", "not chartered yet": the candidate is not.
      .replace(
        /^not\s+(?!(?:needed|required|wanted|allowed|used|interested)\b)(\p{Ll}+ed)(\s+yet)?(?=$|,|\s+(?:yet|as|in|for|by)\b)/u,
        (_, state: string, yet = "") => `I am not${yet ? " yet" : ""} ${state}`,
      )
      // "mostly been on price work": the candidate's, typed without "I have".
      .replace(
        /^((?:mostly|mainly|only|always|largely)\s+)?been\s+(?=\p{Ll})/iu,
        (_, how = "") => `I have ${how}been `,
      )
      // "gasfitting licence not finished": the candidate's, not yet done.
      .replace(
        /^(?:my\s+)?(\p{Ll}[\p{Ll}\s-]*?)\s+(?:is\s+|are\s+)?not\s+(?:yet\s+)?(finished|done|complete|completed|current|renewed|through|signed off)(?:\s+yet)?$/u,
        (_, thing: string, state: string) =>
          `my ${thing} ${/[^s]s$/u.test(thing) ? "are" : "is"} not ${state} yet`,
      )
      // "book not full enough to start": the candidate's, not yet enough.
      .replace(
        /^(?:my\s+)?(\p{Ll}[\p{Ll}\s-]*?)\s+(?:is\s+|are\s+)?not\s+(\p{Ll}+\s+enough\b.*)$/u,
        (_, thing: string, short: string) =>
          `my ${thing} ${/[^s]s$/u.test(thing) ? "are" : "is"} not ${short}`,
      )
      // "not much resi new build experience mostly commercial": what it was instead, an aside.
      .replace(/(?<=\p{Ll})\s+(?=(?:mostly|mainly|largely|primarily)\s+\p{Ll}+$)/u, ", ")
      // "budget split too heavy on meta": the candidate's work, found too much of something.
      .replace(
        /^(?:the\s+|my\s+)?(\p{Ll}+(?:\s+\p{Ll}+){0,2}?)\s+(?:(?:was|were)\s+)?((?:a\s+bit\s+|far\s+|way\s+)?too\s+\p{Ll}+)/u,
        (whole, work: string, much: string) =>
          /^(?:I|i|we|you|they|she|he|it|not|never|no)\b/u.test(work)
            ? whole
            : `my ${work} ${/s$/u.test(work) ? "were" : "was"} ${much}`,
      )
      // "GD&T is weak", "excel a bit rusty": the candidate's skill, found wanting.
      .replace(
        /^(\S+(?:\s+(?!(?:is|are|was|were)\b)\S+)?)\s+(?:(is|are|was|were)\s+)?((?:a\s+bit\s+|quite\s+|pretty\s+|still\s+)?(?:weak|poor|rusty|limited|thin|patchy|basic|shaky|lacking))$/iu,
        (whole, skill: string, verb: string | undefined, how: string) =>
          /^(?:I|i|we|you|they|she|he|it|my|our|the|a|an|this|that|not|no)\b/u.test(skill)
            ? whole
            : `my ${skill} ${verb ?? (/s$/u.test(skill) ? "are" : "is")} ${how}`,
      )
      // "mostly worked w/ personal papers": "I have mostly worked with personal papers".
      .replace(
        /^(mostly|mainly|largely|only|always)\s+(\p{Ll}+ed)\b/u,
        (_, how: string, done: string) => `I have ${how} ${done}`,
      )
      // "left articles before finishing": the candidate's deed, said as theirs.
      .replace(/^(\p{Ll}+)(?=\s)/u, (verb: string) =>
        /^(?:left|quit|dropped|failed|missed|changed|moved|switched|took|went|stopped|lost|forgot|skipped|rushed)$/u.test(
          verb,
        )
          ? `I ${verb}`
          : verb,
      )
      // "never driven a haul truck", "never worked on a fish farm": "I have never driven…".
      // "never KQL in prod": a thing never worked with, its verb left out.
      .replace(/^never\s+(\p{L}+)/iu, (_, done: string) =>
        isDeedWord(done) ? `I have never ${participle(done)}` : `I have never worked with ${done}`,
      )
      .replace(
        /^((?:only|not)\s+(?:certified|qualified|trained|licensed|registered)\b)/iu,
        "I am $1",
      )
      // "only 6 mo out of residency": "I am only six months out of residency".
      .replace(
        /^(only\s+(?:\d+|a\s+few|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:mo|mos|months?|yrs?|years?|wks?|weeks?)\s+(?:out\s+of|into|since|in|at)\b)/iu,
        "I am $1",
      );
    const fact = piece(owned, source, aboutCandidate(raisedBy));
    // "name the 6 vultures in the mara": a task they set, asked about as the doing of it.
    if (
      fact &&
      source.startsWith("unanswered") &&
      formOf(fact.text) === "imperative" &&
      !nounsInARow(fact.text)
    ) {
      return { ...fact, text: asGerund(fact.text), frame: "asked" as const };
    }
    // "gold tooling speed", "speed on doodles": a concern about the candidate's own skill.
    if (
      fact?.frame === "about" &&
      source.startsWith("concerns") &&
      OWN_SKILL.test(fact.text) &&
      !/^(?:my|your|our|their|his|her|a|an)\b/iu.test(fact.text)
    ) {
      return { ...fact, text: `my ${fact.text.replace(/^the\s+/iu, "")}` };
    }
    if (fact?.frame === "own" && /^I\b/.test(fact.text)) {
      return { ...fact, text: fact.text.replace(/[.!]+$/, ""), frame: "that" as const };
    }
    const reported = fact?.frame === "quote" ? indirectQuestion(fact.text) : null;
    return reported ? { ...fact!, text: reported, frame: "asked" as const } : fact;
  };

  // "she said my temps were good but I need to wipe plates faster" is advice taken, not a topic;
  // "said I went to the obs too quickly" is a fault the candidate owns.
  const advice = reader ? reader.discussed.map((raw) => feedbackTaken(clean(raw))) : [];
  // "mrs otieno said…": the notes call the reader by title, and so does the greeting.
  const addressed = reader ? addressedInNotes(reader.name, texts) : null;
  const adviceAt = advice.findIndex(Boolean);
  const candidateName = personName(profile.name);
  return askedOnce(
    answerAsRemedy(
      feedbackOnce({
        readerIndex,
        greetingName: reader
          ? {
              text: addressed ?? formalName(reader.name, context.tone),
              sources: [`interviewers[${readerIndex}].name`],
            }
          : outsiderGreeting(recipient.name, interview.company),
        titled: addressed !== null || hasTitle(reader?.name ?? recipient.name),
        tone: context.tone,
        when: whenFact(interview, context.writtenAt),
        whenPosted: postedFact(interview, context.writtenAt),
        panelSize: interview.interviewers.length,
        company: { text: companyName(interview.company), sources: ["company"] },
        visited:
          interview.format === "onsite" ||
          (interview.format === null && interview.stage === "onsite"),
        position: { text: positionName(interview.position), sources: ["position"] },
        interviewDay: dayFact(interview, context.writtenAt),
        interviewKind: interviewKindOf(interview),
        ownPoints: reader
          ? pieces(
              // "reach truck test in aisle 9, he said good but slow…": beside the feedback taken, the
              // task it was on is still thanked for.
              reader.discussed.map((raw, i) => (advice[i] ? (taskBefore(raw) ?? raw) : raw)),
              `interviewers[${readerIndex}].discussed`,
              refs?.own ?? null,
              (i) =>
                (advice[i] !== null && !taskBefore(reader.discussed[i]!)) ||
                isTermsTalk(reader.discussed[i]!) ||
                praisesMe(reader.discussed[i]!),
            )
              .map(askedAboutMine)
              .filter(citable)
          : [],
        advice:
          adviceAt >= 0
            ? {
                ...advice[adviceAt]!,
                sources: [`interviewers[${readerIndex}].discussed[${adviceAt}]`],
                typed: reader!.discussed[adviceAt]!,
                literal: true,
              }
            : null,
        remedy: remedyFact(reader, adviceAt, advice[adviceAt] ?? null, clean, readerIndex),
        // "a second conversation w ruth", to Ruth: "a second conversation with you".
        nextStages: interview.nextSteps
          ? nextStages(clean(interview.nextSteps)).map((stage) =>
              stage.kind === "references" || !refs
                ? stage
                : { ...stage, what: speakTo(stage.what, refs.names) },
            )
          : [],
        rejection:
          context.kind === "rejection-reply" && interview.nextSteps
            ? newsSaidTo(rejectionNews(clean(interview.nextSteps)), refs?.said ?? null)
            : null,
        othersToThank: othersToThank(interview, readerIndex),
        sharedPoints: rotate(
          pieces(interview.discussed, "discussed", refs?.shared ?? null, (i) =>
            isTermsTalk(interview.discussed[i]!),
          ).filter(citable),
          rotation,
        ),
        fit: rotate(
          pieces(interview.fit, "fit", refs?.shared.singular ? refs.shared : null, (i) =>
            Boolean(motiveOf(interview.fit[i]!)),
          ),
          rotation,
        )
          // "SEP and first aid recurrent passed Sept 2026": a report with no one in it is a fragment
          // in a letter; the candidate's own clause ("my team won…") is theirs.
          .filter((f) => f.frame !== "quote" && !(f.frame === "that" && !FIRST_PERSON.test(f.text)))
          // "I've fitted shopfronts for most of that time": a line leaning on the one before it.
          .filter((f) => !leansBack(f.text))
          .map(asExperience),
        motive: motiveFact(interview.fit.map(clean), refs?.shared ?? null),
        sinceInterview: sinceInterview(
          interview,
          // What this reader was already told, in their thank-you or the answers after it, is no
          // news to them later.
          [
            ...answersFor(interview, readerIndex, "thank-you", context.thanked),
            ...answersFor(interview, readerIndex, "additional-info", context.thanked),
          ],
          (text) => (refs ? speakTo(clean(text), refs.names) : clean(text)),
        ),
        lesson: lessonFact(interview, readerIndex, clean),
        impressed: rotate(
          // "Dev said every new conductor gets a mentor": what was said is what impressed.
          pieces(
            interview.impressed.flatMap((raw) => saidImpression(clean(raw), refs) ?? []),
            "impressed",
            refs?.shared ?? null,
          )
            // "walked me round the site himself" is a thanks, which no sentence of interest can hold;
            // "they lost two installers to heat stress…" is hard news, which no one is impressed by.
            // "the training is paid": a perk, praised, reads as the reason to join.
            .filter(
              (f) =>
                f.frame !== "quote" &&
                f.frame !== "thanks" &&
                !isHardNews(f.typed ?? f.text) &&
                !isTermsTalk(f.typed ?? f.text),
            )
            .map(asImpression),
          rotation,
        ),
        concerns: distinctEntries(interview.concerns).flatMap(([item, i]) => {
          if (!item.response || !concernsChosen.has(i)) return [];
          const concern = raised(item.concern, `concerns[${i}].concern`, item.raisedBy);
          if (!concern) return [];
          // "She was right.", of the reader who raised it: "You were right."
          const toWhoRaisedIt = refs && {
            ...refs.names,
            singular: raisedHere(item.raisedBy) || refs.shared.singular,
          };
          const { answer, brief } = answerFacts(
            toWhoRaisedIt ? speakTo(clean(item.response), toWhoRaisedIt) : clean(item.response),
            `concerns[${i}].response`,
            options,
          );
          return [{ concern, response: answer, brief, raisedHere: raisedHere(item.raisedBy) }];
        }),
        questions: distinctEntries(interview.unanswered).flatMap(([item, i]) => {
          if (!item.answer || !questionsChosen.has(i)) return [];
          const question = raised(
            markedAsQuestion(item.question),
            `unanswered[${i}].question`,
            item.raisedBy,
          );
          if (!question) return [];
          const answer = refs ? speakTo(clean(item.answer), refs.names) : clean(item.answer);
          const fumbled = fumbledInRoom(item.question, reader?.discussed ?? []);
          return [
            {
              question,
              ...answerFacts(answer, `unanswered[${i}].answer`, options),
              ...(fumbled ? { fumbled } : {}),
            },
          ];
        }),
        promised: distinctEntries(interview.promised).flatMap(([item, i]) =>
          promisedChosen.has(i)
            ? [
                {
                  what: determined(thingFact(item.what, `promised[${i}].what`, options)),
                  url:
                    item.url && !options.noLinks
                      ? { text: item.url, sources: [`promised[${i}].url`] }
                      : null,
                },
              ]
            : [],
        ),
        decisionDate: interview.decisionBy
          ? {
              text: spokenCalendarDate(interview.decisionBy, interview.timeZone),
              sources: ["decisionBy"],
            }
          : null,
        stillDeciding: stillDeciding(interview, context.writtenAt),
        nextSteps: interview.nextSteps
          ? saidBack(withoutRoleSaying(clean(interview.nextSteps)), refs?.said ?? null)
          : null,
        nextContact: contactFact(
          interview.nextSteps && clean(interview.nextSteps),
          namesColleague(interview, readerIndex),
        ),
        candidate: { text: candidateName, sources: ["profile.name"], nameKind: "person" },
        candidateFirstName: { text: givenName(candidateName), sources: ["profile.name"] },
        signature: signatureFact(profile, candidateName),
        reason: reason?.trim()
          ? reasonFact(asMe(clean(reason), candidateName), refs?.names ?? null, options)
          : null,
      }),
    ),
  );
}

/**
 * A point a sentence can cite as the topic of the conversation. Not the candidate's own clause
 * ("I would need to drive the bakkie"), which is no news of theirs; not a figure alone ("1 450
 * employees on three payrolls"), which says nothing as a topic; and not a note so long that no
 * sentence carries it. A note with fewer points says less, and says it well.
 */
function citable(point: Fact): boolean {
  const words = point.text.split(/\s+/).length;
  if (point.frame === "that" && /^I\b/u.test(point.text)) return false;
  if (point.frame === "about" && /^\d/u.test(point.text)) return false;
  return !(point.frame === "about" || point.frame === "that") || words <= CITABLE_WORDS;
}

/** The longest point a sentence cites as a topic. */
const CITABLE_WORDS = 16;

/**
 * "plating too busy" raised as a concern, and "my plating was too busy" taken from the test:
 * one point, said once, where the candidate answers it. The fault found is the better wording
 * of the concern.
 */
/**
 * "she asked me the stemi bypass criteria, i only got half" beside the question answered: the
 * question is thanked for once, where it is answered.
 */
function askedOnce(facts: NoteFacts): NoteFacts {
  if (facts.questions.length === 0 && facts.concerns.length === 0) return facts;
  const answered = (point: Fact) =>
    (point.frame === "asked" || /^asking\b/u.test(point.text)) &&
    facts.questions.some(
      ({ question }) =>
        restates(question.typed ?? question.text, point.text) ||
        sharedWords(question.typed ?? question.text, point.typed ?? point.text) >= 2,
    );
  // "spraying" talked about, beside the concern "not much spraying experience" answered: the
  // topic is the answer's, said there once.
  const topics = [
    ...facts.concerns.map(({ concern }) => concern.typed ?? concern.text),
    ...facts.questions.map(({ question }) => question.typed ?? question.text),
  ];
  const told = (point: Fact) => {
    const own = sharedWords(point.text, point.text);
    return own > 0 && topics.some((topic) => sharedWords(point.text, topic) === own);
  };
  return {
    ...facts,
    ownPoints: facts.ownPoints.filter((point) => !answered(point) && !told(point)),
  };
}

/**
 * "she said I went straight to nitro and never asked about ED meds" beside the question "what I
 * check before giving nitro" answered: the answer is what the candidate should have done, said
 * once, after the fault is granted, never the fault owned and then the same ground again.
 */
function answerAsRemedy(facts: NoteFacts): NoteFacts {
  const advice = facts.advice;
  if (!advice || facts.remedy) return facts;
  // "That the cycle printout shows…": a phrase of an answer needs the question before it.
  const sayable = (answer: Fact) =>
    /^(?:I|We|My|Our)\b/u.test(answer.text) ||
    ["first-person", "sentence", "imperative", "clause"].includes(formOf(answer.text));
  // "asked the min pitch for interlocking tiles, i said 35… he laughed and said 'look it up'":
  // advice about a question the note answers is taken by answering it.
  if (advice.frame !== "that") {
    const point = advice.typed ?? "";
    const answered = facts.questions.some(
      ({ question }) => sharedWords(question.typed ?? question.text, point) >= 2,
    );
    return answered ? { ...facts, advice: null } : facts;
  }
  // The fault itself, not the whole point it was typed in ("mock training session, …").
  const fault = advice.text;
  // Or the question names what the point the fault was typed in was about ("scenario, …
  // gas storage hws, pilot wont stay lit. i said replace the thermocouple…").
  const point = advice.typed ?? "";
  const at = facts.questions.findIndex(
    ({ question, answer }) =>
      !answer.text.includes("?") &&
      (sayable(answer) || statedAnswer({ question, answer }) !== answer.text) &&
      (sharedWords(question.typed ?? question.text, fault) + sharedWords(answer.text, fault) >= 2 ||
        sharedWords(question.typed ?? question.text, point) >= 3),
  );
  if (at < 0) return facts;
  const { answer } = facts.questions[at]!;
  return {
    ...facts,
    remedy: { ...answer, text: statedAnswer(facts.questions[at]!), frame: "own" },
    questions: facts.questions.filter((_, i) => i !== at),
  };
}

/**
 * An answer as a sentence of its own: a phrase answering a thing named ("the correct order of
 * draw": "Blood cultures first, then…") says what the thing is ("The correct order of draw is
 * blood cultures first, then…"); any other answer stands as it is.
 */
function statedAnswer({ question, answer }: { question: Fact; answer: Fact }): string {
  const thing = question.text;
  // "why you photograph a print in situ first": "So there's a record…" gives only the reason,
  // which needs the deed before it: "You photograph a print in situ first so there's a record…".
  const why = WHY_DONE.exec(thing);
  if (why && REASON_ONLY.test(answer.text)) {
    return `${why[1]!.charAt(0).toUpperCase()}${why[1]!.slice(1)} ${lowerOpening(answer.text)}`;
  }
  if (!/^the\s/iu.test(thing) || formOf(thing) !== "noun-phrase") return answer.text;
  if (formOf(answer.text) !== "noun-phrase") return answer.text;
  // "For light hazard it's 15 feet…": an answer with its own verb says what the thing is already.
  if (/\b(?:it['’]s|is|are|was|were|it\s+is)\b/iu.test(answer.text)) return answer.text;
  // "with the overdraft in, the current ratio drops…": an answer that names the thing again
  // says what it is in a sentence of its own.
  if (sharedWords(thing, answer.text) >= 2) return answer.text;
  const verb = isPluralPhrase(thing) ? "are" : "is";
  // "Blood cultures first": the answer's own capital goes, unless it is a name.
  const rest = /^\p{Lu}\p{Ll}/u.test(answer.text)
    ? answer.text.charAt(0).toLowerCase() + answer.text.slice(1)
    : answer.text;
  return `${thing.charAt(0).toUpperCase()}${thing.slice(1)} ${verb} ${rest}`;
}

/** "why you photograph a print in situ": a deed asked the reason for, as a clause. */
const WHY_DONE = /^why\s+((?:I|you|we|they|one)\s+\p{Ll}+\b.*)$/iu;

/** An answer that is a reason alone: "So there's a record…", "Because it can't be etched…". */
const REASON_ONLY = /^(?:so|because|so that)\s/iu;

function feedbackOnce(facts: NoteFacts): NoteFacts {
  const advice = facts.advice;
  if (!advice) return facts;
  // Said again in other words, or about what the notes of the test said too ("no stretch task
  // for greater depth" beside "let the top table coast").
  // The concern that says the fault itself, rather than one that shares a word or two with the
  // task it was found in ("trust accounting" beside "reconcile the trust account…").
  const score = (item: AnsweredConcern) => {
    const concern = item.concern.typed ?? item.concern.text;
    if (!item.raisedHere) return 0;
    if (restates(concern, advice.text)) return 10;
    const fault = sharedWords(concern, advice.text);
    const point = sharedWords(concern, advice.typed ?? "");
    // "rushing the finishing", answered "I'll slow down on the last passes…" beside "i rushed the
    // last passes": the response says what the fault was typed beside; the concern names it.
    // Only a response that grants the point ("Fair point. I'll slow down…") owns a fault, and
    // only a concern named in what was said of the fault, not of the task it was found in.
    const found = sharedWords(concern, faultOnward(advice.typed ?? "", advice.text));
    const answer =
      found >= 1 && GRANTED_OPENING.test(item.response.text)
        ? sharedWords(item.response.text, advice.typed ?? "")
        : 0;
    return fault >= 2 || point >= 3 || answer >= 3 ? fault + point + answer : 0;
  };
  const scores = facts.concerns.map(score);
  const best = Math.max(0, ...scores);
  const at = best > 0 ? scores.indexOf(best) : -1;
  if (at < 0) return facts;
  const concerns = facts.concerns.map((item, i) =>
    i === at && advice.frame === "that"
      ? {
          ...item,
          concern: {
            ...item.concern,
            text: advice.text,
            frame: "that" as const,
            sources: [...item.concern.sources, ...advice.sources],
          },
        }
      : item,
  );
  return { ...facts, advice: null, remedy: null, concerns };
}

/**
 * "is the acceleration zero at the top of the arc (student q)": a question typed without its
 * mark, given it when it reads as one.
 */
function markedAsQuestion(typed: string): string {
  const text = typed.trim().replace(/\s*\([^()]*\)$/u, "");
  return !/\?/u.test(text) && indirectQuestion(`${text}?`)?.startsWith("whether ")
    ? `${text}?`
    : typed;
}

/** The point from where its fault begins: "…crew change for 1 vessel… but i forgot the visas". */
function faultOnward(point: string, fault: string): string {
  const opening = fault.split(/\s+/u).slice(1, 3).join(" ").toLowerCase();
  const at = opening ? point.toLowerCase().indexOf(opening) : -1;
  return at < 0 ? point : point.slice(at);
}

interface References {
  /** Only the reader's names: text about the candidate, or about anyone. */
  names: ReaderReference;
  /** The reader's own points: "she" and "his" are the reader. */
  own: ReaderReference;
  /** Points discussed with everyone: "she" is the reader only when the reader was the only interviewer. */
  shared: ReaderReference;
  /** The interviewer's words about next steps: "they" and "she" are the reader too. */
  said: ReaderReference;
}

/**
 * How the notes may refer to the reader: their full name, the name a greeting uses, and their
 * given name when no colleague shares it; and when a pronoun may be taken to mean them.
 */
function readerReferences(interview: Interview, index: number | null): References | null {
  const reader = index === null ? null : interview.interviewers[index];
  if (!reader) return null;
  const given = givenName(reader.name);
  const sharedGiven = interview.interviewers.some(
    (p, i) => i !== index && foldName(givenName(p.name)) === foldName(given),
  );
  const greeting = greetingName(reader.name);
  // "Dr Abiodun" and "Dr. Abiodun" are the same person, as notes write either.
  const names = [reader.name, personName(reader.name), greeting, greeting.replace(/\./g, "")];
  if (!sharedGiven) names.push(given);
  // "Ana Sofía said…": a given name of two words, before the family name.
  const givenNames = personName(reader.name).split(/\s+/).slice(0, -1).join(" ");
  if (!sharedGiven && givenNames.includes(" ") && !hasTitle(reader.name)) names.push(givenNames);
  // "Dr V said…": a titled reader called by the initial of their family name, when no colleague
  // would be called the same.
  const initialled = (name: string) =>
    hasTitle(name) ? greetingName(name).replace(/(\p{L})[\p{L}'’-]+$/u, "$1") : null;
  const short = initialled(reader.name);
  if (
    short &&
    interview.interviewers.every((p, i) => i === index || initialled(p.name) !== short)
  ) {
    names.push(short, short.replace(/\./g, ""));
  }
  // "dr venkataraman said…", "coach kiplagat asked me…": a title and the family name, when no
  // colleague has the same family name.
  const family = (name: string) => personName(name).split(/\s+/).pop() ?? "";
  const own = family(reader.name);
  if (
    own.length > 1 &&
    interview.interviewers.every(
      (p, i) => i === index || foldName(family(p.name)) !== foldName(own),
    )
  ) {
    for (const title of SPOKEN_TITLES)
      names.push(`${title} ${own}`, `${title.toLowerCase()} ${own}`);
  }
  const solo = interview.interviewers.length === 1;
  const base = { names, singular: false, plural: false };
  return {
    names: base,
    own: { ...base, singular: true, group: true },
    // "they pay exam fees": in what was said of the place, "they" is the reader's organisation.
    shared: { ...base, singular: solo || pronounOnlyTheirs(interview, index!), group: true },
    said: { ...base, singular: true, plural: true },
  };
}

/** Titles notes put before a family name: "dr venkataraman", "coach kiplagat", "Mrs Otieno". */
const SPOKEN_TITLES = [
  "Dr",
  "Dr.",
  "Mr",
  "Mr.",
  "Mrs",
  "Mrs.",
  "Ms",
  "Ms.",
  "Miss",
  "Prof",
  "Prof.",
  "Coach",
  "Chef",
  "Captain",
  "Sister",
  "Pastor",
  "Father",
  "Judge",
  "Inspector",
  "Sergeant",
  "Councillor",
];

/**
 * "she said Samoan would help", in notes on the whole interview: the reader, when the notes
 * call only the reader "she" (or only the reader "he"), and no colleague is called the same.
 */
function pronounOnlyTheirs(interview: Interview, index: number): boolean {
  const said = (i: number) => interview.interviewers[i]!.discussed.join(" ");
  const theirs = said(index);
  return [
    [SHE, SHE_SAID],
    [HE, HE_SAID],
  ].some(
    ([pronoun, speaking]) =>
      speaking!.test(theirs) &&
      interview.interviewers.every((_, i) => i === index || !pronoun!.test(said(i))),
  );
}

const SHE = /\b(?:she|her|hers|herself)\b/i;
const HE = /\b(?:he|him|his|himself)\b/i;
const SPEAKING = String.raw`\s+(?:said|says|asked|told|explained|mentioned|showed|wants|runs|thinks|reckons)\b`;
const SHE_SAID = new RegExp(String.raw`\bshe${SPEAKING}`, "i");
const HE_SAID = new RegExp(String.raw`\bhe${SPEAKING}`, "i");

function dayFact(interview: Interview, writtenAt: string | null): Fact {
  const text = spokenDayFrom(interview.start, writtenAt, interview.timeZone);
  return {
    text,
    sources: writtenAt ? ["start", "writtenAt"] : ["start"],
    // "on Friday, November 20, to talk about…": a weekday and a month-first date close with a comma.
    closingComma: text === spokenDay(interview.start, interview.timeZone) && /, /.test(text),
  };
}

function postedFact(interview: Interview, writtenAt: string | null): Fact | null {
  const text = dayOfTheWeek(interview.start, writtenAt, interview.timeZone);
  return text ? { text, sources: ["start", "writtenAt"], literal: true } : null;
}

/**
 * The name a greeting uses: in a formal note, a reader written without a title is greeted by
 * their whole name ("Dear Gillian Marsh,"), as a first name alone is not formal.
 */
function formalName(name: string, tone: Tone): string {
  const whole = personName(name);
  return tone === "formal" && !hasTitle(name) && whole.includes(" ") ? whole : greetingName(name);
}

function stillDeciding(interview: Interview, writtenAt: string | null): boolean {
  if (!interview.decisionBy || !writtenAt) return false;
  const written = DateTime.fromISO(writtenAt, { zone: interview.timeZone });
  return written.isValid && written.toISODate()! <= interview.decisionBy;
}

function whenFact(interview: Interview, writtenAt: string | null): Fact | null {
  const text = relativeDay(interview.start, writtenAt, interview.timeZone);
  // Never capitalised, even after "Co." ends a company's name.
  return text ? { text, sources: ["start", "writtenAt"], literal: true } : null;
}

/**
 * The interviewer's words about next steps, said back to them from the candidate's side:
 * "They'll decide by Friday" becomes "you expect to decide by Friday", "We will call next week"
 * "you will call next week"; a phrase ("a final round with the CTO") stays a phrase. A question
 * is the candidate's own, not what was said, and is left out.
 */
function saidBack(raw: string, ref: ReaderReference | null): Fact | null {
  // "Venkatesh sir said…": how the candidate addressed them in the room stays there.
  const addressed = raw
    .trim()
    .replace(
      /\b(\p{L}[\p{L}'’-]+)\s+(?:sir|madam|ma['’]?am|ji)\s+(?=(?:said|says|mentioned|told)\b)/giu,
      "$1 ",
    );
  const theirs = withNameCased(addressed, ref)
    // "ms hanrahan: decision within two weeks", "joseph - 'I will call you'": who said it, then
    // what they said.
    .replace(
      /^((?:(?:mr|mrs|ms|miss|mx|dr|prof)\.?\s+)?\p{L}[\p{L}'’-]*(?:\s\p{L}[\p{L}'’-]*)?)(?:\s*:|\s+[-–—]|\s*(?:->|→|=>))\s+(?=\S)/iu,
      "$1 said ",
    )
    // "will call w/in 2 wks": what they will do, typed without "they".
    .replace(/^(will|would|should|could)\s+(?=\p{Ll})/iu, "they $1 ")
    // "they'd decide by Thursday -- sent the PDF that night": after a double dash, a note to self.
    .replace(/\s+--\s.*$/u, "")
    // "trial day sat 5th, bring own scissors": an instruction typed after is not said back.
    .replace(/,\s+(?:bring|wear|send|remember|don['’]?t forget|pls|please)\b.*$/i, "")
    // "said decision by wed 2nd": they would have a decision by then.
    .replace(
      /^((?:\p{L}+\s+)?(?:said|says|reckons?)\s+)?(?:a\s+)?decision\s+(?=by|before|on|early|end|within|next)/iu,
      "$1they'd have a decision ",
    )
    .replace(/^we(?=['’]|\s)/i, "they")
    .replace(/\bour\b/gi, "their")
    // "theyd let us know": the candidates told, of whom the writer is one.
    .replace(/\b(let|tell|email|ring|call|contact|update|inform|send)\s+us\b/giu, "$1 me")
    .replace(/\bus\b/g, "them");
  const read = readPiece(unquoted(theirs), ref);
  const sources = ["nextSteps"];
  if (read.frame === "quote") return null;
  // "gaz - give you a week, ill text ya": a phrase with a note run on is no next step to name.
  if (read.frame === "about") {
    return /\s[-–—]\s|,/.test(read.text)
      ? null
      : { text: withDeterminer(read.text), sources, frame: "about" };
  }
  let clause = lowerOpening(read.text.replace(/[.!]+$/, ""));
  // "you said you'd call me Thursday": what was said, without saying twice that it was said.
  const reported = /^you (?:said|mentioned|told me|explained)(?: that)?\s+/i.exec(clause);
  if (reported) {
    const rest = clause.slice(reported[0].length);
    if (formOf(rest) === "imperative") {
      return { text: ownSentences(`You said to ${rest}`), sources, frame: "own" };
    }
    clause = lowerOpening(rest);
  } else if (
    /^(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor)\.? )?\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)? (?:said|mentioned|told me)\b/u.test(
      clause,
    )
  ) {
    // A colleague's words ("Marisol said…") stay theirs, in a sentence of their own, when they
    // make one: "Mr Dlamini said reference checks for the top 2" does not.
    const words = clause.replace(/^.*?\b(?:said|mentioned|told me)\s+(?:that\s+)?/u, "");
    if (!/^(?:clause|first-person)$/.test(formOf(words))) return null;
    return { text: ownSentences(clause), sources, frame: "own" };
  }
  clause = clause
    .replace(/^you(?:['’]ll| will) (?!be\b|have\b)/i, "you expect to ")
    // "…early next week, they need someone on before the rush": one thing said back, not two;
    // "…either way, medical and drug test next if successful": nor a note run on after it.
    .replace(/,\s+(?:they|we|you|she|he|it)\s.*$/iu, "")
    .replace(/,\s+(.*)$/u, (whole, rest: string) =>
      /^(?:clause|first-person)$/.test(formOf(rest)) ? whole : "",
    );
  // "medical and security vetting for anyone who gets an offer": no clause to say back.
  if (!/^(?:clause|first-person|sentence)$/.test(formOf(clause))) return null;
  return { text: clause, sources, frame: "that" };
}

/**
 * 'Dr Steyn said "we'll let the shortlisted people know by the 9th"': the words quoted, said as
 * reported speech, so no quotation mark is left open in a sentence.
 */
function unquoted(text: string): string {
  // "joseph said 'I will call you'": in their words "I" is whoever said them.
  const speaker = (before: string) => {
    const who = before.trim();
    return who !== "" && who.split(/\s+/).length <= 3 && !/[,.;:]/.test(who) ? who : "they";
  };
  // "'you'll hear by friday'": in their words "you" is the candidate.
  const theirs = (words: string, who: string) =>
    quotedFromTheirSide(words, "they")
      .replace(/\bI(?:['’]ll|\s+will)\b/g, `${who} will`)
      .replace(/\bI(?:['’]d|\s+would)\b/g, `${who} would`)
      .replace(/\bI\b(?=\s+\p{Ll})/gu, who)
      // "we'll let you know": the candidate they will let know is "me".
      .replace(
        /\b(to|let|tell|call|ring|email|e-mail|text|send|give|update|contact|inform|show|phone)\s+you\b/gi,
        "$1 me",
      )
      .replace(/\byou['’]ll\b/gi, "I'd")
      .replace(/\byou will\b/gi, "I would");
  return (
    text
      .replace(
        /(said|says|told me|mentioned|wrote)[,:]?\s*["“]([^"”]+)["”]?/iu,
        (_, said: string, words: string, at: number, whole: string) =>
          `${said} ${theirs(words, speaker(whole.slice(0, at)))}`,
      )
      // "hemi said 'we're seeing 2 more ppl'": single marks, which an apostrophe may sit inside.
      .replace(
        /(said|says|told me|mentioned|wrote)[,:]?\s*['‘](.+?)(?:['’](?=[\s,.;:!?]|$)|$)/iu,
        (_, said: string, words: string, at: number, whole: string) =>
          `${said} ${theirs(words, speaker(whole.slice(0, at)))}`,
      )
      // "hed "ping me on slack"": words quoted mid-sentence keep their words, not their marks.
      .replace(/["“”]/g, "")
  );
}

/** Their kind words said to them: "my cold call was the best you heard all week". */
function newsSaidTo(news: RejectionNews, ref: ReaderReference | null): RejectionNews {
  if (!ref) return news;
  // "for when they add a second van": the firm is the reader, in a reply to them.
  // "…in march when we staff up": the words of their e-mail, whose "we" is the firm too.
  const theirs = (text: string | null) =>
    text &&
    speakTo(text, { ...ref, plural: true })
      .replace(/\bwe(?=['’](?:re|ve|ll|d)\b)/gu, "you")
      .replace(/\bwe\b/gu, "you")
      .replace(/\bour\b/gu, "your")
      .replace(/\bus\b/gu, "you");
  return {
    ...news,
    praise: theirs(news.praise),
    touchAgain: theirs(news.touchAgain),
    hiringAgain: theirs(news.hiringAgain),
    opening: theirs(news.opening),
    detailsKeptFor: theirs(news.detailsKeptFor),
  };
}

/** Panel members with no e-mail address, thanked through the first reader who has one. */
function othersToThank(interview: Interview, index: number | null): Fact | null {
  if (index === null || interview.interviewers.findIndex((p) => p.email) !== index) return null;
  const others = interview.interviewers.flatMap((person, i) =>
    i !== index && !person.email ? [{ name: greetingName(person.name), i }] : [],
  );
  if (others.length === 0) return null;
  return {
    text: joinList(others.map((other) => other.name)),
    sources: others.map((other) => `interviewers[${other.i}].name`),
    literal: true,
  };
}

/** The first line of experience that says why the candidate wants the job. */
function motiveFact(fit: readonly string[], company: ReaderReference | null): Fact | null {
  for (const [i, line] of fit.entries()) {
    const motive = motiveOf(line);
    // "…and they do loads": the company they speak of is the reader's.
    const said = motive && company ? speakTo(motive, company) : motive;
    if (said) return { text: said, sources: [`fit[${i}]`], frame: "own" };
  }
  return null;
}

/**
 * "colleen said she will call friday": the call is the reader's only when the words name no
 * colleague of theirs; to anyone else it is news to hear, not "your call".
 */
function contactFact(
  said: string | null | undefined,
  colleagueNamed: boolean,
): NoteFacts["nextContact"] {
  const contact = said ? nextContact(said) : null;
  if (!contact) return null;
  return {
    when: { text: contact.when, sources: ["nextSteps"], literal: true },
    call: contact.call && !colleagueNamed,
  };
}

/** The next steps name someone on the panel other than the reader, by their given name. */
function namesColleague(interview: Interview, readerIndex: number | null): boolean {
  const said = foldName(interview.nextSteps ?? "");
  const reader = readerIndex === null ? null : interview.interviewers[readerIndex];
  const readerGiven = reader ? foldName(givenName(reader.name)) : null;
  return interview.interviewers.some((person, i) => {
    const given = foldName(givenName(person.name));
    return (
      i !== readerIndex &&
      given !== readerGiven &&
      given.length > 2 &&
      ` ${said} `.includes(` ${given} `)
    );
  });
}

/** A reason to write, in the candidate's words, said to the reader; a bare phrase is framed. */
/** "…and asked Priya to keep in touch", typed by Priya: the candidate named is "me". */
function asMe(reason: string, candidate: string): string {
  const names = [candidate, givenName(candidate)].filter((name) => name.length > 2);
  return names.reduce(
    (text, name) =>
      text
        .replace(
          new RegExp(
            `\\b(asked|told|invited|wanted|reminded|emailed|called|rang|messaged|encouraged|gave|sent|with|to|for)\\s+${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`,
            "gu",
          ),
          "$1 me",
        )
        // "…and that Luciana should write to her", typed by Luciana: "I should write".
        .replace(
          new RegExp(
            `\\b(that|and|so|then|but)\\s+${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s+(?=(?:should|would|could|can|will|must|needs?|had|has|was|is)\\b)`,
            "gu",
          ),
          "$1 I ",
        ),
    reason,
  );
}

function reasonFact(raw: string, ref: ReaderReference | null, options: FactOptions): Fact {
  // "Marta asked me to get back in touch once she knew…": after the reader's name, "she" is them,
  // and "they" their firm.
  const named = ref?.names.some((name) => raw.toLowerCase().includes(name.toLowerCase()));
  const said = ref ? speakTo(raw, named ? { ...ref, singular: true, plural: true } : ref) : raw;
  // "When Carys rang on 2 December she said…": a sentence led by when, whole.
  const led = LED_SENTENCE.test(said.trim());
  const read = led ? null : readPiece(said);
  // "Congratulations on the launch…": a greeting of its own, not a thing to write about.
  const greeting = /^(?:congratulations|congrats|well done|happy)\b/iu.test(said.trim());
  if (read?.frame === "about" && !greeting) {
    return { text: read.text, sources: ["reason"], frame: "about" };
  }
  return {
    text: limitSentences(ownSentences(said), options.sentenceLimit),
    sources: ["reason"],
    frame: "own",
  };
}

/** "When you rang on 2 December you said…", "After the trial I…": a clause led by when, then a sentence. */
const LED_SENTENCE =
  /^(?:when|after|before|once|since|while)\s[^.;]*?\b(?:you|she|he|they|I|we)\s+(?:said|told|asked|mentioned|rang|called|wrote|emailed|suggested|have|had|was|were|am|did|finished|passed|started|got)\b/iu;

function thingFact(raw: string, source: string, options: FactOptions): Fact {
  const text = shortenPhrase(
    readThing(typedOut(options.noLinks ? withoutLinks(raw) : raw)),
    options.phraseLimit,
  );
  return { text, sources: [source] };
}

/**
 * The greeting name for someone the plan writes to who is not on the panel: whoever sent a
 * rejection, or the company itself when no one was named ("the Acme Robotics team").
 */
function outsiderGreeting(name: string, company: string): Fact | null {
  if (name.includes("@") || name.trim() === "") return null;
  if (foldName(name) === foldName(company)) {
    return { text: `${companyName(company)} team`, sources: ["company"] };
  }
  return { text: greetingName(name), sources: ["recipient.name"] };
}

function answerFacts(raw: string, source: string, options: FactOptions) {
  // "Yes. At the roofing company I issued ROEs…": the answer is what follows the yes.
  const said = raw.trim().replace(/^yes[.!]\s+(?=\p{Lu})/iu, "");
  const text = limitSentences(
    ownSentences(
      answeredAsMine(answerAsWritten(typedOut(options.noLinks ? withoutLinks(said) : said))),
    ),
    options.sentenceLimit,
  );
  const answer: Fact = { text, sources: [source] };
  const first = firstSentence(text);
  const brief =
    wordCount(text) > BRIEF_WORDS && first !== text && wordCount(first) <= BRIEF_WORDS
      ? { text: first, sources: [source] }
      : null;
  return { answer, brief };
}

/**
 * "doing the revit course, 60% done": an answer typed as an activity is the candidate's own
 * sentence ("I'm doing the revit course…").
 */
function answeredAsMine(answer: string): string {
  return /^\p{Ll}+ing\s/u.test(answer) && formOf(answer) === "gerund" ? `I'm ${answer}` : answer;
}

/** Phrases longer than this are cut to their first clause when a message must be shorter. */
const LONG_PHRASE = 60;

function shortened(phrase: string, options: FactOptions): string {
  const clause = options.clauses && [...phrase].length > LONG_PHRASE ? firstClause(phrase) : phrase;
  return shortenPhrase(clause, options.phraseLimit);
}

/**
 * The candidate's text within `limit` characters: whole sentences while they fit, else the
 * first sentence cut at a word boundary and closed with an ellipsis.
 */
function limitSentences(text: string, limit: number): string {
  if ([...text].length <= limit) return text;
  const first = firstSentence(text);
  if ([...first].length <= limit) return first;
  return `${shortenPhrase(first, limit - 1)}…`;
}

/** The first sentence of a passage, not fooled by "e.g." or "Inc.". */
export function firstSentence(text: string): string {
  const pattern = /[.?!]["'”’)]*\s+(?=["“(]?\p{Lu})/gu;
  for (const match of text.matchAll(pattern)) {
    const end = match.index + match[0].trimEnd().length;
    const candidate = text.slice(0, end);
    if (
      !/(?:^|\s)(?:e\.g|i\.e|etc|inc|ltd|co|corp|dr|mr|ms|mrs|prof|st|vs|no|approx)\.$/i.test(
        candidate,
      )
    ) {
      return candidate;
    }
  }
  return text;
}

function signatureFact(profile: Profile, candidateName: string): Fact {
  if (profile.signature) {
    const own = profile.signature.trimEnd();
    // "Bec Tully" for Rebecca Tully: a first line with their family name is their name.
    const familyName = foldName(candidateName).split(" ").at(-1) ?? "";
    const firstLine = foldName(own.split("\n")[0] ?? "").split(" ");
    const namesCandidate =
      foldName(own).includes(foldName(candidateName)) ||
      foldName(own)
        .split(" ")
        .includes(foldName(greetingName(candidateName))) ||
      (familyName.length > 1 && firstLine.includes(familyName));
    return {
      text: namesCandidate ? own : `${candidateName}\n${own}`,
      sources: namesCandidate ? ["profile.signature"] : ["profile.name", "profile.signature"],
    };
  }
  const lines = signatureOf({ ...profile, name: candidateName });
  const sources = profile.phone ? ["profile.name", "profile.phone"] : ["profile.name"];
  return { text: lines, sources };
}

function interviewKindOf(interview: Interview): Fact {
  const sources = ["stage"];
  const byStage: Record<string, string> = {
    screen: "screening interview",
    phone: "phone interview",
    technical: "technical interview",
    onsite: "onsite interview",
    final: "final interview",
  };
  const named = byStage[interview.stage];
  if (named) return { text: named, sources };
  if (interview.format === "video") return { text: "video interview", sources: ["format"] };
  if (interview.format === "phone") return { text: "phone interview", sources: ["format"] };
  return { text: "interview", sources };
}

/**
 * "Acme Robotics", with stray spacing gone and a closing period kept only on an abbreviation; a
 * legal form ("Hollins Bright LLP", "Acme, Inc.") is left to letterheads, as people speak of
 * the firm without it.
 */
export function companyName(raw: string): string {
  // "the Office of Hon. Mereana Tipoki MP": "Hon." is written on envelopes, never said.
  const name = stripTrailingPunctuation(
    tidySpaces(raw.replace(/\s+/g, " ").replace(/\b(?:Rt\.?\s+)?Hon\.?\s+(?=\p{Lu})/gu, "")),
  );
  // "Department for Work and Pensions (Jobcentre Plus)", "Nechako Tree-Ring Laboratory,
  // University of the North Interior": the place itself, without what it belongs to.
  const own = withoutParent(name.replace(/\s*\([^()]*\)\s*$/u, ""));
  const short = titledIfLower(own.replace(LEGAL_FORM, ""));
  const spoken = /\p{L}{2}/u.test(short) && !/[&+]$/.test(short) ? short : name;
  // "join the Town of Millbrook Falls": a body named "X of Y" takes "the" in a sentence.
  // "Harrington family": a household, "the Harrington family".
  return (OF_BODY.test(spoken) || PLACE_NAMED.test(spoken) || isHousehold(spoken)) &&
    !/^the\s/i.test(spoken)
    ? `the ${spoken}`
    : spoken;
}

/**
 * "St Bride's Primary School, Renfrewshire Council", "Greenline Ltd, a subsidiary of Idverde":
 * the place, without the body it belongs to. "Smith, Jones & Co" and "Hartley, Moss LLP" are one
 * firm's name, kept whole.
 */
function withoutParent(name: string): string {
  const comma = /^(.+?),\s+(.+)$/u.exec(name);
  if (!comma) return name;
  const [, place, after] = comma as unknown as [string, string, string];
  const parent = after.replace(LEGAL_FORM, "");
  const oneFirm = /[&+]|\band\b/u.test(parent) || !/\s/u.test(parent.trim());
  return oneFirm || !/\s/u.test(place.trim()) ? name : place;
}

/**
 * "maplewood district school board", "pampas agro": a name typed in lower case, as its sign
 * writes it; a name with a capital of its own ("eBay", "Routewise") is left as it is.
 */
function titledIfLower(name: string): string {
  if (!/^\p{Ll}/u.test(name) || /\p{Ll}\p{Lu}/u.test(name)) return name;
  return name.replace(
    /(^|\s)(\p{Ll})(\p{L}*)/gu,
    (whole, space: string, first: string, rest: string) =>
      space !== "" &&
      /^(?:of|the|and|de|la|du|des|van|von|der|y|e|da|do|dos|das|di|del)$/.test(first + rest)
        ? whole
        : `${space}${first.toUpperCase()}${rest}`,
  );
}

/**
 * "my NZSIA level 2", in what the reader discussed with the candidate, was the reader asking
 * about it: a candidate never enjoyed "talking about my NZSIA level 2" to the reader.
 */
function askedAboutMine(point: Fact): Fact {
  return point.frame === "about" && /^my\s/i.test(point.text)
    ? { ...point, text: `asking about ${point.text}`, frame: "thanks" }
    : point;
}

/**
 * "typing test", "typing and data entry test", "climbing assessment": a thing named by what is
 * done in it, which takes "the".
 */
const ING_COMPOUND =
  /^\p{Ll}+ing(?:\s+and(?:\s+\p{L}+){1,2}?)?\s+(?:test|tests|assessment|exercise|task|challenge|station|lab|room|area|session|scheme|programme|program|system|sample|trial|interview|round|log|board|portal|eval|evaluation|drill|course|table|rig)\b/u;

/** What a concern about the candidate's own work names: their speed, accuracy, English… */
const OWN_SKILL =
  /\b(?:speed|pace|accuracy|confidence|english|spelling|handwriting|typing|availability|commute|notice period|portfolio|caseload|book|stamina|fitness|eye|technique|finish|finishing)\b/iu;

/**
 * "max spacing for heads. i froze on the sq footage", or the reader's point "he asked me what a
 * pension adjustment order was and i guessed it was a revenue thing": the notes say the candidate
 * answered the question badly in the room.
 */
function fumbledInRoom(question: string, discussed: readonly string[]): boolean {
  if (FUMBLED.test(question)) return true;
  return discussed.some((point) => FUMBLED.test(point) && sharedWords(point, question) >= 2);
}

const FUMBLED = new RegExp(
  String.raw`\b[Ii]\s+(?:${SLIPS}|went blank|guessed|got it wrong|got that wrong|got it backwards|had no idea|couldn['’]?t remember|couldn['’]?t answer|didn['’]?t know)\b`,
  "u",
);

/** Beside a fault owned, what the candidate typed they should have done, as their sentence. */
function remedyFact(
  reader: Interview["interviewers"][number] | null,
  at: number,
  taken: { frame: string } | null,
  clean: (raw: string) => string,
  readerIndex: number | null,
): Fact | null {
  if (!reader || at < 0 || taken?.frame !== "that") return null;
  const point = clean(reader.discussed[at]!);
  const sources = [`interviewers[${readerIndex}].discussed[${at}]`];
  const remedy = remedyOf(point);
  if (remedy) return { text: ownSentences(`${remedy}.`), sources, frame: "own" };
  // "said pick a flat spot…": what the reader said to do, which the candidate will do now.
  const order = orderBeside(point);
  // "always start from SPI": "From now on" and "next time" say the "always" already.
  if (order) return { text: order.replace(/^always\s+/u, ""), sources, frame: "about" };
  // "the face frame was 2mm out of square, i didnt check diagonals": the step left out, taken
  // from now on, unless the fault owned says it already.
  const step = missedStep(point);
  const fault = faultTaken(point) ?? "";
  return step && sharedWords(step, fault) < 2 ? { text: step, sources, frame: "about" } : null;
}

/**
 * "he said my welds were better than his", "said my cv was great and they were impressed w my
 * apprenticeship": praise of the candidate, which a letter telling it back would boast of.
 */
function praisesMe(point: string): boolean {
  return (
    !/\bbut\b/iu.test(point) &&
    (/\b(?:said|says|thought|reckoned|told me)\s+(?:that\s+)?(?:my|i)\b[^.;]*?\b(?:was|were|am|is)\s+(?:really\s+|very\s+|so\s+|the\s+)?(?:great|good|excellent|better|best|brilliant|impressive|strong|solid|spot on|perfect|lovely|textbook|clean|neat|tidy|fantastic|amazing)\b/iu.test(
      point,
    ) ||
      /\bimpressed\s+(?:w|with|by)\s+my\b/iu.test(point))
  );
}

/**
 * "jo said they'd let everyone know": the reader, named in lower case before what they said, as
 * their name is written, so what they said is heard as theirs.
 */
function withNameCased(text: string, ref: ReaderReference | null): string {
  const name = ref?.names.find(
    (n) =>
      text.toLowerCase().startsWith(`${n.toLowerCase()} `) &&
      /^\s+(?:said|says|mentioned|told)\b/u.test(text.slice(n.length)),
  );
  return name ? `${name}${text.slice(name.length)}` : text;
}

/**
 * "principal said board meets 10 dec": who said it, by their post in lower case, is not what they
 * said; a name ("Javier said…") stays, as the colleague's word is theirs.
 */
function withoutRoleSaying(nextSteps: string): string {
  return nextSteps.replace(
    /^(?:the\s+)?(?:principal|head(?:teacher)?|manager|hr|boss|director|chair|supervisor|recruiter|owner|ceo|gm|md|panel)\s+(?:said|says|mentioned)\s+(?:that\s+)?(?=\p{Ll})/u,
    "",
  );
}

/** "reach truck test in aisle 9, he said…": the task named before what was said of it. */
function taskBefore(point: string): string | null {
  const head = point.split(/,\s|\s[-–—]\s|:\s/u)[0]!;
  return head !== point && isTaskSet(head) ? head : null;
}

/** Feedback in a point of the notes, framed for the sentence that takes it. */
function feedbackTaken(point: string): { text: string; frame: "about" | "that" | "quote" } | null {
  const advice = adviceTaken(point);
  if (advice) return { text: advice, frame: "about" };
  const fault = faultTaken(point);
  if (fault) return { text: fault, frame: "that" };
  // "His words: 'Mix to the room, not to your chest.'": their advice, in their words.
  const quoted = adviceQuoted(point);
  return quoted ? { text: quoted, frame: "quote" } : null;
}

/**
 * "the Corrib Quay Hotel", "the Halden Institute", "the Second Judicial District Court of X",
 * "the Irish National Meteorological Service", "the Glannau Tawe Wellbeing Trust": named for
 * what kind of place it is.
 */
const PLACE_NAMED =
  /\s(?:Hotel|Institute|Museum|Foundation|Gallery|Theatre|Zoo|Observatory|Court|Tribunal|Library|Archives|Laboratory|Centre|Center)$|\s(?:Court|Tribunal|Commission) of\s|^\p{Lu}\p{L}+\s+\p{Lu}\p{L}+\s+(?:\p{Lu}\p{L}+\s+)*(?:Service|Agency|Authority|Commission|Trust|Society|Council|Board|Association|Programme|Program|Alliance|Partnership|Network|Consortium|Collaborative)$/u;

/** "Harrington family": a household employs the candidate, who works with it, not at it. */
export function isHousehold(company: string): boolean {
  return /\s(?:family|household)$/iu.test(company);
}

// "National Museum of Ireland", "South African Institute for Marine Research": named for what
// it is, wherever that word stands.
const OF_BODY =
  /^(?:Town|Township|City|County|Borough|Village|District|Shire|Municipality|State|Province|Port|Church) (?:of|for)\s|\b(?:University|Department|Ministry|Office|Bank|College|Institute|Museum|Academy|Society|School|Library|Gallery|Centre|Center|Commission|Agency|Authority) (?:of|for)\s/u;

const LEGAL_FORM =
  /,?\s+(?:LLP|LLC|L\.L\.C\.?|Ltd\.?|Limited|Inc\.?|Incorporated|plc|PLC|GmbH|AG|S\.?A\.?|\(?(?:Pty|Pvt|Pte)\)?\.?(?: Ltd\.?)?|Sdn\.? Bhd\.?|CLG|DAC|CIC|B\.?V\.?|N\.?V\.?|S\.?r\.?l\.?|S\.?p\.?A\.?|SARL|SAS|Oy|AB|A\/S|ApS|K\.?K\.?|Corp\.?|Corporation|Sp\.? z o\.?o\.?|S\.?A\. de C\.?V\.?|s\.?r\.?o\.?|Kft\.?|d\.?o\.?o\.?|Bhd\.?|Pte\.? Ltd\.?)$/u;

/**
 * "Senior Backend Engineer", without a trailing "role" the phrasings add themselves, and without
 * the qualifiers of a job advert ("Senior Staff Nurse (Band 6), Acute Medical Unit" is "Senior
 * Staff Nurse"), which read as copied from a listing when a person writes the title.
 */
export function positionName(raw: string): string {
  const core = raw.replace(/\s*\([^()]*\)/g, "").split(/\s*(?:,|\s[-–—|]\s)\s*/u)[0] ?? "";
  const text = stripTrailingPunctuation(tidySpaces(core.replace(/\s+/g, " ")))
    .replace(/^the\s+/i, "")
    .replace(/\s+(?:role|position|job|opening|vacancy)$/i, "");
  return text === "" ? stripTrailingPunctuation(tidySpaces(raw)) : text;
}

const LINK = /\b(?:https?:\/\/|www\.)\S+/gi;

function withoutLinks(text: string): string {
  return tidySpaces(text.replace(LINK, "").replace(/\s+/g, " "))
    .replace(/\s+([,.;:])/g, "$1")
    .replace(/\(\s*\)/g, "");
}

export function hasLink(text: string): boolean {
  return new RegExp(LINK.source, "i").test(text);
}

/** The first of each run of entries that say the same thing, so a note never says it twice. */
function distinct<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item).toLowerCase().replace(/\s+/g, " ").trim();
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Entries with their positions in the record (for provenance), repeats left out. */
function distinctEntries<T extends object>(items: T[]): [T, number][] {
  return distinct(
    items.map((item, i): [T, number] => [item, i]),
    ([item]) => JSON.stringify(Object.values(item)),
  );
}

/**
 * "never worked nights on my own - she asked if I'd be ok alone", "no ULR exp, longest sector
 * 11h": a concern without what the candidate typed after it, which the response covers.
 */
/** "shane asked what id do if…": the question itself, without who asked it. */
function withoutAsker(question: string): string {
  return question.replace(
    /^(?!I\s)(?:she|he|they|\p{L}[\p{L}'’-]*)\s+asked\s+(?:me\s+)?(?=(?:what|how|why|whether|if|when|where|which|who)\s)/iu,
    "",
  );
}

function withoutSayer(concern: string): string {
  return SAYER.exec(concern)?.[2] ?? concern;
}

const SAYER =
  /^(?!I\s)(she|he|they|\p{L}[\p{L}'’-]*)\s+(?:said|saying|mentioned|noted|felt|thinks|thought)\s+(?:that\s+)?(.+)$/iu;

/**
 * What impressed the candidate, without who said it: "Marcus said half his clerks started as
 * temps", in Marcus's note, is "half your clerks started as temps". Said by a colleague, a "his"
 * would have no one to refer to, and the impression is left to that colleague's note.
 */
function saidImpression(raw: string, refs: References | null): string | null {
  const said = SAYER.exec(raw);
  if (!said) return raw;
  // "everyone said hi in the hallway": a greeting is something done, not words to recall.
  if (/^(?:hi|hello|hey|good morning|morning|thanks|thank you)\b/i.test(said[2]!)) return raw;
  const sayer = foldName(said[1]!);
  if (refs?.own.names.some((name) => foldName(name) === sayer)) {
    return withoutSayer(speakTo(raw, refs.own));
  }
  const pronoun = /^(?:she|he|they)$/i.test(said[1]!);
  return !pronoun && /\b(?:he|his|him|she|her|hers)\b/i.test(said[2]!) ? null : said[2]!;
}

/**
 * "leaving NAS - will i miss the frontline + be gone in a yr": a question about the candidate,
 * typed without its mark and perhaps after what prompted it, is the question, asked.
 */
function askedOfMe(concern: string): string {
  const question =
    /(?:^|\s[-–—:]\s*|,\s+)((?:will|would|could|can|do|does|am|is|have|has)\s+i\s+[^?,]+)\??$/iu.exec(
      concern,
    );
  return question ? `${question[1]!.trim()}?` : concern;
}

function concernHead(concern: string): string {
  // "speed; clinic gave me 60-90 min appts…": the concern, then the reason for it.
  const semicolon = /^([^;]{2,40});\s/u.exec(concern);
  if (semicolon && isNominal(formOf(semicolon[1]!))) return semicolon[1]!;
  const dash = /\s[-–—]\s/u.exec(concern);
  const head = dash ? concern.slice(0, dash.index) : concern;
  const comma = head.indexOf(", ");
  if (comma < 0) return head.split(/\s+/).length >= 3 ? head : concern;
  const rest = head.slice(comma + 2);
  // "only used Sage, never Xero" keeps its contrast; a phrase after it is a note to self, and so
  // is "only a handful" after "not much crane work", which says it again.
  // "…, been home every night at the dairy": the candidate's own reason, typed after the gap.
  const restated =
    (/\b(?:not|never|no)\b/i.test(head.slice(0, comma)) && /^only\b/i.test(rest)) ||
    /^(?:been|always been|spent)\b/i.test(rest);
  const fragment =
    restated || (isNominal(formOf(rest)) && !/^(?:not|never|only|but|just)\b/i.test(rest));
  return fragment ? head.slice(0, comma) : head;
}

/**
 * "mostly modern gypsum work, hardly any lime on a live job": the gap is what the concern is
 * about, wherever it was typed; "hardly any" is "not much".
 */
function gapFirst(concern: string): string {
  const parts = concern.split(/,\s+/);
  const gap = (part: string) =>
    /^(?:hardly any|very little|little|not much|not many|no|never)\s/i.test(part);
  const chosen =
    parts.length > 1 && !gap(parts[0]!) ? (parts.slice(1).find(gap) ?? concern) : concern;
  return chosen.replace(/^(?:hardly any|very little|little)\s/i, "not much ");
}

/** The first sentence of an answer in the record that tells what the candidate has done since. */
function sinceInterview(
  interview: Interview,
  told: readonly AnswerRef[],
  said: (text: string) => string,
): Fact | null {
  const answers = [
    ...interview.concerns.map((c, i) => ["concerns", i, c.response] as const),
    ...interview.unanswered.map((q, i) => ["unanswered", i, q.answer] as const),
  ];
  for (const [field, index, text] of answers) {
    if (!text || told.some((ref) => ref.field === field && ref.index === index)) continue;
    const source = `${field}[${index}].${field === "concerns" ? "response" : "answer"}`;
    const sentence = said(text)
      .split(/(?<=[.!?])\s+/u)
      .find((part) => SINCE.test(part));
    if (sentence) return { text: ownSentences(sentence), sources: [source], frame: "own" };
  }
  return null;
}

/**
 * The first fault found on the day that says what the candidate does now: in the reader's own
 * notes first, then in a colleague's, as a panel member's point is the candidate's lesson too.
 */
function lessonFact(
  interview: Interview,
  readerIndex: number | null,
  clean: (raw: string) => string,
): { task: Fact; now: Fact } | null {
  const order = interview.interviewers
    .map((_, i) => i)
    .sort((a, b) => Number(b === readerIndex) - Number(a === readerIndex));
  for (const i of order) {
    const discussed = interview.interviewers[i]!.discussed;
    for (const [at, raw] of discussed.entries()) {
      const point = clean(raw);
      const now = lessonOf(point);
      if (!now) continue;
      const sources = [`interviewers[${i}].discussed[${at}]`];
      return {
        task: { text: taskNamed(point) ?? "the interview", sources },
        now: { text: now, sources, frame: "own" },
      };
    }
  }
  return null;
}

/** "Since the interview I've…", "I've since booked…": the candidate's news since they met. */
const SINCE =
  /^(?:Since\s+(?:the\s+interview|our\s+(?:interview|chat|conversation|call|meeting)|we\s+(?:spoke|met|talked))\b,?\s+I\b|I(?:['’]ve|\s+have)\s+since\b)/iu;

/**
 * "lobby refurbishment looks great" is "the lobby refurbishment looks great": a singular common
 * noun opening a clause without its article gets one.
 */
function subjectDetermined(clause: string, article: "the" | "my"): string {
  // "MD walks the shop floor": a role by its letters takes "the".
  if (/^(?:MD|CEO|GM|CFO|CTO|COO|CIO|HoD|DOP|DON|CMO)\s/.test(clause)) return `the ${clause}`;
  // "training lab has four espresso stations": a thing named by what is done in it takes "the".
  if (ING_COMPOUND.test(clause)) return `${article} ${clause}`;
  // "public can book the reading room": the public, as a body, takes "the".
  if (/^public\s+(?!is\b)/i.test(clause)) return `the ${clause}`;
  const [first, second] = wordsOf(clause);
  if (
    !first ||
    /^\p{Lu}/u.test(first.text) ||
    /^(?:all|most|some|both|each|every|half|none|no ?body|no one|every(?:one|body|thing)|any(?:one|body|thing)|some(?:one|body|thing)|nothing)$/i.test(
      first.text,
    )
  ) {
    return clause;
  }
  // "final placement was in a clinic": an adjective before the noun leaves it bare as well.
  const noun = first.tags.has("Adjective") && second?.tags.has("Noun") ? second : first;
  const t = noun.tags;
  const bareNoun =
    t.has("Noun") &&
    t.has("Singular") &&
    !t.has("Pronoun") &&
    !t.has("Possessive") &&
    !t.has("Value") &&
    !first.tags.has("Determiner");
  return bareNoun ? `${article} ${clause}` : clause;
}

/** Material the candidate promised, as a thing a sentence can name: "the caching programme sample". */
function determined(what: Fact): Fact {
  if (what.text === "") return what;
  // "copy of my approval letter" is one copy among others: "a copy of…".
  if (/^copy of\b/i.test(what.text)) return { ...what, text: `a ${what.text}` };
  return { ...what, text: withDeterminer(what.text) };
}

/**
 * "the situational", "two beats open": a phrase ending on an adjective; "three campuses": a count
 * alone. Neither names a thing a note can say it talked about.
 */
function namesNothing(phrase: string): boolean {
  const words = wordsOf(phrase);
  const last = words.at(-1);
  if (last && last.tags.has("Adjective") && !last.tags.has("Noun")) return true;
  // "about 40 containers a month from Ningbo": a size, however roughly given, is not a topic.
  if (
    /^(?:the\s+)?(?:about|around|roughly|nearly|over|under|approximately)\s+[£$€]?\d/iu.test(
      phrase.trim(),
    )
  ) {
    return true;
  }
  // "mostly corporate, a rugby union, …": a list led by a word that names nothing.
  const lead = wordsOf(phrase.split(",")[0]!.replace(/^(?:mostly|mainly|largely|the)\s+/iu, ""));
  if (phrase.includes(",") && lead.length === 1 && lead[0]!.tags.has("Adjective")) return true;
  // "the grades 8 to 12", "the years 7 to 9": a range of labels is not a topic.
  if (
    /^(?:the\s+)?(?:grades?|years?|levels?|bands?|ages?|key stages?)\s+\d+(?:\s+(?:to|and)\s+\d+)?$/iu.test(
      phrase.trim(),
    )
  ) {
    return true;
  }
  // "the caseload of about 25", "the portfolio of about 180 units": a size is not a topic.
  if (
    /^(?:the\s+)?\p{L}+\s+of\s+(?:about|around|roughly|nearly|over|under|up to|~)?\s*\d[\d,.]*\s*(?:\p{L}+)?$/iu.test(
      phrase.trim(),
    )
  ) {
    return true;
  }
  // "60-70 clients, mostly broadacre": a count, however the list of what they are runs on.
  if (
    /^(?:the\s+)?~?\d[\d,.]*\s*(?:[-–]|to)\s*\d[\d,.]*\+?\s+\p{L}+(?:\s+\p{L}+){0,3}(?:,|$)/iu.test(
      phrase.trim(),
    )
  ) {
    return true;
  }
  // "the 4 FE devs", "the 14 plants and 30 odd licensed buyers": counts, however many words; a
  // year ("the 2028 plan update") is no count.
  const count = String.raw`(?:(?!(?:19|20)\d\d\b)\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty)`;
  if (
    new RegExp(String.raw`^(?:the\s+)?${count}\s+(?:\p{L}+\s+){0,2}\p{L}+$`, "iu").test(
      phrase.trim(),
    ) ||
    new RegExp(String.raw`^(?:the\s+)?${count}\s+.*\band\s+${count}\s`, "iu").test(phrase.trim())
  ) {
    return true;
  }
  // "the 96 rooms", "the 1100 staff", "three campuses".
  return /^(?:the\s+)?(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty)\s+\p{L}+$/iu.test(
    phrase.trim(),
  );
}

/** "drove" typed for "driven": the participle "I have never" takes. */
/** "driven", "used", "led": a word that tells a deed, as "KQL" or "bakery" do not. */
function isDeedWord(word: string): boolean {
  const lower = word.toLowerCase();
  if (PARTICIPLES[lower] || Object.values(PARTICIPLES).includes(lower) || isBareVerb(lower)) {
    return true;
  }
  const tags = wordsOf(`I have ${word.toLowerCase()}`)[2]?.tags;
  return tags?.has("Verb") === true || /(?:ed|en|wn|ght)$/u.test(word.toLowerCase());
}

function participle(verb: string): string {
  return PARTICIPLES[verb.toLowerCase()] ?? verb;
}

const PARTICIPLES: Record<string, string> = {
  drove: "driven",
  did: "done",
  went: "been",
  wrote: "written",
  took: "taken",
  gave: "given",
  saw: "seen",
  ran: "run",
  rode: "ridden",
  flew: "flown",
  spoke: "spoken",
  grew: "grown",
  ate: "eaten",
  began: "begun",
  swam: "swum",
};

const FIRST_PERSON = /\b(?:I|my|me|we|our|us)\b/i;

/**
 * "wwise + reaper / 3 yrs at an ad studio": experience typed with slashes between is several
 * things, each said on its own or not at all.
 */
function partsOf(raw: string, field: string): string[] {
  return field === "fit" ? raw.split(/\s+\/\s+/u).filter((part) => part.trim() !== "") : [raw];
}

/** "French speaker", "first aider", "full licence holder": a kind of person the candidate is. */
const AGENT =
  /^(?:[\p{L}-]+\s+){0,3}(?:speaker|aider|holder|keyholder|volunteer|cyclist|swimmer|runner|climber)$/iu;

function asExperience(fit: Fact): Fact {
  return fit.frame === "that" ? { ...fit, text: ownSentences(fit.text), frame: "own" } : fit;
}

/**
 * "the lobby refurbishment looks great" is the candidate's own view, said as theirs: never "I
 * was glad to hear that the lobby looks great".
 */
function asImpression(impressed: Fact): Fact {
  // "GOTS certified, rooftop solar…": a standard the company holds is theirs.
  const held =
    /^(?:the\s+)?(\p{Lu}[\p{Lu}\p{N}&-]+(?:\s+\p{N}+)?|(?!(?:whole|all|fully|newly|recently|just)\b)\p{Ll}+\s+\p{Ll}+)\s+(certified|accredited)\b/u.exec(
      impressed.text,
    );
  if (held) return { ...impressed, text: `you are ${held[1]} ${held[2]}`, frame: "that" };
  // "small enough that its the same anaesthetists every week": the place, typed without "you're".
  // "their own cable and test gear store": what they have of their own.
  const own = /^(?:(?:the|their|your)\s+)?own\s+(\p{L}.*)$/u.exec(impressed.text);
  if (own) return { ...impressed, text: `you have your own ${own[1]}`, frame: "that" };
  const enough =
    /^(?:the\s+)?((?:small|big|large|busy|quiet|close|local|flexible)\s+enough\b.*)$/u.exec(
      impressed.text,
    );
  if (enough) return { ...impressed, text: `you're ${enough[1]}`, frame: "that" };
  // "shop clean and organized": a state typed without its "is", said with it.
  if (impressed.frame === "about") {
    const restored = withStatesRestored(impressed.text);
    if (restored !== impressed.text) return { ...impressed, text: restored, frame: "that" };
  }
  // "an elder and a cultural program on every unit": what the place has, said as there.
  if (impressed.frame === "about" && /^an?\s+\p{L}/u.test(impressed.text)) {
    return { ...impressed, text: `there's ${impressed.text}`, frame: "that" };
  }
  // "promote from within": what the company does, typed without who does it; "shop clean and
  // organised" is a state of the shop.
  // "only carry family owned producers": how often or how far, then the verb.
  // "the only carry…": the article a thing would take goes before a verb.
  const typed = impressed.text.replace(/^the\s+(?=(?:only|still|always|also|even)\s)/u, "");
  const [, adverb = "", verb] =
    /^((?:only|still|always|also|even)\s+)?(\p{Ll}+)/u.exec(typed) ?? [];
  const acts = typed.slice(adverb.length);
  if (
    impressed.frame === "about" &&
    verb &&
    isBareVerb(verb) &&
    // After "only" or "still", the word is a verb whatever follows it.
    (adverb !== "" || actsOnSomething(acts)) &&
    ["imperative", "verb-phrase"].includes(formOf(acts))
  ) {
    return { ...impressed, text: `you ${typed}`, frame: "that" };
  }
  if (impressed.frame !== "that" || !OPINION.test(impressed.text)) return impressed;
  return { ...impressed, text: ownSentences(impressed.text), frame: "own" };
}

/**
 * "promote from within", "train every new starter": a verb followed by what it acts on or how;
 * "peer support team" and "shop clean" are things named, whatever the tagger makes of them.
 */
function actsOnSomething(text: string): boolean {
  const next = wordsOf(text)[1];
  return (
    next === undefined ||
    ["Preposition", "Determiner", "Pronoun", "Adverb"].some((tag) => next.tags.has(tag))
  );
}

// "residents look after the raised beds" is a deed, not a view: "look after" is no "looks".
const OPINION =
  /\b(?:looks?|looked|seems?|seemed|feels?|felt|sounds?|sounded)\b(?!\s+(?:after|for|into|at|up|out|over|round|around|forward)\b)|\b(?:is|was|are|were) (?:so |really |very )?(?:great|lovely|amazing|brilliant|impressive|beautiful|stunning|fantastic|gorgeous|nice)\b/i;

/**
 * "for most of that time", "in my first month there": words that point back to another line of
 * the notes, which a sentence alone cannot. "there" points within the line when a place is named
 * before it ("at Tesco I ran the tills there").
 */
function leansBack(text: string): boolean {
  if (LEANS_BACK.test(text)) return true;
  const there = /\bthere\b(?!\s+(?:is|are|was|were|will|would|has|have|had)\b|['’]s)/iu.exec(text);
  return (
    there !== null && !/\b(?:at|in|with|for)\s+(?:the\s+)?\p{Lu}/u.test(text.slice(0, there.index))
  );
}

const LEANS_BACK =
  /\b(?:that time|those years|the same (?:time|place|firm|company)|since then|there too|before that|after that|before then)\b/i;

const CREDENTIAL =
  /^(?:Cert|Certificate|Diploma|Degree|BSc|BA|BEng|MEng|MSc|MA|MBA|PhD|NVQ|HND|HNC|Level \d|Licen[cs]e|CSCS|ACLS|BLS)\b/u;

function rotate<T>(items: T[], by: number): T[] {
  if (items.length < 2) return items;
  const shift = by % items.length;
  return [...items.slice(shift), ...items.slice(0, shift)];
}

/** The values every phrasing may use, by placeholder name. */
export function baseFills(facts: NoteFacts): Record<string, Fact | undefined> {
  return {
    name: facts.greetingName ?? undefined,
    company: facts.company,
    position: facts.position,
    day: facts.interviewDay,
    interviewKind: facts.interviewKind,
    candidate: facts.candidate,
    first: facts.candidateFirstName,
    decisionDate: facts.decisionDate ?? undefined,
  };
}

/**
 * The points a note to this reader may cite: their own first (one or two), else one discussed
 * with everyone. One or two specifics used well say more than four slotted ones.
 */
/**
 * A point that is bad news of theirs ("the van is being cut"). A fault set as a task the reader
 * gave the candidate ("practical on the t-bar cabinet, brake sensor signal missing") is none.
 */
export function isBadNews(point: Fact): boolean {
  return point.frame !== "thanks" && isHardNews(point.typed ?? point.text);
}

export function pointsFor(facts: NoteFacts): { main: Fact | null; second: Fact | null } {
  // A question the reader asked says little when named without its answer, and hard news is
  // not to be welcomed: both are cited last.
  // What they told the candidate ("the summer season is a new musical") only tells them back
  // their own news, unless the candidate's experience speaks to it: cited after a topic.
  const toldBack = (point: Fact) =>
    point.frame === "that" &&
    !facts.fit.some((fit) => sharedWords(point.typed ?? point.text, fit.typed ?? fit.text) > 0);
  // "I asked how the work is split -> by adviser", "asked if id synced… -> yes": a question and
  // the answer given in the room, which only tells the reader what they heard.
  const answerHeard = (point: Fact) =>
    /^(?:i\s+)?asked\b.*?\s(?:->|→|=>|[-–—])\s/i.test(point.typed ?? point.text);
  const rank = (point: Fact) =>
    Number(point.frame === "asked") +
    Number(isBadNews(point)) +
    Number(toldBack(point)) / 2 +
    Number(answerHeard(point));
  const points = [...facts.ownPoints].sort((a, b) => rank(a) - rank(b));
  const [own1, own2] = points;
  // What was discussed with everyone says more than a question named without its answer.
  const shared = facts.sharedPoints[0];
  if (own1?.frame === "asked" && shared) return { main: shared, second: own1 };
  if (own1) return { main: own1, second: own2 ?? null };
  return { main: shared ?? null, second: null };
}

/** Every piece of text a record holds, at any depth. */
export function textsIn(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(textsIn);
  if (value && typeof value === "object") return Object.values(value).flatMap(textsIn);
  return [];
}
