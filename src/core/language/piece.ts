import { phraseInSentence } from "../compose/grammar/noun-phrase.js";
import { withDeterminer } from "../compose/grammar/determiner.js";
import { joinList } from "../compose/grammar/list-join.js";
import { ownSentences } from "../compose/grammar/own-sentence.js";
import { withSubjectArticle } from "./clause-subject.js";
import { formOf, isNominal, type Form } from "./form.js";
import { asGerund, baseForm, firstVerbAsGerund, isCommonWord, wordsOf } from "./nlp.js";
import { isLanguage, writtenOut } from "./shorthand.js";
import { indirectQuestion } from "./indirect-question.js";
import { heardByMe, speakTo, type ReaderReference } from "./to-reader.js";

/**
 * How a sentence of a message may hold a piece of the notes:
 * `about` after a preposition ("our talk about {x}"), `that` after "that" ("I was glad to hear
 * that {x}"), `own` as a sentence of its own ("{X}."), `quote` in quotation marks.
 */
export type Frame = "about" | "that" | "own" | "quote" | "asked" | "thanks";

export interface Piece {
  /** The text ready for its frame: lower-case inside a sentence, a whole sentence for `own`. */
  text: string;
  frame: Frame;
  form: Form;
  /**
   * What the reader asked ("how I would stop a retry storm", from "you asked how…") reads after
   * "your question about"; a sentence with no phrasing for that uses it as its own sentence.
   */
  ownText?: string;
}

/**
 * A piece of the notes read as language and made ready for a message: its form decides its
 * frame; what it says of the reader is said to them. With `gerund`, a to-do becomes an activity.
 */
export function readPiece(
  note: string,
  reader: ReaderReference | null = null,
  options: PieceOptions = {},
): Piece {
  // "still done by hand, adze and driver": how it is done is the point; the tools after it go.
  const done = DONE_HOW.exec(note.trim());
  const typed = done
    ? `everything is ${note
        .trim()
        .split(/,\s/u)[0]!
        .replace(/^all\s+/iu, "")}`
    : note;
  // "talked about direct access with her": the talk is the point, its topic what was discussed.
  const talk = TALKED_ABOUT.exec(typed.trim());
  // "that they still do chartership mentoring": what was heard, typed with its "that".
  const heard = /^that\s+(.+)$/isu.exec(typed.trim());
  if (!talk && heard && formOf(heard[1]!) === "clause")
    return readPiece(heard[1]!, reader, options);
  const piece = talk ? pieceRead(talk[1]!, reader, options) : pieceRead(typed, reader, options);
  if (piece.frame === "about" && /^\p{Ll}+ing\b/u.test(piece.text)) {
    return { ...piece, text: gerundsJoined(piece.text) };
  }
  return piece.form === "wh-phrase" ? { ...piece, text: withoutWhy(piece.text) } : piece;
}

/**
 * "whether I would stick around, last journeyman left after eight months": what was asked, without
 * the reason for asking typed after it, a clause of its own.
 */
function withoutWhy(question: string): string {
  const [asked, ...rest] = question.split(/,\s+/u);
  const after = rest.join(", ");
  return rest.length > 0 &&
    asked!.split(/\s+/u).length >= 3 &&
    !/^(?:and|or|but|so|because|since|if|when|which|who|that|then)\b/iu.test(after) &&
    formOf(after) === "clause"
    ? asked!
    : question;
}

const TALKED_ABOUT =
  /^(?:(?:we|I)\s+)?(?:talked|chatted|spoke)\s+(?:about|abt|re|on)\s+((?:the|a|an|his|her|their|your|my)\s+[^,.;]+?|[^,.;\s]+(?:\s+[^,.;\s]+){0,4})\s+(?:with|w\/?)\s+(?:her|him|them|you|\p{Lu}\p{L}+)$/iu;

/**
 * "still done by hand, adze and driver", "all made from scratch": how the work is done, typed
 * without what is done, is everything there.
 */
const DONE_HOW =
  /^((?:(?:still|all|always|mostly|entirely)\s+)*(?:done|made|built|sewn|stitched|baked|brewed|roasted|cooked|finished|carved|painted|assembled|milled)\s+(?:by|from|on|in)\s(?!(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|next|the\s+end|end|\d)))/iu;

interface PieceOptions {
  gerund?: boolean;
  /** The piece is from what was discussed on the day, where what was made was a task. */
  onTheDay?: boolean;
}

/**
 * "walking the floor for 20 minutes then tell them what I'd change": a doing, then another typed
 * bare, is two doings ("…then telling them what I'd change").
 */
function gerundsJoined(text: string): string {
  const words = wordsOf(text);
  return text.replace(
    /(\s(?:and|then|and then)\s|,\s+then\s)(\p{Ll}+)\b/gu,
    (all, join: string, verb: string) => {
      const tags = words.find((word) => word.normal === verb.toLowerCase())?.tags;
      return tags?.has("Infinitive") && !tags.has("Noun")
        ? `${join}${firstVerbAsGerund(verb)}`
        : all;
    },
  );
}

function pieceRead(note: string, reader: ReaderReference | null, options: PieceOptions): Piece {
  // "OT is out of control on this site he said, 30% of hours": who said it, told after it.
  // "working part, shadowed her…": the part of the day named as a heading, then what happened.
  const raw = note.replace(TOLD_AFTER, "").replace(PART_HEADING, "");
  const labelled = byItsLabel(typedOut(raw));
  if (labelled) return labelled;
  // "sim test on the 793 simulator, load haul + dump…", "Scan test on a volunteer: RUQ": a test
  // the candidate was given, named before what happened in it, whatever the words after it are.
  const named = typedOut(raw)
    .split(/[,:;(]|\s[-–—]\s|[.!?]\s/u)[0]!
    .trim()
    // "stage shift 6-9": the task, without its hours; "swim test 400m under 8 min", without its
    // measure.
    .replace(HOURS_AFTER, "")
    .replace(MEASURE_AFTER, "")
    // "demo teaching 20 mins w 14 kids": how long it ran, before whom, is left out.
    .replace(MEASURE_WITHIN, "");
  // "shop tour, 140 buses…": a tour given, however the tagger reads "shop".
  const bareNamed = named.replace(/^(?:a|the|your|their)\s+/iu, "");
  if (GIVEN_TRY.test(bareNamed) || GIVEN_TOUR.test(bareNamed)) {
    // "trade test on her receptionist", "demo lesson w her yr 8s": the reader's, said to them,
    // before "letting me" is put in front of it.
    const spoken = reader ? speakTo(named, reader) : named;
    return givenToTheCandidate(spoken) ?? givenToTheCandidate(named)!;
  }
  // "practical was a recorded GP consult": the task, then what it was; the task is thanked for.
  const task = /^(?:the\s+)?(\p{Ll}+(?:\s+\p{Ll}+)?)\s+(?:was|is)\s+an?\s/u.exec(bareNamed)?.[1];
  if (task && GIVEN_TRY.test(task)) return givenToTheCandidate(task)!;
  const made = options.onTheDay ? madeOnTheDay(named, raw) : null;
  if (made) return made;
  // "the written task they sent beforehand": set by the reader, thanked for as sent.
  const sent = SENT_TASK.exec(named);
  if (sent) {
    const verb = { sent: "sending", set: "setting", gave: "giving" }[sent[2]!.toLowerCase()]!;
    return {
      text: `${verb} me the ${sent[1]!.toLowerCase()}${sent[3] ?? ""}`,
      frame: "thanks",
      form: "verb-phrase",
    };
  }
  // "must drive the bakkie": what the job asks of whoever gets it, the candidate.
  const must = /^must\s+(\p{Ll}[^,;.]*)/u.exec(named);
  if (must) {
    // "…, i have code 08": the candidate's answer to it, said beside it.
    const met = /^must\s[^,;.]*[,;]\s*i\s+(?:have|hold|['’]ve got|have got)\s+([^,;.]+)$/iu.exec(
      typedOut(raw).trim(),
    );
    const answer = met ? `, and I have ${met[1]!.trim()}` : "";
    // "must have own tools": the candidate's own.
    const need = must[1]!.trim().replace(/^(have|bring|use|supply)\s+own\b/u, "$1 my own");
    return { text: `I would need to ${need}${answer}`, frame: "that", form: "clause" };
  }
  // "ukulele?": a word wondered about in the notes, which no sentence can hold.
  if (/\?["'”’)]*$/.test(raw.trim()) && !/[.!?]\s/.test(raw) && formOf(raw) !== "question") {
    return { text: raw.trim(), frame: "own", form: "sentence" };
  }
  // "new aged care standards? audit next yr": a topic wondered about, then a note on it.
  const wondered = /^([^?]+)\?+\s+\S/u.exec(raw.trim());
  if (wondered && formOf(`${wondered[1]!}?`) !== "question") {
    return readPiece(
      `${wondered[1]!}. ${raw.trim().slice(wondered[0].length - 1)}`,
      reader,
      options,
    );
  }
  // "wants someone to teach colour to her 2 apprentices": the reader is who wants.
  // "take 2 apprentices a yr from the college": the firm is who takes them.
  const subjectless =
    reader?.singular && LOST_SUBJECT.test(raw.trim())
      ? `she ${raw.trim()}`
      : (reader?.plural || reader?.group) && FIRM_DOES.test(raw.trim())
        ? `they ${raw.trim().charAt(0).toLowerCase()}${raw.trim().slice(1)}`
        : raw;
  // "i'd" and "i" typed in a hurry are "I'd" and "I".
  const typed = typedOut(subjectless)
    .replace(
      OWNED_GAP,
      (_, not: string, done: string) => `I have ${not.toLowerCase()} ${done.toLowerCase()} `,
    )
    // "not much crane work": "I have not had much crane work".
    .replace(/^not\s+(much|many|a lot of)\s/iu, (_, much: string) => `I have not had ${much} `);
  const whole = formOf(withoutOwnComment(typed));
  const asTyped = isNominal(whole) || whole === "question" ? withoutOwnComment(typed) : typed;
  // "(rambled a bit on this one)": an aside in brackets is the candidate's note to self.
  let tidy =
    whole === "question"
      ? asTyped.replace(/\s*\([^()]*\)/g, "")
      : whole === "first-person"
        ? asTyped
        : withSubject(headOf(asTyped));
  let form = tidy === typed ? whole : formOf(tidy);
  if (form === "clause") {
    tidy = clauseHead(tidy);
    form = formOf(tidy);
  }
  // "asked if I'm certified", in what the reader discussed: the reader asked, not the candidate.
  // "said my answer was solid…" too: what they said.
  const reported =
    reader?.singular && /^(?:asked|said|mentioned|explained|told me)\s/i.test(tidy)
      ? `you ${tidy}`
      : tidy;
  const said = reader ? speakTo(reported, reader) : tidy;
  if (reported !== tidy) return toTheReader(said, "clause");
  // "she observed my lesson": what the reader did for the candidate, thanked for.
  const watched =
    /^you\s+((?:observed|watched|reviewed|marked|assessed|critiqued)\s+my\s+[^,;.]+)$/iu.exec(said);
  if (watched) {
    return {
      text: asGerund(watched[1]!),
      frame: "thanks",
      form: "verb-phrase",
      ownText: ownSentences(said),
    };
  }
  // "my approach to scheduling, she asked how far out I post": what they asked is the point.
  const asked =
    /^.+?,\s+you\s+asked\s+(?:me\s+)?((?:how|what|whether|if|why|when|where|which|who)\b.+)$/iu.exec(
      said,
    );
  if (asked) return toTheReader(`you asked ${asked[1]}`, "clause");
  // "shadowed her thru 2 dentals": the reader let the candidate work beside them.
  const beside = SHADOWED.exec(phraseInSentence(said).split(/,\s|[.;]\s/u)[0]!);
  if (form === "verb-phrase" && beside) {
    return {
      text: `letting me ${baseForm(beside[1]!)} you${beside[2]}`,
      frame: "thanks",
      form,
    };
  }
  // "walk thru all the growing rooms": a walk-through typed as a verb, given by the reader.
  const walkThrough = form === "imperative" && /^walk\s+(?:through|thru)\s/iu.test(said);
  const thanked = form === "verb-phrase" || walkThrough ? forWhatTheyDid(said) : null;
  if (thanked) return thanked;
  // "walked the parlour w him, 20 unit herringbone": a round the reader made with the candidate,
  // thanked for without the notes after it.
  const alongside = phraseInSentence(said).split(/,\s|[.;]\s/u)[0]!;
  if (form === "verb-phrase" && TOGETHER.test(alongside)) {
    return {
      text: firstVerbAsGerund(alongside.replace(/\bwith you\b/u, "with me")),
      frame: "thanks",
      form,
    };
  }
  // "had me diag a no start…": something done for the candidate that no sentence can say.
  if (form === "verb-phrase" && /^\p{L}+\s+(?:me|us)\b/iu.test(said)) {
    return { text: ownSentences(said), frame: "own", form: "sentence" };
  }
  switch (form) {
    case "question": {
      // "What would I do if a resident wanted to wean faster?": a question put to the candidate.
      const put = indirectQuestion(said);
      if (put && (/\bI\b/.test(put) || /^\p{L}+ to\s/u.test(put) || /^whether\s/u.test(put))) {
        return { text: put, frame: "asked", form: "wh-phrase" };
      }
      return {
        text: `"${ownSentences(said.replace(/^["“]|["”]$/g, "").replace(/[.!?]*$/, "?"))}"`,
        frame: "quote",
        form,
      };
    }
    case "first-person":
    case "sentence": {
      // "8 part doc series for a streamer, Avid on a Nexis, 1500+ hrs…": a thing named, then notes
      // on it; the thing is what was talked about.
      const head = form === "sentence" ? said.split(/,\s/)[0]! : said;
      if (
        head !== said &&
        formOf(head) === "noun-phrase" &&
        head.split(/\s+/).length >= 3 &&
        !/\b(?:I|you|she|he|they|we|my|your|her|his|their|our)\b/i.test(head)
      ) {
        return { text: withoutSplice(phraseInSentence(head)), frame: "about", form: "noun-phrase" };
      }
      const joined = joinedSplice(said);
      // "I built a dictionary, took a class": the second deed, typed without its "I", joined.
      const text = /^I\b/.test(joined)
        ? withSubjectRestored(withResult(withDeedsJoined(joined)))
        : joined;
      return { text: ownSentences(text), frame: "own", form };
    }
    case "verb-phrase":
      // "taught her a 20 min flow as the audition, she joined in": what the candidate did with the
      // reader, which telling them of would only repeat, is what they enjoyed.
      // "spent the morning in the van with him on his round": time the reader gave, thanked for.
      if (SPENT_WITH_THE_READER.test(said)) {
        const spent = withoutSplice(phraseInSentence(said)).split(/,\s/)[0]!;
        return {
          text: `letting me ${spent.replace(/^spent\b/i, "spend")}`,
          frame: "thanks",
          form,
        };
      }
      if (WITH_THE_READER.test(said)) {
        return {
          text: ownSentences(
            `I enjoyed ${firstVerbAsGerund(withoutSplice(phraseInSentence(said)))}`,
          ),
          frame: "own",
          form,
        };
      }
      // "switched to structured literacy this yr": a change the workplace made, told by the
      // reader, never a deed of the candidate's.
      if (THEIR_CHANGE.test(said)) {
        return {
          text: `you ${lowerOpening(withoutSplice(phraseInSentence(said)).split(/,\s/)[0]!)}`,
          frame: "that",
          form: "clause",
        };
      }
      // "written task sent tues, …": a participle that is no past tense takes no "I"; words no
      // frame can hold are left out rather than risked.
      if (NOT_A_DEED.has(said.split(/\s+/u)[0]!.toLowerCase())) {
        return { text: said, frame: "own", form: "sentence" };
      }
      return {
        text: ownSentences(
          withSubjectRestored(joinedSplice(`I ${lowerOpening(phraseInSentence(said))}`)),
        ),
        frame: "own",
        form,
      };
    case "wh-phrase":
      // "how I would handle two patients deteriorating": a question put to the candidate.
      // "which stone I've worked most", "whether I have used Concur": about the candidate too.
      if (
        /^(?:how|what|why|whether|if|which|when|where)\b(?:\s+\S+){0,4}?\s+I(?:\s|['’])/iu.test(
          said,
        )
      ) {
        return {
          // "your question on if I'm OK with heights": asked about, it is "whether".
          text: withoutSplice(phraseInSentence(said))
            .replace(/\bI['’]d\b/, "I would")
            .replace(/^if\b/iu, "whether"),
          frame: "asked",
          form,
        };
      }
      {
        // "what media for listeria in food samples": a question typed without its verb is asked
        // about the thing it names.
        const phrase = phraseInSentence(said);
        const thing = /^(?:what|which)\s+(.+)$/iu.exec(phrase)?.[1];
        const verbNext = wordsOf(phrase)[1]?.tags.has("Verb") ?? true;
        // "what to do when the pump alarms" asks what to do.
        // "what annex III of the MDR covers": a clause after "what", its verb last, is asked whole.
        const verbLast =
          /\s(?:covers|means|includes|involves|requires|does|says|needs|contains|entails|shows|costs|takes|allows|covers off)$/u.test(
            thing ?? "",
          );
        if (
          thing &&
          !verbNext &&
          !verbLast &&
          !/^to\s/iu.test(thing) &&
          formOf(thing) === "noun-phrase"
        ) {
          return { text: withoutSplice(thing), frame: "about", form: "noun-phrase" };
        }
      }
      return { text: withoutSplice(phraseInSentence(said)), frame: "about", form };
    case "clause": {
      if (/^you\b/i.test(said)) return toTheReader(said, form);
      // "the SuDS scheme, you said it's your biggest job": the clause is an aside to a phrase,
      // and the phrase is what was talked about.
      const aside = /^(.+?)(?:,|\s[-–—])\s+(?:you|she|he|they|we)(?:\s|['’])/u.exec(said);
      // "flu and covid shot clinics, you said Saturdays are busiest": what was said about a topic
      // names the topic, however the tagger reads it.
      const toldAbout =
        aside !== null &&
        /^(?:,|\s[-–—])\s+(?:you|she|he|they)\s+(?:said|mentioned|told|explained)\b/u.test(
          said.slice(aside[1]!.length),
        ) &&
        !/^(?:I|you|she|he|they|we|it)\b/iu.test(aside[1]!) &&
        // "site gets swept every day, he said…": a clause of its own is what was said.
        !/\s(?:gets|get|is|are|was|were|has|does)\s/u.test(aside[1]!) &&
        !wordsOf(aside[1]!).some(
          (word, i) =>
            i > 0 &&
            word.tags.has("PresentTense") &&
            !word.tags.has("Noun") &&
            !word.tags.has("Plural") &&
            /[^s]s$/u.test(word.normal),
        );
      if (aside && (toldAbout || isNominal(formOf(aside[1]!)))) {
        const form = toldAbout ? "noun-phrase" : formOf(aside[1]!);
        return { text: phraseInSentence(aside[1]!), frame: "about", form };
      }
      // "free bus fund for schools so cost is never the reason": heard with "that", the first
      // part must be a clause itself; a phrase is talked about, and words neither can hold go.
      const first = firstConjunct(said);
      if (first !== said && formOf(first) !== "clause") {
        return isNominal(formOf(first))
          ? { text: phraseInSentence(first), frame: "about", form: formOf(first) }
          : { text: ownSentences(said), frame: "own", form: "sentence" };
      }
      // "living wage for everyone + cafe tips split w/ the bakers": a whole phrase, then a
      // clause after "and", is no one clause; the phrase is said, the rest left.
      const phraseFirst =
        /^(\S+(?:\s\S+)*?\s(?:for|of|with|in|on|at|from)\s\S+(?:\s\S+)?)\sand\s(.+)$/u.exec(said);
      if (
        phraseFirst &&
        isNominal(formOf(phraseFirst[1]!)) &&
        formOf(phraseFirst[2]!) === "clause"
      ) {
        return {
          text: withDeterminer(phraseInSentence(phraseFirst[1]!)),
          frame: "about",
          form: formOf(phraseFirst[1]!),
        };
      }
      return {
        text: withSubjectArticle(
          lowerOpening(withoutSplice(phraseInSentence(beforeAnotherPerson(said)))),
        ),
        frame: "that",
        form,
      };
    }
    case "imperative":
      // "ride along on the route": something the reader gave, not a to-do.
      if (RIDE_ALONG.test(said)) return givenToTheCandidate(phraseInSentence(said))!;
      // A topic typed as a to-do ("ask about the budget") is talked about as an activity; a
      // concern or question is kept in its words, which the candidate will recognise.
      // "play based": a word that describes ("play-based") with nothing it describes; no to-do to
      // make an activity of, and no frame may hold it.
      if (
        /^\p{L}+\s+(?:based|led|driven|focused|centred|centered|oriented|friendly)\b/iu.test(said)
      ) {
        return { text: said, frame: "own", form: "sentence" };
      }
      {
        const named = nounsInARow(said.split(/,\s/u)[0]!);
        return {
          text: withoutSplice(
            phraseInSentence(options.gerund && !named ? asGerund(lowerOpening(said)) : said),
          ),
          frame: "about",
          form: named ? "noun-phrase" : form,
        };
      }
    default: {
      const topic = withoutSplice(phraseInSentence(said));
      return givenToTheCandidate(topic) ?? { text: topic, frame: "about", form };
    }
  }
}

/**
 * "stroke unit visual screening service", "stock count cut-off": nouns in a row name a thing,
 * whatever the tagger made of the first word; "build rapport with parents" is a doing.
 */
export function nounsInARow(text: string): boolean {
  const words = wordsOf(text);
  return (
    words.length >= 3 &&
    words[1]!.tags.has("Noun") &&
    words.every(
      (word, i) =>
        (i === 0 ||
          word.tags.has("Noun") ||
          word.tags.has("Adjective") ||
          word.tags.has("Hyphenated")) &&
        !word.tags.has("Pronoun") &&
        !word.tags.has("Determiner") &&
        !word.tags.has("Preposition"),
    )
  );
}

/** "the written task they sent beforehand": a task the reader set, and when. */
const SENT_TASK =
  /^(?:the\s+|a\s+)?((?:[\p{L}-]+\s+){0,3}(?:task|test|exercise|case study|brief|assignment|assessment))\s+(?:that\s+)?(?:they|you|she|he)\s+(sent|set|gave)(?:\s+me)?(\s+(?:beforehand|in advance|ahead|last week))?$/iu;

/** "6-9", "10am-2pm": the hours typed after a task. */
const HOURS_AFTER =
  /\s+\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)?\s*[-–]\s*\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)?$/iu;

const MEASURE_AFTER =
  /\s+\d[\d.,]*\s*(?:m|km|kg|mm|cm|ft|lbs?|mins?|minutes|hrs?|hours|secs?|seconds|laps)\b(?:\s+(?:under|over|in|within)\b.*)?$/iu;

const MEASURE_WITHIN =
  /\s+\d+[\s-]*(?:mins?|minutes|hrs?|hours)(?=\s+(?:with|for|in front of)\s)/iu;

/** "…on this site he said", "…she reckons,": the teller, after what they said. */
const TOLD_AFTER =
  /(?<=\p{L})\s+(?:he|she|they)\s+(?:said|says|reckons|reckoned|thinks|thought|mentioned)(?=\s*(?:[,;.]|$))/u;

/**
 * "tour of the memory support wing", "throwing test": something the reader gave the candidate,
 * which a note thanks them for rather than recalls hearing about.
 */
function givenToTheCandidate(topic: string): Piece | null {
  // "tour of the wing, 22 residents": what it was, without the notes taken on it. "the live
  // exercise on their lab app": what the reader gave is their firm's, said to them as "your".
  const bare = lowerOpening(
    topic.replace(/^(?:a|the|your|their)\s+/iu, "").split(/,\s/)[0]!,
  ).replace(/\b(on|in|at|with|of)\s+their\b/giu, "$1 your");
  // Said as what they did, as every phrasing for thanks reads it: "you giving me the tour…".
  const ride = RIDE_ALONG.exec(bare);
  // "ride along w her next wk if i get hired": offered, not yet given.
  if (ride && OFFERED.test(ride[1]!)) {
    return { text: "offering me a ride-along", frame: "thanks", form: "verb-phrase" };
  }
  if (ride)
    return { text: `letting me ride along${ride[1]}`, frame: "thanks", form: "verb-phrase" };
  if (GIVEN_TOUR.test(bare)) {
    return { text: `giving me the ${bare}`, frame: "thanks", form: "verb-phrase" };
  }
  if (GIVEN_TRY.test(bare)) {
    // A trial is done, not tried: "letting me do the trial".
    const verb = DONE_NOT_TRIED.test(bare) ? "do" : "try";
    return { text: `letting me ${verb} the ${bare}`, frame: "thanks", form: "verb-phrase" };
  }
  return null;
}

/**
 * "made a hand tied bouquet in 20 min from thier buckets. she said…": something the candidate
 * made on the day, timed or judged by the reader, is a task the reader let them do: "letting me
 * make a hand tied bouquet in 20 minutes from your buckets".
 */
function madeOnTheDay(named: string, note: string): Piece | null {
  const made = MADE.exec(named);
  if (!made) return null;
  const [, verb, rest] = made as unknown as [string, string, string];
  const timed =
    /\bin\s+(?:\d+|an?|one|two|three|four|five|ten|twenty|thirty)\s+(?:min(?:ute)?s?|hours?|hrs?)\b/iu;
  const judged = /\b(?:she|he|they)\s+(?:said|says|liked|thought|reckoned)\b/iu;
  if (!timed.test(named) && !judged.test(note)) return null;
  const bare = MADE_BARE[verb.toLowerCase()]!;
  return {
    text: `letting me ${bare} ${rest.replace(/\b(on|in|at|with|of|from)\s+their\b/giu, "$1 your")}`,
    frame: "thanks",
    form: "verb-phrase",
  };
}

const MADE_BARE: Readonly<Record<string, string>> = {
  made: "make",
  built: "build",
  baked: "bake",
  cooked: "cook",
  plated: "plate",
  wired: "wire",
  laid: "lay",
  tiled: "tile",
  styled: "style",
  arranged: "arrange",
  sketched: "sketch",
  welded: "weld",
};

const MADE = new RegExp(
  `^(${Object.keys(MADE_BARE).join("|")})\\s+((?:a|an|the|two|three|four|\\d+)\\s+.+)$`,
  "iu",
);

/** "trial shift on the sourdough line", "cook-off", "demo lesson": done, not tried. */
const DONE_NOT_TRIED =
  /^(?:[\p{L}-]+\s+){0,4}?(?:trial(?:\s+(?:shift|day|service|run))?|cook-off|bake-off|stage(?:\s+shift)?|(?:demo|sample|model|mock)\s+(?:lesson|teaching|class)|teaching\s+demo|working\s+interview|case\s+study|live\s+coding|pair\s+programming)(?:\s+(?:in|at|on|with|using|before|after|during|for)\b.*)?$/iu;

/**
 * "reach truck test in aisle 9", "the cook-off": a task the reader set the candidate, named
 * alone.
 */
export function isTaskSet(topic: string): boolean {
  return GIVEN_TRY.test(lowerOpening(topic.trim().replace(/^(?:a|the|your|their)\s+/iu, "")));
}

/** What makes a ride-along one still to come: a time ahead or a condition. */
const OFFERED = /\b(?:next|tomorrow|if|once|when|after I)\b/iu;

/** "ride along on the route": a ride-along, with where it went after it. */
const RIDE_ALONG = /^ride[- ]?along\b(.*)$/iu;

const GIVEN_TOUR =
  /^(?:(?:quick|short|full|guided|site|shop|kitchen|lab|ward|yard)\s+)?(?:tour|walk-?through|walk round|look round|look around)\b/iu;

/** A practical test named alone ("throwing test", "paint test"), not "the test results". */
const GIVEN_TRY =
  /^(?:(?!(?:of|the|a|an|for|to|from|my|your|our)\s)[\p{L}-]+\s+){0,4}(?:test|exercise|task|(?:mock|simulated)\s+[\p{L}-]+|trial(?:\s+(?:shift|day|service|run))?|assessment|challenge|eval|evaluation|drill|role[- ]?play(?:\s+(?:viewing|call|interview|meeting|consultation))?|practical|cook-off|bake-off|stage(?:\s+shift)?|(?:demo|sample|model|mock)\s+(?:lesson|teaching|class)|teaching\s+demo|working\s+interview|case\s+study|live\s+coding|pair\s+programming)(?:\s+(?:in|at|on|with|using|before|after|during|for|off|from)\s+(?:[\p{L}\p{N}-]+\s+){0,9}[\p{L}\p{N}-]+)?$/iu;

/**
 * A piece whose own words say what it is: a scenario, a label before a colon, a question named as
 * the reader's, or the example the candidate gave. Null for anything else.
 */
function byItsLabel(written: string): Piece | null {
  // "scenario q - library PC won't print. walked him through it": a test, not news of theirs.
  const scenario = scenarioPut(written);
  if (scenario) return { text: scenario, frame: "about", form: "noun-phrase" };
  // "gary: 'ill give you a bell friday'": a speaker, then their words; the words are a quote.
  const label = LABELLED.exec(written);
  if (label && /^["'“‘]/u.test(label[2]!)) {
    return { text: label[2]!.replace(/^["'“‘]|["'”’]$/gu, ""), frame: "quote", form: "sentence" };
  }
  // "bench test: jointed + glued a spruce top": a label, then what happened under it.
  // "Case: 8-year-old, -2.50 D…": a label that names only the kind of task is "the case", which
  // says nothing as a topic; the reader is thanked for going through it with the candidate.
  // "case, pt on warfarin asks for ibuprofen…": the label typed with a comma.
  const kind =
    (label && /^(?:case|scenario|task|exercise|test|role\s?play|problem)$/iu.test(label[1]!.trim())
      ? label[1]
      : null) ?? /^(case|scenario|role\s?play)\s*,\s+\S/iu.exec(written)?.[1];
  if (kind) {
    const task = `the ${kind.trim().toLowerCase()}`;
    return {
      text: `working through ${task} with me`,
      frame: "thanks",
      form: "verb-phrase",
      ownText: ownSentences(`You worked through ${task} with me`),
    };
  }
  if (
    label &&
    isNominal(formOf(label[1]!)) &&
    !/\b(?:question|feedback|notes?)$/i.test(label[1]!)
  ) {
    const topic = phraseInSentence(label[1]!);
    return givenToTheCandidate(topic) ?? { text: topic, frame: "about", form: "noun-phrase" };
  }
  // "his question: how would I appraise 40 yrs of email": the question put to the candidate.
  const put = QUESTION_NAMED.exec(written);
  const question =
    put &&
    (indirectQuestion(put[1]!) ??
      (formOf(put[1]!) === "wh-phrase" ? put[1]!.replace(/\bI['’]d\b/, "I would") : null));
  if (question) return { text: question, frame: "asked", form: "wh-phrase" };
  // "she asked for an example - I used the stairlift case": the candidate's example is the topic.
  const example = EXAMPLE_GIVEN.exec(written);
  if (example) return { text: example[1]!, frame: "about", form: "noun-phrase" };
  return null;
}

/** A deed of the candidate's with the reader: "taught you…", "walked you through…". */
const WITH_THE_READER =
  /^(?:taught|showed|walked|talked|told|asked|took|played|coached|interviewed|tested|cooked for|sang for|read to)\s+you\b/iu;

/** "walked the grounds with you", "toured the plant with you": a round made with the reader. */
const TOGETHER =
  /^(?:walked|toured|went round|went around|looked round|looked around|went through|drove)\s+(?:round\s+|around\s+|through\s+)?(?:the|your)\s+[^,]{2,40}?\s+with you(?:\s+(?:in|on)\s+(?:the|your)\s+\p{L}+)?$/iu;

/** "shadowed you through two dentals": work the candidate did beside the reader. */
const SHADOWED = /^(shadowed|followed|assisted)\s+you\b([^,;]*)$/iu;

/** "working part, …", "practical part: …": a part of the interview named as a heading. */
const PART_HEADING = /^(?:the\s+)?\p{Ll}+\s+(?:part|portion|section|half)\s*(?:,|:|\s[-–—])\s+/u;

/** "spent the morning in the van with you": time spent alongside the reader. */
const SPENT_WITH_THE_READER = /^spent\s+(?:the|an?|half|two|three)\b[^,]*\bwith you\b/iu;

/** A verb of the reader's that opens a point typed without its subject. */
const LOST_SUBJECT =
  /^(?:wants\s+\p{Ll}+s\b|(?:wants|needs|runs|manages|leads|likes|loves|expects|prefers|hopes|plans|thinks|reckons|takes|hires|trains|offers|pays|employs|does)\s+(?:someone|somebody|people|everyone|a|an|the|their|his|her|more|less|to|mostly|mainly|all|most|only|\d)\b)/u;

/** A deed of the firm typed without "they": "take 2 apprentices a yr", "pay crew on time". */
const FIRM_DOES =
  /^(?:take|train|hire|employ|offer|pay|rotate|sponsor|fund|mentor|promote|recruit|host|run)\s+(?:someone|people|everyone|all|every|each|new|their|staff|crew|apprentices|graduates|grads|trainees|visas|\d+)\b(?!.*\b(?:my|myself|me|I|i)\b)/iu;

/**
 * "situational - a senior member on my crew is doing something unsafe, what do I do": the
 * scenario where a senior member on my crew is doing something unsafe. Null unless what follows
 * the label is a clause.
 */
function scenarioPut(text: string): string | null {
  const put = SCENARIO.exec(text);
  if (!put) return null;
  const clause = put[1]!
    .split(/[.;!?]\s|\s[-–—]\s|\s*->\s*/u)[0]!
    .replace(/,\s*(?:what|how)\s+(?:do|would|should|did)\s+I\b.*$/iu, "")
    .trim();
  if (formOf(clause) !== "clause") return null;
  return `the scenario where ${lowerOpening(clause)}`;
}

const SCENARIO =
  /^(?:scenario|situational|hypothetical|role[- ]?play)(?:\s+q(?:uestion)?)?\s*(?:[-–—:]|was)\s*(.+)$/iu;

/** A short label before a colon: "bench test: …", "trial shift: …". */
const LABELLED = /^((?:[\p{L}][\p{L}'’-]*\s+){0,5}[\p{L}][\p{L}'’-]*)\s*:\s+(\S.*)$/u;

/** "his question: how would I…", "the question was what I'd do if…". */
const QUESTION_NAMED =
  /^(?:(?:his|her|their|your|the|one|a)\s+)?(?:big\s+|main\s+|last\s+|first\s+)?question\s*(?::|-|–|—|was)\s*(.+)$/iu;

/** Notes as a letter writes them: "i'd" and "i" typed in a hurry are "I'd" and "I", shorthand written out. */
export function typedOut(raw: string): string {
  return withSubjectRestored(writtenOut(withCapitalI(raw.replace(/\s+/g, " ").trim())));
}

/** "since i was 8", "i'd": the hurried lower-case "i" is "I". */
export function withCapitalI(text: string): string {
  return text.replace(/(?<![\p{L}'’])i(?=$|[\s,.;:!?]|['’](?:d|m|ve|ll)\b)/gu, "I");
}

/**
 * "I grew up on a dairy farm, comfortable with big dogs", "I've done the course, just need a
 * placement to finish it": what the candidate typed after a comma without its "I" gets it back.
 */
export function withSubjectRestored(text: string): string {
  if (!/^I\b/.test(text)) return text;
  return (
    text
      .replace(
        /, ((?:really |very |quite |pretty )?(?:comfortable|confident|familiar|used|happy|good|great|fine|at home|calm|fluent)\s+(?:with|to|around|in|on|at|under)\b)/gu,
        ", so I'm $1",
      )
      .replace(
        /, ((?:just |only |still )?(?:need|needs|have|want|hope|plan)\s+(?:to\s+)?\p{L})/gu,
        ", and I $1",
      )
      // "I grew up riding the Rock Island line, know the South Side stations": what they know.
      .replace(
        /, ((?:know|speak|love|enjoy|understand)\s+(?:the|my|a|an|all|most|how)\b)/gu,
        ", and I $1",
      )
      .replace(/, and I needs\b/g, ", and I need")
  );
}

const EXAMPLE_GIVEN =
  /^(?:\p{L}+\s+)?asked\s+(?:me\s+)?(?:for\s+)?(?:an?\s+)?(?:example|case|time)\b[^-–—]*\s[-–—]\s+I\s+(?:used|gave|picked|chose|went with|talked about|talked through|described)\s+((?:the|my|our)\s+[^,.;]+?)\.?$/iu;

/**
 * "all trucks serviced in their own workshop": a report typed without its "are" gets it back,
 * when a plural noun is followed by a past participle and then a preposition, not an object.
 */
/** Things people did, never states they are in: "resigned", "left", "quit". */
const INTRANSITIVE_DEEDS =
  /^(?:resigned|retired|quit|left|moved|arrived|joined|walked|started|stopped|happened)$/;

export function withAuxiliaryRestored(text: string): string {
  const words = wordsOf(text);
  const at = words.findIndex((word) => word.tags.has("Verb"));
  const [before, verb, after] = [words[at - 1], words[at], words[at + 1]];
  if (at < 1 || !before || !verb || !after) return text;
  const participle = /ed$/.test(verb.normal) && verb.tags.has("PastTense");
  // "every ute stocked the same": one of many, singular.
  const each = /^(?:every|each)$/i.test(words[at - 2]?.normal ?? "") && before.tags.has("Noun");
  // "ropes replaced every 12 months": how often, and no object.
  const objectless =
    after.tags.has("Preposition") ||
    (after.normal === "the" && words[at + 2]?.normal === "same") ||
    /^(?:every|each|weekly|daily|monthly|yearly|annually|twice|once|regularly)$/.test(after.normal);
  if (!participle || !objectless || !(before.tags.has("Plural") || each)) return text;
  // "four nurses resigned since July": a past deed, not a state; "since" takes "have".
  if (/^(?:since|ago|last|over)$/.test(after.normal) || INTRANSITIVE_DEEDS.test(verb.normal)) {
    return text;
  }
  if (words.slice(0, at).some((word) => word.tags.has("Pronoun"))) return text;
  const spot = new RegExp(`\\b${verb.text}\\b`).exec(text);
  const be = each ? "is" : "are";
  return spot ? `${text.slice(0, spot.index)}${be} ${text.slice(spot.index)}` : text;
}

/**
 * "site clean + walkways marked", "the kitchen spotless and every station labelled": states typed
 * without their "is", each a thing and how it is, said with it: "the site is clean and walkways
 * are marked". Anything else is left as typed.
 */
export function withStatesRestored(typed: string): string {
  // "the nothing wasted", a "the" put before a phrase it never belonged to.
  const text = typed.replace(
    /^the\s+(?=(?:nothing|everything|something|anything|everyone|everybody|nobody|none|all)\s)/u,
    "",
  );
  // "applicator exam booked for feb 2027": a thing arranged for a time, typed without its "is".
  const arranged =
    /^((?:(?:my|the|our|an?)\s+)?(?:\p{L}+\s+){0,3}?\p{L}+)\s+(booked|scheduled|planned|arranged|confirmed|due)\s+(?=(?:for|on|in|next|this)\b)/u.exec(
      text,
    );
  // "the targets they set for q3", "my manager booked for me": who did it, not a thing arranged.
  const subject = arranged?.[1] ?? "";
  const doer = wordsOf(subject).some(
    (word) => word.tags.has("Pronoun") || word.tags.has("Actor") || word.tags.has("Person"),
  );
  if (arranged && !doer && isNominal(formOf(subject))) {
    const verb = /[^s]s$/u.test(arranged[1]!) ? "are" : "is";
    return `${arranged[1]} ${verb} ${text.slice(arranged[1]!.length + 1)}`;
  }
  // "lift pass and ski hire included": two things in one state.
  const both =
    /^((?:[\p{L}\p{N}]+\s+){0,3}\p{L}+\s+and\s+(?:[\p{L}\p{N}]+\s+){0,3}?(?!still\b)\p{L}+)\s+((?:still\s+)?(?:included|provided|supplied|covered|paid|funded|subsidi[sz]ed|free|in use|in service|in house|on site))$/u.exec(
      text,
    );
  // "lift pass" reads as an order to the tagger; with "and" and a state after, it is a thing.
  if (both && (isNominal(formOf(both[1]!)) || formOf(both[1]!) === "imperative"))
    return `${both[1]} are ${both[2]}`;
  // "shop clean and organized": one thing in two states.
  const pair = /^(.+?)\s+(\p{Ll}+)\s+and\s+(\p{Ll}+)$/u.exec(text);
  if (pair) {
    const isState = (word: string) => {
      const tags = wordsOf(word)[0]?.tags;
      return (
        tags !== undefined &&
        ((tags.has("Adjective") && !tags.has("Noun")) ||
          (tags.has("PastTense") && /ed$/u.test(word)))
      );
    };
    const restored = withStatesRestored(`${pair[1]} ${pair[2]}`);
    if (restored !== `${pair[1]} ${pair[2]}` && isState(pair[3]!))
      return `${restored} and ${pair[3]}`;
  }
  const parts = text.split(/\s+and\s+/u);
  if (parts.length > 2) return typed;
  const said = parts.map((part) => {
    const words = wordsOf(part);
    const last = words.at(-1);
    const head = words.at(-2);
    if (!last || !head || words.length > 5) return null;
    const state =
      (last.tags.has("Adjective") && !last.tags.has("Noun")) ||
      (last.tags.has("PastTense") && /ed$/u.test(last.normal));
    // "shop clean", "staff friendly": a lone word the tagger reads as an order ("shop!") is
    // the thing, unless it is a verb that takes a state ("keep clean").
    // "GOTS certified": a standard held, never "the GOTS is certified".
    if (/^\p{Lu}{2,}$/u.test(head.text)) return null;
    const lone =
      words.length === 2 &&
      !LINKING.has(head.normal) &&
      wordsOf(`the ${head.text}`)[1]?.tags.has("Noun") === true;
    const thing =
      lone ||
      words
        .slice(0, -1)
        .every((w, i) => w.tags.has("Noun") || (i === 0 && w.tags.has("Determiner")));
    if (!state || !thing || !(lone || head.tags.has("Noun")) || head.tags.has("Pronoun")) {
      return null;
    }
    const be = head.tags.has("Plural") || (lone && /[^s]s$/u.test(head.normal)) ? "are" : "is";
    // "site clean": a single thing named bare is "the site".
    // "nothing wasted": "nothing is wasted", never "the nothing".
    const bare =
      !words[0]!.tags.has("Determiner") &&
      !/^(?:nothing|everything|something|anything|everyone|everybody|nobody|none|all)$/u.test(
        words[0]!.normal,
      ) &&
      (lone ? !/[^s]s$/u.test(head.normal) : words[0]!.tags.has("Singular"));
    return `${bare ? "the " : ""}${part.replace(new RegExp(`\\s+${last.text}$`, "u"), ` ${be} ${last.text}`)}`;
  });
  return said.every((part) => part !== null) ? said.join(" and ") : typed;
}

/** Verbs that take a state after them: "keep clean" is an order, never "the keep is clean". */
const LINKING = new Set(
  "keep stay get go look feel seem make turn remain become sound smell taste grow come run play break set hold leave wipe paint".split(
    " ",
  ),
);

/** "switched to X this yr", "moved to 12-hour shifts last year": a change with its time. */
const THEIR_CHANGE =
  /^(?:switched|moved|changed|introduced|rolled\s+out|launched|opened|upgraded|bought|brought\s+in|merged|expanded|went)\s+(?!(?:my\s+)?(?:careers?|jobs?|roles?|industr\p{L}*|fields?|sides?|schools?|countr\p{L}*|house)\b)(?:to|over\s+to|in|into|a|an|the|their)?\b[^,;.]*?\b(?:this|last)\s+(?:yr|year|term|month|spring|summer|autumn|fall|winter)\b/iu;

/** "on night shift", "at my last job": words that set the scene of the clause after them. */
const SCENE_SETTER = /^(?:on|at|in|during|for|after|before|over|from|since|by|with)\s/i;

/**
 * "press checks - designers go to the printer for every first run": a short name, then what it
 * is, as a clause; the clause says it better than the name.
 */
export function dashExplained(text: string): string {
  // "hail season backlog they have about 60 reroofs": a topic, then what they said of it.
  const told =
    /^([\p{L}\s-]{3,30}?)\s+((?:they|you|she|he|we)\s+(?:have|has|are|is|need|run|do|use|get|want)\b.+)$/iu.exec(
      text.trim(),
    );
  // "on night shift we do our own jar tests": a phrase that sets the scene is the clause's own.
  if (
    told &&
    told[1]!.split(/\s+/).length <= 4 &&
    !SCENE_SETTER.test(told[1]!) &&
    formOf(told[1]!) === "noun-phrase"
  ) {
    return told[2]!;
  }
  const dashed = /^([^-–—,]{1,30}?)\s+[-–—]\s+(.+)$/u.exec(text.trim());
  // "slide test - 10 smears to identify": a task set is what the reader is thanked for.
  if (!dashed || dashed[1]!.split(/\s+/).length > 3 || isTaskSet(dashed[1]!)) return text;
  return formOf(dashed[2]!) === "clause" ? dashed[2]! : text;
}

/**
 * The part of a note a sentence can hold: "their incident review process. blameless postmortems
 * but…" is "their incident review process", "chatting before service - the winter menu" is
 * "chatting before service"; an aside in brackets ("Hannah (recruiter)") goes. What follows a
 * break is another note, which a frame around the first would garble.
 */
export function headOf(text: string): string {
  const plain = text.replace(/\s*\([^()]*\)/g, "").trim();
  const cut =
    /(?<!\b(?:[A-Z]|Dr|Mr|Mrs|Ms|Prof|St|vs|etc|e\.g|i\.e))([.!?])\s+(?=\S)|;\s|\s[-–—]\s/u.exec(
      plain,
    );
  if (!cut) return plain;
  // "which platform would I recommend? waffled": the question, with its mark.
  const head = plain.slice(0, cut.index + (cut[1] === "?" ? 1 : 0)).trim();
  return head.split(/\s+/).length >= 2 ? head : plain;
}

/**
 * "you lost your biggest grant last year so she wants to diversify": a "she" the reader's names
 * did not turn may be anyone, so the clause ends before the part that holds it.
 */
function beforeAnotherPerson(clause: string): string {
  const first = firstConjunct(clause);
  if (first === clause || formOf(first) !== "clause") return clause;
  return /\b(?:she|he|her|him|his)\b/i.test(clause.slice(first.length)) ? first : clause;
}

const CONJUNCT_BREAK = /\s(?:so|but|because|although|though)\s|\s[-–—]\s|,\s/u;

/** "the bus fund for schools so cost is never…": the part before a joining word or a break. */
function firstConjunct(text: string): string {
  const found = new RegExp(CONJUNCT_BREAK.source, "gu");
  for (let match = found.exec(text); match; match = found.exec(text)) {
    if (match.index > 0 && !(match[0].startsWith(",") && inList(text, match.index))) {
      return text.slice(0, match.index);
    }
  }
  return text;
}

/**
 * "split between SG, Jakarta and Ho Chi Minh": a comma between the items of a list, which
 * ends on "and" or "or", is no break in the sentence.
 */
function inList(text: string, comma: number): boolean {
  return LIST_REST.test(text.slice(comma + 1));
}

const LIST_REST =
  /^\s(?!(?:I|you|she|he|they|we|it)\b)(?:[^,\s][^,]{0,30}?,\s)*[^,\s][^,]{0,40}?\s(?:and|or|&)\s(?!(?:I|you|she|he|they|we|it)\s)[\p{L}\p{N}]/u;

/**
 * A clause with more after a comma: "the lobby looks great, much brighter" says enough in
 * "the lobby looks great"; "really friendly panel, you showed me round" is "really friendly
 * panel". A second clause with its own subject ("…a shift, you want mis-picks down") stays, as
 * an aside.
 */
function clauseHead(text: string): string {
  let comma = text.indexOf(", ");
  while (comma >= 0 && inList(text, comma)) comma = text.indexOf(", ", comma + 2);
  if (comma < 0) return text;
  const rest = text.slice(comma + 2);
  const head = text.slice(0, comma);
  if (/^(?:you|she|he|they|we|I|it)\s/u.test(rest) && formOf(head) === "clause") return text;
  return head.split(/\s+/).length >= 2 ? head : text;
}

/**
 * "haven't used Opera Cloud", "hadn't been on call in a while": a note about the candidate typed
 * without its "I".
 */
/** "not done whole fish at volume", "I never been the top bloke": "I have not…", "I have never…". */
const OWNED_GAP = /^(?:I\s+)?(not|never)\s+(been|done|worked|used|led|run|had|managed)\s/iu;

function withSubject(text: string): string {
  // "last yr been running the discharge list": "I've been", after when it was.
  const been = /^((?:(?:last|this|for the (?:past|last))\s+\p{L}+\s+)?)been\s/iu.exec(text);
  if (been) {
    const lead = been[1]!.replace(/^last\s/i, "over the last ").replace(/\s$/, ", ");
    return `${lead}I've ${text.slice(been[1]!.length)}`;
  }
  // "never 300 lb a day", "never a team lead": a gap typed without its verb, an amount done or
  // a role held; "never once missed", "never late" keep their own words.
  const verbless = /^never\s+(\S+)\s+(\S+)/iu.exec(text);
  if (verbless) {
    const [, first, second] = verbless as unknown as [string, string, string];
    const amount =
      /^(?:\d[\d,.]*\+?|one|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|hundreds?)$/iu.test(
        first,
      ) && !/^(?:times?|days?|once)$/iu.test(second);
    const role =
      /^(?:a|an)$/iu.test(first) &&
      !/^(?:problem|issue|dull|bad|big|day|week|moment)$/iu.test(second);
    // "never late in 6 yrs", "never any complaints": a state been in, a thing had.
    const state = /^(?:late|sure|in|on|at|short|sick|off|absent)$/iu.test(first);
    const had = /^any$/iu.test(first);
    if (amount || role || state || had) {
      const verb = role || state ? "been" : had ? "had" : "done";
      return `I have never ${verb} ${text.slice(verbless[0].length - first.length - second.length - 1)}`;
    }
  }
  return /^(?:haven['’]?t|hadn['’]?t|don['’]?t|didn['’]?t|can['’]?t|wasn['’]?t|never|am|have)\s/i.test(
    text,
  )
    ? `I ${text.charAt(0).toLowerCase()}${text.slice(1)}`
    : text;
}

/**
 * "how I'd handle late claims, I said something vague", "the journal entry, got the idea but
 * muddled it": a question or topic, then the candidate's own note on how they answered, which is
 * for them, not the reader.
 */
export function withoutOwnComment(text: string): string {
  const comment =
    /^(.{12,}?)(?:,\s+(?:and\s+|but\s+)?|\s+(?:and|but)\s+(?=I\s))(?:I\s+(?:only\s+|just\s+|kind of\s+|half\s+|only half\s+)?)?(?:said|blanked|muddled|waffled|rambled|forgot|froze|fumbled|stumbled|answered|gave|got|went|knew|remembered|guessed|didn['’]?t|couldn['’]?t|wasn['’]?t|totally|completely)\b/iu.exec(
      text,
    );
  return comment ? comment[1]! : text;
}

/**
 * "walked me thru the shop": what the interviewer did for the candidate, thanked for
 * ("walking me through the shop"), or said to them when a sentence cannot thank them for it.
 */
function forWhatTheyDid(said: string): Piece | null {
  // "talked thru my planning folder with her": the candidate took the reader through their own
  // work, which no thanks for what the reader did can say.
  if (
    /^(?:talked|walked|took)\s+(?:through|thru)\s+(?:all\s+)?(?:my|our)\b[^,.;]*\bwith\s+you\b/u.test(
      said,
    )
  ) {
    return null;
  }
  // "showing me the setup and asked me to talk through a case": what they did for the candidate.
  const phrase = phraseInSentence(said)
    .replace(/\s+and\s+\p{L}+ed\b.*$/u, "")
    .replace(/,\s.*$/u, "")
    // "walked the campus with you in the buggy": "with me" is said once, at the end.
    .replace(/\s+with you(?=$|\s+(?:in|on)\s)/u, "");
  // "met on site at the cashmere bathroom reno": the reader came to meet the candidate.
  const met = /^met\s+(?:me\s+)?((?:on|at|in)\s.+)$/u.exec(phrase);
  if (met) {
    return {
      text: `meeting me ${met[1]}`,
      frame: "thanks",
      form: "verb-phrase",
      ownText: ownSentences(`You met me ${met[1]}`),
    };
  }
  if (!DONE_FOR_ME.test(phrase)) return null;
  // "walked the floor" was done together: "walking the floor with me".
  // "walked the grounds", "drove round the course": a round made together, "with me".
  const together =
    /^(?:walked|toured|drove\s+(?:round|around)|went\s+(?:round|around))\b/i.test(phrase) &&
    !/\b(?:me|us)\b/i.test(phrase);
  // "walked through their volume" was for the candidate: "walking me through your volume".
  const guided = /^(?:walked|talked|took|walk)\s+(?:through|thru)\b/i.test(phrase);
  // "had me make a bouquet": a tagger may not take "had" for the verb it is here.
  // "drove round the course": an irregular past the tagger may turn wrong ("droving").
  const tried = asGerund(
    lowerOpening(phrase)
      .replace(/^drove\b/u, "drive")
      .replace(/^went\b/u, "go"),
  );
  const gerund = /^\p{L}+ing\b/u.test(tried)
    ? tried
    : /^had\s+me\s/i.test(phrase) && knownVerb(phrase.split(/\s+/)[2] ?? "")
      ? lowerOpening(phrase).replace(/^had\b/, "having")
      : firstVerbAsGerund(lowerOpening(phrase));
  const thanked = guided
    ? gerund.replace(/^(\p{L}+)\s+(?:through|thru)\b/u, "$1 me through")
    : `${gerund}${together ? " with me" : ""}`;
  // "had me diag a no start": a thanks no gerund can say is not risked.
  if (!/^\p{L}+ing\b/u.test(thanked)) return null;
  return {
    text: thanked,
    frame: "thanks",
    form: "verb-phrase",
    ownText: ownSentences(
      `You ${lowerOpening(phrase).replace(/^walk\s+(?:through|thru)\b/u, "walked me through")}`,
    ),
  };
}

/** "make" is a verb a tagger knows; "diag", typed short, is not. */
function knownVerb(word: string): boolean {
  return wordsOf(word)[0]?.tags.has("Verb") === true;
}

/** "showed me", "went through my test", "went round the site with me": done for the candidate. */
const DONE_FOR_ME =
  /^(?:watched|observed|marked|reviewed|assessed|critiqued|graded|sat\s+in\s+on|listened\s+to)\s+(?:my|our)\s|^walk\s+(?:through|thru)\s+(?:all\s+)?(?:the|their|your)\s|^\p{L}+\s+(?:(?:me|us)\b|(?:through|thru|over|round|around)\s+(?:all\s+)?(?:my|our)\b|(?:through|thru|over|round|around)\b.*\bwith\s+(?:me|us)\b)|^(?:walked|talked|took)\s+(?:through|thru)\s+(?:all\s+)?(?:the|their|your|his|her|its)\b|^(?:walked|toured|drove\s+(?:round|around)|went\s+(?:round|around))\s+(?:round\s+|around\s+)?the\s+(?:whole\s+|entire\s+)?(?:[\p{L}-]+\s+){0,2}(?:floors?|site|shop|yard|kitchens?|units?|wards?|plant|warehouse|depot|workshop|clinic|lab|school|factory|farm|dairy|sheds?|mill|hangar|store|nursery|estate|line|frame|house|build|grounds|course|property|parlour|route|premises|building|venue|gardens?|wings?|rooms?|kennels|cattery|stables|barns?|pens|bays|offices|gallery|galleries|museum|cellar|vineyard|orchard|greenhouse|glasshouse|showroom|salon|branch|library|centre|center|station|terminal|docks?|pool|campus|quarry|park|reserve|enclosures|hotel|facility)\b/iu;

/**
 * "I paired every new hire with a buddy, 90-day retention went from 55% to 78%": two clauses
 * typed with only a comma between them are joined with "and", as a letter writes them.
 */
export function joinedSplice(text: string): string {
  return text.replace(
    /, (?!(?:and|but|so|or|then|which|who|where|when|while|because|as|since|although|though|including|especially|not|like|plus|mostly|mainly|only|even|yet)\b)([^,;]+)/giu,
    (whole, rest: string, at: number) =>
      at > 0 &&
      formOf(text.slice(0, at)) !== "noun-phrase" &&
      CLAUSE.has(formOf(rest)) &&
      // "…in all weather, winter runs included": an aside, not a second clause.
      !/\b(?:included|aside|excepted|too|as well)[.!]?$/iu.test(rest)
        ? `, and ${rest}`
        : whole,
  );
}

const CLAUSE = new Set<Form>(["clause", "first-person"]);

/**
 * "how you review files, you read the planning memo first": what follows the comma tells the
 * reader what they think or do, which they know; the phrase alone is what was talked about.
 */
function withoutSplice(text: string): string {
  const splice = /,\s+(?:you|she|he|they|we|I|it)(?:\s|['’])\p{L}/u.exec(text);
  return splice ? text.slice(0, splice.index) : text;
}

/**
 * "you went through my test with me", "you gave me a tour": a deed, in the past, that may be
 * thanked for; "you asked me how…" is a question, heard as one.
 */
const DEED =
  /^you\s+((?!asked\s+(?:me\s+)?(?:how|what|whether|if|why|when|where|which|who|about)\b)(?:\p{L}+ed|gave|took|showed|put|let|sent|brought|told|taught|ran|went|had)\s.*)$/iu;

/**
 * A clause about the reader, said to them. "You asked how I would…" is what they asked about;
 * "you said the team is growing" is what was said; "you keep the ratio at two" is heard with
 * "that": never a bare "You keep the ratio at two." telling the reader what they do.
 */
function toTheReader(said: string, form: Form): Piece {
  const own = ownSentences(said);
  // "you walked me through the interview loop": thanked for, like the same typed without "you".
  const did = DEED.exec(phraseInSentence(said));
  const thanked = did ? forWhatTheyDid(did[1]!) : null;
  if (thanked) return thanked;
  const asked = /^you asked(?: me)?\s+(?:about\s+)?(.+)$/i.exec(phraseInSentence(said));
  if (asked) {
    const rest = asked[1]!;
    if (/^to\s/i.test(rest)) {
      return { text: asGerund(rest.replace(/^to\s+/i, "")), frame: "about", form: "gerund" };
    }
    // "asked for an example of an equipment assessment": what was asked for is the topic.
    const askedFor = /^for\s+((?:an?|some)\s+.+)$/i.exec(rest);
    if (askedFor) return { text: askedFor[1]!, frame: "about", form: "noun-phrase" };
    return {
      // "the hail claims rework, wants to see the process map", "conditional access, I walked
      // through…": what was asked, without what followed it.
      text: withoutOwnComment(withoutSplice(rest))
        .replace(
          /,\s+(?:wants|wanted|needs|said|says|asked|mentioned|likes|thinks|would like)\b.*$/u,
          "",
        )
        .replace(/^if\b/i, "whether"),
      frame: "asked",
      form,
      ownText: own,
    };
  }
  const told = /^you (?:said|mentioned|told me|explained)(?: that)?\s+(.+)$/i.exec(
    phraseInSentence(said),
  );
  const heard = told ? heardWords(told[1]!) : null;
  if (heard && (heard !== told![1] || formOf(heard) === "clause") && !heard.endsWith("?")) {
    return { text: lowerOpening(heard), frame: "that", form };
  }
  return { text: lowerOpening(phraseInSentence(beforeAnotherPerson(said))), frame: "that", form };
}

/**
 * A skill typed as a line of a CV ("Cut shrink by a third at my last store", "led the night
 * shift"), as the candidate's sentence ("I cut shrink…"); null when it is not one.
 */
export function cvLine(raw: string): string | null {
  const tidy = withoutBareList(joinedSplice(phraseInSentence(writtenOut(raw))));
  const first = /^\p{L}+/u.exec(tidy)?.[0];
  // "MEd counselling psych", "BSc Nursing", "b.ed secondary maths": a qualification, not a deed;
  // "advanced excel": a skill; "written task sent tues": a thing, as "written" is no past tense.
  if (
    !first ||
    first === "I" ||
    /^\p{L}+\p{Lu}/u.test(first) ||
    first.length === 1 ||
    tidy.charAt(first.length) === "."
  ) {
    return null;
  }
  // "used to early starts": what the candidate is used to, not what they once did.
  const usedTo = /^used\s+to\s+(\S+)/i.exec(tidy);
  if (usedTo && !wordsOf(usedTo[1]!)[0]?.tags.has("Verb")) {
    return ownSentences(
      withDeedsJoined(`I'm ${lowerOpening(tidy)}`).replace(/\s+and\s+(?=\p{Ll}+ed\b)/u, ", and I "),
    );
  }
  // "licensed plumber and gasfitter": what the candidate is, not what they did.
  const qualified = QUALIFIED_AS.exec(tidy);
  if (qualified) {
    const what = qualified[0].split(/,\s/)[0]!;
    const lower = what.replace(/^\p{Lu}(?!\p{Lu})/u, (c) => c.toLowerCase());
    return ownSentences(`I'm ${/^[aeiou]/i.test(what) ? "an" : "a"} ${lower}`);
  }
  if (NOT_A_DEED.has(first.toLowerCase())) return null;
  const sentence = `I ${first.toLowerCase()}${tidy.slice(first.length)}`;
  const tags = wordsOf(sentence)[1]?.tags;
  // Past tense only: "Run clubs" may be a CV line, but "Design systems" and "Excel modelling"
  // are skills; verbs whose past is their present are known by name.
  const past = tags?.has("PastTense") || SAME_IN_THE_PAST.has(first.toLowerCase());
  return past && !tags?.has("Gerund")
    ? ownSentences(withSubjectRestored(withDeedsJoined(sentence)))
    : null;
}

/**
 * First words of a line of experience that make no deed after "I": a skill's level ("advanced
 * excel"), a participle that is no past tense ("written task…").
 */
const NOT_A_DEED = new Set(
  "based located situated advanced experienced qualified certified licensed registered skilled detailed dedicated accredited intermediate basic fluent written done gone seen taken given been known shown driven eaten spoken broken chosen forgotten".split(
    " ",
  ),
);

/**
 * "grew up in ludhiana, punjabi + hindi + english": a list of bare words after a comma has no
 * place in the sentence before it, and is left out rather than run on; so is "…, some
 * python/pandas", a little of something more.
 */
function withoutBareList(line: string): string {
  const little = /^(.+?),\s+(?:some|a bit of|a little|basic)\s+[^,]+$/u.exec(line);
  if (little && isNominal(formOf(line.slice(little[1]!.length + 2)))) return little[1]!;
  // "ran digitisation of 1916 letters, about 6000 images, dublin core metadata": two asides or
  // more after the deed, none with a verb, are notes on it.
  const parts = line.split(/,\s+/u);
  if (
    parts.length >= 3 &&
    parts.slice(1).every(
      (part) =>
        !/\band\b/u.test(part) &&
        isNominal(formOf(part)) &&
        !wordsOf(part).some((word) => word.tags.has("Verb")) &&
        // "trained two commis": a deed, whatever the tagger makes of it alone.
        !wordsOf(`I ${part}`)[1]?.tags.has("PastTense") &&
        !SAME_IN_THE_PAST.has(part.split(/\s+/u)[0]!.toLowerCase()),
    )
  ) {
    return parts[0]!;
  }
  const list = /^(.+?),\s+([^,]+\sand\s[^,]+)$/u.exec(line);
  if (!list) return line;
  // "…, punjabi + hindi + english": languages, which the candidate speaks.
  const items = list[2]!.split(/\s+and\s+/u);
  if (items.every((item) => isLanguage(item.trim()))) {
    return `${list[1]!}, and I speak ${joinList(items.map((item) => item.trim()))}`;
  }
  const bare = wordsOf(list[2]!).every(
    (word) =>
      word.normal === "and" ||
      ((word.tags.has("Noun") || word.tags.has("Adjective")) &&
        !word.tags.has("Verb") &&
        !word.tags.has("Value")),
  );
  return bare ? list[1]! : line;
}

const QUALIFIED_AS =
  /^(?:licensed|certified|qualified|registered|chartered|accredited|time-served|trained)\s+(?!new\b|the\b|a\b|my\b|\d)(?:[\p{L}-]+\s+){0,3}?(?:[\p{L}-]+(?:er|or|ist|ian|ant|nurse|chef|tech|fitter|electrician|plumber|gasfitter|midwife|surveyor|accountant|engineer|teacher|driver|officer|assessor|aider|counsellor|counselor))(?:\s+and\s+[\p{L}-]+)?\b/iu;

/** "I led the changeover, zero findings since": a result typed as a phrase takes "with". */
function withResult(sentence: string): string {
  return sentence.replace(
    /, ((?:zero|no|\p{N}[\p{N},.%]*|one|two|three|four|five|six|seven|eight|nine|ten)\s[^,;]+)$/u,
    (whole, result: string) =>
      wordsOf(result).some((word) => word.tags.has("Verb") && !word.tags.has("Noun"))
        ? whole
        : `, with ${result}`,
  );
}

/**
 * "I rewrote the matrix, got the rating back": a second deed typed after a comma, without its
 * "I", is joined with "and".
 */
function withDeedsJoined(sentence: string): string {
  const deeds = [...sentence.matchAll(/, (\p{Ll}+)\b/gu)].filter(
    (m) => SAME_IN_THE_PAST.has(m[1]!) || wordsOf(`I ${m[1]!}`)[1]?.tags.has("PastTense"),
  );
  const last = deeds.at(-1);
  if (!last) return sentence;
  // Two deeds are joined as a pair; more, as a list whose last item takes "and".
  const joint = deeds.length === 1 ? " and " : ", and ";
  return `${sentence.slice(0, last.index)}${joint}${sentence.slice(last.index + 2)}`;
}

const SAME_IN_THE_PAST = new Set(["cut", "set", "put", "shut", "spread", "split"]);

/**
 * Material the candidate promised, as a thing a sentence names: "send the deck" and "I'll share
 * my portfolio" name "the deck" and "my portfolio"; "a link to my portfolio" names "my portfolio",
 * since the sentence gives the link itself.
 */
export function readThing(raw: string): string {
  // "(roofing co owner)": a note to self in brackets is not part of the thing's name.
  let text = phraseInSentence(raw.replace(/\s*\([^()]*\)/g, ""));
  text = text.replace(
    /^(?:i(?:['’]ll| will| can| could| would| am going to| promised to)\s+)/i,
    "",
  );
  const form = formOf(text);
  // "send the deck" names the deck; "budget sample" is the thing itself.
  if (
    (form === "imperative" || form === "verb-phrase") &&
    /^\S+\s+(?:the|a|an|my|our|some|\d+|two|three|a few)\b/i.test(text)
  ) {
    text = text.replace(/^\S+\s+/, "");
  }
  text = text.replace(/^(?:(?:a|the)\s+)?links?\s+(?:to|for)\s+/i, "");
  return isNominal(formOf(text)) || text !== "" ? text : phraseInSentence(raw);
}

/**
 * A clause's first word in lower case inside a sentence ("The engineers…" → "the engineers…"),
 * unless it is "I", an acronym or a name.
 */
export function lowerOpening(text: string): string {
  const word = /^\p{Lu}[\p{Ll}'’-]*(?=$|[\s,])/u.exec(text)?.[0];
  if (!word || word === "I" || /^I['’]/u.test(word)) return text;
  // "Valentine's", "Sam's team": a capitalised possessive is a name's.
  if (/\p{Ll}['’]s$/u.test(word) && !/^(?:It|That|There|Here|What|Who|He|She)['’]s$/u.test(word)) {
    return text;
  }
  const tags = wordsOf(text)[0]?.tags;
  if (!tags || tags.has("ProperNoun") || tags.has("Person") || tags.has("Place")) return text;
  const common = [
    "Determiner",
    "Pronoun",
    "Possessive",
    "Plural",
    "Adjective",
    "Value",
    "Gerund",
    "Preposition",
    "Conjunction",
    "Adverb",
  ];
  // "Parking appeals run on…": a doing named, which the tagger may call a thing.
  const doing =
    (/ing$/u.test(word) && isCommonWord(word)) ||
    /^(?:Not|No|Never|Only|Just|It|It['’]s|That['’]s|There['’]s|This|These|Those|Who|What|Which|Whether|How|Where|When|Why)$/u.test(
      word,
    );
  const lower = common.some((tag) => tags.has(tag)) || tags.has("Verb") || doing;
  return lower ? word.toLowerCase() + text.slice(word.length) : text;
}

/**
 * '"youll spend a lot of time walking round blindfolded"': the reader's words to the candidate,
 * heard with "that", lose their marks and are told from the candidate's side.
 */
function heardWords(text: string): string {
  const quoted = /^["“'‘](.+?)["”'’]$/u.exec(text.trim());
  return quoted ? heardByMe(quoted[1]!) : text;
}
