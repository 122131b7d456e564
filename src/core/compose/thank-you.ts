import { GRANTED_OPENING } from "../language/granted.js";
import type { Channel } from "../message.js";
import { LAST_RESORT } from "./channel-rendering.js";
import {
  NoteWriter,
  paragraph,
  type FramedPhrasings,
  type Composition,
  type Paragraph,
  type Sentence,
} from "./composition.js";
import { lowerOpening } from "../language/piece.js";
import { formOf, type Form } from "../language/form.js";
import { isSpanSentence, spanSentence } from "../language/experience.js";
import { gapTopic } from "../language/gap-topic.js";
import { seeksSomeone } from "../language/seeks-someone.js";
import { isBareVerb, isPluralPhrase, wordsOf } from "../language/nlp.js";
import { restates, sharedWords } from "../language/relatedness.js";
import { admitsMistake, isSlip } from "../language/feedback.js";
import { joinList } from "./grammar/list-join.js";
import { wordCount } from "./grammar/word-count.js";
import { capitaliseSentenceStart } from "./grammar/sentence-case.js";
import { GREETINGS, SIGN_OFFS } from "./phrases/common.phrases.js";
import {
  THANK_YOU_CARD,
  THANK_YOU_EMAIL,
  THANK_YOU_LINKEDIN,
} from "./phrases/thank-you.phrases.js";
import { baseFills, isBadNews, isHousehold, pointsFor, type NoteFacts } from "./record-facts.js";
import type { SeededChoice } from "./seeded-choice.js";
import { fillTemplate, type Fact } from "./template.js";
import type { WriterOptions, WrittenChannel } from "./writer.js";

/** A thank-you note to one interviewer: §2 of the playbook, on e-mail, a card or LinkedIn. */
export function writeThankYou(
  facts: NoteFacts,
  channel: WrittenChannel,
  choice: SeededChoice,
  options: WriterOptions,
): Composition {
  const w = new NoteWriter(choice, options.phrasings, options.voice, true);
  switch (channel) {
    case "email":
      return email(facts, w, options.subjectless === true);
    case "card":
      return card(facts, w);
    case "linkedin":
      return linkedin(facts, w, options);
  }
}

/** The values a thank-you adds to the base ones: when the interview was, if the note knows. */
function thankYouFills(facts: NoteFacts): Record<string, Fact | undefined> {
  return {
    ...baseFills(facts),
    when: facts.when ?? { text: "", sources: [] },
    at: { text: atCompany(facts), sources: facts.company.sources },
    workplace: {
      text: `${household(facts) ? "with" : "at"} ${facts.company.text}`,
      sources: facts.company.sources,
    },
    joining: {
      text: `${household(facts) ? "work with" : "join you at"} ${facts.company.text}`,
      sources: facts.company.sources,
    },
    roleAt: {
      text: `the ${facts.position.text} role ${household(facts) ? "with" : "at"} ${facts.company.text}`,
      sources: [...facts.position.sources, ...facts.company.sources],
    },
  };
}

function household(facts: NoteFacts): boolean {
  return isHousehold(facts.company.text);
}

/**
 * "at Aire Valley Retrofit" after a visit, "about the role at Tall Oak Media" after a call; a
 * family is worked with, not at ("about working with the Harrington family").
 */
function atCompany(facts: NoteFacts): string {
  const company = facts.company.text;
  if (household(facts)) return `about working with ${company}`;
  return `${facts.visited ? "at" : "about the role at"} ${company}`;
}

/**
 * One or two specifics from this reader's conversation, then what the candidate brings, an
 * answer they owe this reader, and interest with what was said about next steps: short, and
 * nothing the notes do not hold.
 */
function email(facts: NoteFacts, w: NoteWriter, subjectless: boolean): Composition {
  const P = THANK_YOU_EMAIL;
  const fills = thankYouFills(facts);
  const points = pointsFor(facts);
  const [concern] = facts.concerns;
  const [question] = facts.questions;
  // Experience typed as a bare phrase ("my BSc", "my low comeback rate") is said only when the
  // notes hold nothing else: beside a point it needs a stock line to carry it.
  const sparse = !points.main && !points.second && !concern && !question;
  const spoken = facts.fit.map(spokenFit);
  // Experience an answer in the note already tells ("the customer deposits I kept separate at
  // the wholesaler") is said there, once.
  const answerTexts = [
    ...facts.concerns.map((item) => item.response.text),
    ...facts.questions.map((item) => item.answer.text),
  ];
  const toldInAnswer = (fit: Fact) =>
    answerTexts.some((text) => sharedWords(fit.typed ?? fit.text, text) >= TOLD_WORDS);
  const fits = (sparse ? spoken : spoken.filter((fit) => fit.frame !== "about")).filter(
    (fit) => !toldInAnswer(fit),
  );
  const trial = fitBeside(fits, points.main, points.second);
  // Hard news ("the van is being cut") is named only beside experience that answers it.
  // Experience answers hard news only when it shares the topic, not one word.
  const answering = (fit: Fact | undefined) => (fit && trial.strength(fit) >= 2 ? fit : undefined);
  const first = sayable(points.main, answering(trial.mainFit));
  const next = sayable(points.second, answering(trial.secondFit));
  // Without the first point, the next one, or what was discussed with everyone, leads.
  const main = first ?? next ?? facts.sharedPoints[0] ?? null;
  const second = first ? next : null;
  // Experience goes beside the points the note says, never beside one it left out, nor beside a
  // question they asked ("Thank you, too, for your question about…"), where a line of the CV
  // would read as an answer dropped in.
  const topic = (point: Fact | null) => (point?.frame === "asked" ? null : point);
  const beside = fitBeside(fits, topic(main), topic(second));
  const { mainFit, secondFit, moreFit, unrelated, strength } = beside;
  const subject = emailSubject(
    facts,
    w.choice,
    answeredTopic(concern?.concern ?? question?.question),
  );
  // Without a subject line naming the role, the thanks must name it.
  const roleNamed = !subjectless && subject.includes(facts.position.text);
  // Beside feedback taken, what the reader told the candidate ("the training is 16 weeks") would
  // only tell them their own news.
  const cited = facts.advice && main?.frame === "that" && !beside.mainFit ? null : main;
  const { opening, point } = openingAndPoint(
    facts,
    w,
    cited,
    // With nothing specific to thank for after it, the thanks names the role however the
    // subject line did.
    roleNamed && cited ? P.openingThanks : P.openingThanksPosition,
    P.openingWithPointPosition,
    roleNamed,
  );
  // Experience said beside the point it speaks to needs no "I would bring that" after it.
  // One word in common puts the experience beside the point; only more says it helps there. The
  // candidate's own sentence there stands as it is.
  const fitSentence = (fit: Fact | undefined, key: string, drop: number, beside: boolean) =>
    fit &&
    w.framed(
      "fit",
      key,
      beside && (strength(fit) >= 2 || fit.frame === "own") ? P.fitBeside : P.fit,
      { ...fills, fit },
      fit,
      {
        drop,
        // A topic and the experience said beside it stay or go together.
        ...(beside && key === "fit-second" ? { group: "second" } : {}),
      },
    );
  const related = (fit: Fact | undefined) => fit !== undefined && fit !== unrelated;
  // A second topic only named says little: it is written when the candidate's experience
  // speaks to it, or when the notes hold nothing else to say.
  const secondSaid =
    second !== null &&
    (related(secondFit) ||
      (second.frame !== "asked" && !concern && !question && facts.fit.length === 0));
  // "the kids section needs someone to own it": the candidate offers to be that person, once.
  const offered = [cited, second].find((said) => said?.frame === "that" && seeksSomeone(said.text));
  const offer = (said: Fact | null | undefined, fit: Fact | undefined) =>
    said && said === offered && !related(fit)
      ? w.write("fit", "be-that-person", P.beThatPerson, fills, { drop: 4 })
      : null;
  // Experience that speaks to no topic of the note is said in the close, as a reason to join,
  // rather than beside a topic it has nothing to do with.
  // A note that answers a concern or question has said enough of the candidate: experience that
  // speaks to nothing in it would only be a CV line with a stock sentence around it.
  const answers = concern !== undefined || question !== undefined;
  const closes = main !== null && unrelated?.frame === "own" && !answers ? unrelated : undefined;
  const thanks = [
    opening,
    // Feedback taken recalls this reader's conversation as well: beside it, a point named
    // only may go when the note runs long, and no stock line stands in for a point.
    // Beside an answer, too, no stock line stands in for a point: the answer is the specific.
    point && (facts.advice || answers) && point.slot === "interview-reference"
      ? null
      : point && facts.advice
        ? { ...point, drop: point.drop ?? 5 }
        : point,
    offer(cited, mainFit),
  ];
  const taken = [
    facts.advice &&
      // Feedback taken says the candidate listened: it outlasts experience, stock lines and
      // when they will hear when a note runs long. With what they should have done, that says how, in their words.
      w.framed(
        "fit",
        "advice",
        facts.remedy
          ? P.adviceRemedied
          : admitsMistake(facts.advice.typed ?? "") ||
              (facts.advice.frame === "that" && isSlip(facts.advice.text))
            ? P.adviceMistake
            : P.adviceTaken,
        { advice: facts.advice },
        facts.advice,
        { drop: 8, ...(facts.remedy ? { group: "remedy" } : {}) },
      ),
    facts.advice &&
      facts.remedy &&
      (facts.remedy.frame === "own"
        ? w.verbatim("fit", ordersOwned(facts.remedy.text), facts.remedy.sources, {
            group: "remedy",
          })
        : w.write(
            "fit",
            "resolve",
            P.adviceResolved,
            { remedy: facts.remedy },
            { group: "remedy" },
          )),
    // Beside an answer or feedback taken, a line of the CV that shares no more than a word with
    // the point reads as bolted on ("I grew up on a merino place."): the answer says enough.
    (answers || facts.advice) && mainFit && strength(mainFit) < 2
      ? null
      : fitSentence(mainFit, "fit", 7, related(mainFit)),
    secondSaid &&
      w.framed(
        "specific-point",
        "second",
        sober(P.secondPoint, second),
        { ...fills, point2: second },
        second,
        related(secondFit) ? { drop: 5, group: "second" } : { drop: 6 },
      ),
    secondSaid ? offer(second, secondFit) : null,
    closes || (answers && !related(secondFit)) || (secondFit && credentialAlone(secondFit))
      ? null
      : fitSentence(secondFit, "fit-second", 5, related(secondFit)),
    moreFit &&
      w.framed("fit", "fit-more", P.moreFit, { ...fills, fit: moreFit }, moreFit, {
        pad: true,
      }),
  ];
  return {
    subject,
    paragraphs: [
      greeting(facts, w, "email"),
      // What the candidate should have done, beside the fault, is a paragraph of its own.
      ...(facts.advice && facts.remedy
        ? [paragraph(...thanks), paragraph(...taken)]
        : [paragraph(...thanks, ...taken)]),
      // Each answer is a paragraph of its own, as a letter sets it apart; every one the plan gave
      // this thank-you is said here, or nowhere.
      ...facts.concerns.map((item, i) =>
        paragraph(
          ...answered(
            w,
            "concern-answered",
            keyed("concern", i),
            P.concern,
            "concern",
            item,
            undefined,
          ),
        ),
      ),
      ...facts.questions.map((item, i) =>
        paragraph(
          ...answered(
            w,
            "question-answered",
            keyed("question", i),
            item.fumbled ? { ...P.question, ...P.questionFumbled } : P.question,
            "question",
            item,
            undefined,
          ),
        ),
      ),
      promisedParagraph(facts, w),
      closingParagraph(facts, w, closes, (fit) => fitSentence(fit, "fit-second", 5, false)),
      signOff(facts, w, "email"),
    ],
    notices: [...(main ? [] : [noPointNotice(facts)]), ...attachNotices(facts)],
  };
}

/** "letting me try the weld test", "giving me the shop tour": the task, "the weld test". */
const TASK_GIVEN = /^(?:letting me (?:try|do)|giving me)\s+(the\s+[^,;.]+)$/u;

/** The writer's key for the answer at `index`: the first keeps the plain key. */
function keyed(key: string, index: number): string {
  return index === 0 ? key : `${key}-${index + 1}`;
}

/** Words experience shares with an answer of the note from which the answer already tells it. */
const TOLD_WORDS = 2;

/** "four years on sit-down forklifts" in a thank-you is "I've spent four years on…". */
export function spokenFit(fit: Fact): Fact {
  const spent = fit.frame === "about" ? spanSentence(fit.text) : null;
  return spent ? { ...fit, text: spent, frame: "own" } : fit;
}

/**
 * "the slow check-in on Friday evenings", "the 8am phone rush": a problem of theirs is talked
 * through, never enjoyed or loved.
 */
function sober(phrasings: FramedPhrasings, point: Fact): FramedPhrasings {
  return isBadNews(point) ? without(phrasings, RELISHED) : phrasings;
}

const RELISHED = /\b(?:enjoy\w*|liked?|loved?|glad)\b/i;

/**
 * "how clean the racking was", "the kitchen is spotless": what the candidate saw for
 * themselves is never said as something they heard or were told.
 */
function seen(phrasings: FramedPhrasings, impressed: Fact): FramedPhrasings {
  return SEEN.test(impressed.typed ?? impressed.text) ? without(phrasings, HEARD) : phrasings;
}

/** Each frame's phrasings but those `words` match; a frame they would empty keeps them all. */
function without(phrasings: FramedPhrasings, words: RegExp): FramedPhrasings {
  const kept = (list: readonly string[] | undefined) => {
    const rest = list?.filter((p) => !words.test(p));
    return rest && rest.length > 0 ? rest : list;
  };
  return Object.fromEntries(
    Object.entries(phrasings).map(([frame, list]) => [frame, kept(list)]),
  ) as FramedPhrasings;
}

/**
 * What the eye takes in on a visit: how a place is kept, how people there are, and the way
 * someone the candidate met talked, which they heard for themselves, not heard about.
 */
const SEEN =
  /\b(?:clean|cleaner|spotless|tidy|immaculate|organi[sz]ed|well[- ]kept|well[- ]run|calm|quiet|bright|modern|brand new|friendly|welcoming|happy|confident|relaxed|busy|buzzing)\b|^(?:the\s+)?way\s+\p{L}+\s+(?:talked|spoke|speaks|talks|explained|described|ran|runs|handled|dealt)\b/iu;

/** Phrasings that say the candidate heard or was told. */
const HEARD = /\b(?:hear|heard|hearing|learn|learned|learnt|told|said)\b/iu;

/** A point, unless it is hard news ("the van is being cut") with no experience beside it. */
function sayable(point: Fact | null, fit: Fact | undefined): Fact | null {
  // "I walked beats one to three, and the croys need work after the spate, fishing hut roof
  // too": notes strung on commas read as notes, however they open.
  const strung = point?.frame === "own" && (point.text.match(/,/gu)?.length ?? 0) >= 2;
  return point && !strung && (fit !== undefined || !isBadNews(point)) ? point : null;
}

/**
 * The candidate's experience that speaks to a point of this conversation, to be said right after
 * it ("the check-in queues at weekends" and "I rolled out online check-in…"); else their first.
 * With two points, each may have its own.
 */
function fitBeside(
  fits: readonly Fact[],
  main: Fact | null,
  second: Fact | null,
): {
  mainFit: Fact | undefined;
  secondFit: Fact | undefined;
  moreFit: Fact | undefined;
  /** A fit said after the points for want of one that speaks to them. */
  unrelated: Fact | undefined;
  /** How many words a fit shares with the point it is said beside. */
  strength: (fit: Fact) => number;
} {
  const closest = (point: Fact | null, taken: Fact | undefined) => {
    let best: { fit: Fact; shared: number } | null = null;
    for (const fit of fits) {
      if (!point || fit === taken) continue;
      const shared = sharedWords(point.typed ?? point.text, fit.typed ?? fit.text);
      // One word in common ("grill") does not make "I've spent three years on sauté and grill"
      // an answer to the topic: set beside it, a span of years reads as a fact dropped in. A deed
      // ("I ran the parallel payrolls…") beside "payroll" does answer it.
      if (shared < (isSpanSentence(fit.text) ? SPAN_BESIDE_WORDS : 1)) continue;
      // On a tie, what the candidate did ("I built…") says more than a phrase naming it.
      const better =
        shared > (best?.shared ?? 0) ||
        (best !== null && shared === best.shared && isDeed(fit) && !isDeed(best.fit));
      if (better) best = { fit, shared };
    }
    return best;
  };
  const forMain = closest(main, undefined);
  const forSecond = closest(second, forMain?.fit);
  // The same fit may suit both: it goes with the point it suits better.
  const mainFit =
    forMain && !(forSecond === null && (closest(second, undefined)?.shared ?? 0) > forMain.shared)
      ? forMain.fit
      : undefined;
  const secondFit =
    forSecond?.fit ?? (mainFit === undefined ? closest(second, undefined)?.fit : undefined);
  const used = [mainFit, secondFit];
  // Said for want of a fit that speaks to a point: a deed of the candidate's before a phrase.
  const rest = fits
    .filter((fit) => !used.includes(fit))
    .sort((a, b) => Number(isDeed(b)) - Number(isDeed(a)));
  const strength = (fit: Fact) =>
    fit === mainFit && main
      ? sharedWords(main.typed ?? main.text, fit.typed ?? fit.text)
      : fit === secondFit && second
        ? sharedWords(second.typed ?? second.text, fit.typed ?? fit.text)
        : 0;
  if (!mainFit && !secondFit) {
    return {
      mainFit: undefined,
      secondFit: rest[0],
      moreFit: rest[1],
      unrelated: rest[0],
      strength,
    };
  }
  return {
    mainFit,
    secondFit,
    moreFit: mainFit && secondFit ? undefined : rest[0],
    unrelated: undefined,
    strength,
  };
}

/** How many words a span of years must share with a topic to be said beside it. */
const SPAN_BESIDE_WORDS = 2;

/** "I built…", "In two years at X, I ran…": something the candidate did, in their own sentence. */
function isDeed(fit: Fact): boolean {
  return fit.frame === "own" && /\bI\b/.test(fit.text);
}

/**
 * The thanks and the first specific. Something the reader did for the candidate is itself the
 * thanks, when a subject line has named the role. A candidate whose other notes have used every
 * short thanks gets the thanks and the specific in one sentence, which no other note of theirs
 * can have.
 */
function openingAndPoint(
  facts: NoteFacts,
  w: NoteWriter,
  main: Fact | null,
  openings: readonly string[],
  withPoint: FramedPhrasings,
  opensWithDeed = false,
): { opening: Sentence; point: Sentence | null } {
  const P = THANK_YOU_EMAIL;
  const fills = thankYouFills(facts);
  // "Thank you for going through my test with me this morning": what they did opens the note.
  // A long deed ("asking me to teach you milk steaming like…") is no opening line.
  const deed =
    main?.frame === "thanks" &&
    wordCount(main.text) <= 12 &&
    // "Thank you for asking about my NZSIA level 2" thanks for a question, not for the time;
    // "telling me students notice…" would put the day after what was told.
    !/^(?:asking|telling me|explaining|reminding me)\b/.test(main.text) &&
    w.framed(
      "opening-thanks",
      "thanks-deed",
      // Where no subject line has named the role, the thanks names it too.
      opensWithDeed ? P.openingForDeed : P.openingForDeedPosition,
      { ...fills, point: main },
      main,
    );
  if (deed) return { opening: deed, point: null };
  // Half the notes thank and name the first specific in one sentence, as many people open; the
  // subject line has named the role.
  const joinedWithPoint =
    main &&
    opensWithDeed &&
    w.choice.pick("opening-shape", [true, false]) &&
    w.framed(
      "opening-thanks",
      "thanks-point",
      sober(P.openingWithPoint, main),
      { ...fills, point: main },
      main,
    );
  if (joinedWithPoint && !joinedWithPoint.repeated)
    return { opening: joinedWithPoint, point: null };
  if (main && w.allRepeated(openings, fills)) {
    const joined = w.framed(
      "opening-thanks",
      "thanks-point",
      sober(withPoint, main),
      { ...fills, point: main },
      main,
    );
    if (joined) return { opening: joined, point: null };
  }
  const opening = w.write("opening-thanks", "thanks", openings, fills);
  const point =
    (main &&
      w.framed("specific-point", "point", sober(P.point, main), { ...fills, point: main }, main)) ||
    w.write("interview-reference", "no-point", P.noPoint, fills);
  return { opening, point };
}

/**
 * Interest (with what impressed the candidate, if noted) and the next steps; from notes too sparse
 * to reach a thank-you's length, an offer of anything else they need too. The offer is written
 * last, so that whether or not it is kept, the other sentences are worded the same.
 */
function closingParagraph(
  facts: NoteFacts,
  w: NoteWriter,
  experience?: Fact,
  alone?: (fit: Fact) => Sentence | null | undefined,
): Paragraph {
  const P = THANK_YOU_EMAIL;
  const fills = thankYouFills(facts);
  // What impressed the candidate, unless the note already cites it as a point.
  const cited = new Set([...facts.ownPoints, ...facts.sharedPoints.slice(0, 1)].map((p) => p.text));
  // "equal minutes for every kid" cited, "the equal minutes" is not said again.
  const impressed = facts.impressed.find(
    (i) => ![...cited].some((text) => text === i.text || sharedWords(text, i.text) >= 2),
  );
  const offer = () => w.write("offer", "offer", P.offer, fills, { pad: true });
  const availability = () => w.write("offer", "availability", P.availability, fills, { pad: true });
  // A trial shift or a further round the interviewer named is answered in place of an offer.
  const stage = stageSentence(facts, w);
  // Why the candidate wants the job, in their words, leads the close: it is what readers remember.
  const motive =
    facts.motive &&
    w.write("interest", "motive", P.motive, { ...fills, motive: facts.motive }, { drop: 6 });
  const thanksOn =
    facts.othersToThank &&
    w.write("close", "panel-thanks", P.panelThanks, { others: facts.othersToThank }, { drop: 4 });
  // Experience carried to the close is what the candidate would bring: "…, and I'd love to bring
  // that experience to X." Interest is said there; when they will hear follows on its own.
  if (experience && bringable(experience)) {
    // Said the same way in a colleague's note, what impressed the candidate is left to that note.
    const said =
      impressed &&
      w.framed(
        "interest",
        "impressed",
        seen(P.impressedAlone, impressed),
        { impressed },
        impressed,
        {
          drop: 4,
        },
      );
    const bring = broughtTo(facts, w, experience);
    // A panel member's note may lose the experience; the interest it carried stays.
    const standIn = w.write("interest", "interest", P.interest, fills);
    // The experience and what it would be built on come first: what impressed the candidate
    // between them reads as a non sequitur.
    return paragraph(
      motive,
      { ...bring, standIn },
      said,
      stage ?? offer(),
      availability(),
      once(nextStepsSentence(facts, w), stage),
      thanksOn,
    );
  }
  // A credential alone ("I have my OSHA 10 card.") reads as bolted on; a note with an answer in
  // it has said enough of the candidate without it.
  const thin = facts.concerns.length === 0 && facts.questions.length === 0;
  const fit = experience && thin ? alone?.(experience) : null;
  // What impressed them, as why they want the job, then when they will hear: as people close a
  // letter. Beside a reason of their own, a second "why" would say it twice.
  // A long clause makes a heavy subject for "makes me want to join": it is said on its own.
  const why =
    impressed &&
    !motive &&
    wordCount(impressed.text) <= WHY_WORDS &&
    // "the pupil panel questions were better than the adults'": what happened on the day is no
    // reason to want the job; what the place does is.
    !(impressed.frame === "that" && wordsOf(impressed.text).some((w) => w.tags.has("PastTense"))) &&
    w.framed(
      "interest",
      "impressed-why",
      seen(P.impressedWhy, impressed),
      { ...fills, impressed },
      impressed,
    );
  if (why && !why.repeated) {
    const next = nextStepsSentence(facts, w);
    return paragraph(why, fit, stage ?? offer(), availability(), once(next, stage), thanksOn);
  }
  // What impressed them, then interest and when they will hear in one sentence; said apart when
  // either has been said this way in another note.
  const joined = impressed && facts.nextContact && impressedThenContact(facts, w, impressed);
  if (joined)
    return paragraph(motive, joined[0], fit, joined[1], stage ?? offer(), availability(), thanksOn);
  const withImpressed =
    impressed &&
    w.framed(
      "interest",
      "interest",
      seen(P.interestImpressed, impressed),
      { ...fills, impressed },
      impressed,
    );
  // What impressed the candidate, said the same way in a colleague's note, is left to that note.
  const interest =
    withImpressed && !withImpressed.repeated
      ? withImpressed
      : w.write("interest", "interest", P.interest, fills);
  const next = nextStepsSentence(facts, w);
  return paragraph(
    motive,
    fit,
    interest,
    stage ?? offer(),
    availability(),
    once(next, stage),
    thanksOn,
  );
}

/** What impressed the candidate is said as why they want the job only when it is this short. */
const WHY_WORDS = 10;

/** "I look forward to the test task. I look forward to hearing from you.": said once. */
function once(next: Sentence | null, stage: Sentence | null): Sentence | null {
  const looking = /\blook(?:ing)? forward\b/i;
  return next && stage && looking.test(stage.text) && looking.test(next.text) ? null : next;
}

/** "I would be glad to do a trial shift if that would help.": readiness for what may come next. */
function stageSentence(facts: NoteFacts, w: NoteWriter): Sentence | null {
  const P = THANK_YOU_EMAIL;
  const [stage] = facts.nextStages;
  if (!stage) return null;
  const sources = ["nextSteps"];
  if (stage.kind === "references") {
    // Asked for, they are sent, not offered: "Just let me know when you'd like my references"
    // would answer a request with a question.
    return stage.asked
      ? { ...w.write("offer", "references-asked", P.referencesAsked, {}), sources }
      : { ...w.write("offer", "references", P.references, {}, { drop: 3 }), sources };
  }
  // "test task next: they send a mock CRF": what comes next is looked forward to, not offered.
  const settled = stage.kind === "try-out" && stage.settled;
  return w.write(
    "offer",
    settled ? "try-out-next" : stage.kind,
    settled ? P.tryOutNext : stage.kind === "try-out" ? P.tryOut : P.nextRound,
    {
      stage: {
        text: settled ? stage.what.replace(/^an?\s/, "the ") : stage.what,
        sources,
        literal: true,
      },
    },
    { drop: 6 },
  );
}

/** One sentence of experience, short enough to carry the candidate's interest after it. */
function bringable(fit: Fact): boolean {
  const text = fit.text.trim();
  // "…, and I worked 6am opening for years" already runs on: a third "and" would not read.
  return (
    !/[.!?]\s+\S/.test(text) &&
    /\.$/.test(text) &&
    wordCount(text) <= 28 &&
    !/,\s+and\b/.test(text) &&
    // A card, a licence, a language or an exam is no experience to bring.
    !/\b(?:cert|certs|certificate|certified|card|licen[cs]e|licensed|speaker|bilingual|fluent|passed|exam|qualified|registered)\b/i.test(
      text,
    )
  );
}

/**
 * "I'm an accredited checker.", "I am GCP certified.": what the candidate holds, said alone
 * beside a point, reads as bolted on; judges of the forty-seventh set called it so.
 */
export function credentialAlone(fit: Fact): boolean {
  if (fit.frame !== "own" || wordCount(fit.text) > 8) return false;
  // "I passed the BEVA/BVDA exam in 2022.", "I hold a current CSCS card.": a certificate held.
  if (
    /^I\s+(?:passed|hold|have\s+(?:a|an|my))\s/u.test(fit.text) &&
    /\b(?:exams?|certificate|cert|licen[cs]e|ticket|card|qualification)\b/iu.test(fit.text)
  ) {
    return true;
  }
  return (
    /^I(?:['’]m| am)\s/u.test(fit.text) &&
    /\b(?:accredited|certified|registered|qualified|licensed|chartered|trained|checker|speaker|holder|aider)\b/iu.test(
      fit.text,
    )
  );
}

/** "I've spent four years at a packaging agency. I would be glad to do that work at X." */
function broughtTo(facts: NoteFacts, w: NoteWriter, fit: Fact): Sentence {
  const text = fit.text.trim();
  return w.write(
    "interest",
    "fit-bring",
    THANK_YOU_EMAIL.fitToCompany,
    { ...thankYouFills(facts), fit: { ...fit, text: text.slice(0, -1), literal: true } },
    { drop: 5 },
  );
}

/** "I was impressed by the preceptorship." and "I'd be glad to join X, and I look forward to…". */
function impressedThenContact(
  facts: NoteFacts,
  w: NoteWriter,
  impressed: Fact,
): [Sentence, Sentence] | null {
  const P = THANK_YOU_EMAIL;
  const { when, call } = facts.nextContact!;
  const deadline = /^(?:by|within|before)\b/.test(when.text);
  const said = w.framed(
    "interest",
    "impressed",
    seen(P.impressedAlone, impressed),
    { impressed },
    impressed,
  );
  if (!said || said.repeated) return null;
  const phrasings = deadline
    ? P.interestThenContactBy
    : call
      ? P.interestThenCall
      : P.interestThenContact;
  const close = w.write("interest", "interest-next", phrasings, {
    ...thankYouFills(facts),
    contact: when,
  });
  return close.repeated ? null : [said, close];
}

function card(written: NoteFacts, w: NoteWriter): Composition {
  const P = THANK_YOU_CARD;
  const E = THANK_YOU_EMAIL;
  // A card is read days later: "on Tuesday", never "this morning".
  const facts = { ...written, when: written.whenPosted };
  const fills = thankYouFills(facts);
  const main = sayable(pointsFor(facts).main, undefined) ?? facts.sharedPoints[0] ?? null;
  // Experience typed as a bare phrase ("HNC book arts") needs a stock line to carry it, and a
  // credential alone ("I'm a French speaker.") reads as bolted on: a card says only experience
  // the candidate wrote as their own sentence, and carries its interest with it.
  const fit = facts.fit.map(spokenFit).find((f) => f.frame === "own" && bringable(f));
  const { opening, point } = openingAndPoint(
    facts,
    w,
    main,
    P.openingThanks,
    E.openingWithPointPosition,
  );
  // Feedback taken is what a card most needs to say: it stands in for a stock line.
  const advice =
    facts.advice &&
    w.framed("fit", "advice", E.adviceTaken, { advice: facts.advice }, facts.advice);
  return {
    subject: null,
    paragraphs: [
      greeting(facts, w, "card"),
      paragraph(
        opening,
        advice && point?.slot === "interview-reference" ? null : point,
        advice,
        // "…, and I'd love to bring that experience to X.": experience carries the interest.
        fit ? broughtTo(facts, w, fit) : w.write("interest", "card-interest", P.interest, fills),
      ),
      signOff(facts, w, "card"),
    ],
    notices: main ? [] : [noPointNotice(facts)],
  };
}

function linkedin(facts: NoteFacts, w: NoteWriter, options: WriterOptions): Composition {
  const P = THANK_YOU_LINKEDIN;
  const fills = thankYouFills(facts);
  const main = sayable(pointsFor(facts).main, undefined) ?? facts.sharedPoints[0] ?? null;
  const point =
    main &&
    w.framed("specific-point", "point", THANK_YOU_EMAIL.point, { ...fills, point: main }, main);
  return {
    subject: null,
    paragraphs: [
      paragraph(
        greetingSentence(facts, w, "linkedin"),
        options.compact
          ? w.write("opening-thanks", "thanks-short", P.openingThanksShort, fills)
          : w.write("opening-thanks", "thanks", P.openingThanks, fills),
        point || w.write("interview-reference", "no-point", P.noPoint, fills),
        w.write("stay-connected", "connect", P.stayConnected, fills, { drop: 2 }),
      ),
      paragraph(
        w.write("sign-off", "sign-off", SIGN_OFFS.linkedin[facts.tone], fills, {
          drop: LAST_RESORT,
        }),
      ),
    ],
    notices: point ? [] : [noPointNotice(facts)],
  };
}

/** "Dear Dana," on a line of its own. */
export function greeting(facts: NoteFacts, w: NoteWriter, channel: "email" | "card"): Paragraph {
  return paragraph(greetingSentence(facts, w, channel));
}

/** The greeting by the reader's name, or a plain "Hello," for a reader known only by an address. */
export function greetingSentence(facts: NoteFacts, w: NoteWriter, channel: Channel): Sentence {
  return w.write("greeting", "greeting", greetingsFor(facts, channel), baseFills(facts));
}

/**
 * "Dear" for a name written with a title, on a card and in a formal note; the tone's own
 * greetings otherwise; "Hello," for a reader known only by an address.
 */
function greetingsFor(facts: NoteFacts, channel: Channel): readonly string[] {
  if (!facts.greetingName) return GREETINGS.unnamed;
  if (facts.titled) return GREETINGS.titled;
  return channel === "card" ? GREETINGS.card : GREETINGS[facts.tone];
}

/** The sign-off line, then the candidate's name (and, on e-mail, contact details). */
export function signOff(facts: NoteFacts, w: NoteWriter, channel: "email" | "card"): Paragraph {
  const line = w.write("sign-off", "sign-off", SIGN_OFFS[channel][facts.tone], baseFills(facts));
  const name = channel === "email" ? facts.signature : facts.candidate;
  return { sentences: [line, w.verbatim("signature", name.text, name.sources)], lines: true };
}

/** Subjects longer than this are cut off in most inboxes. */
export const SUBJECT_LIMIT = 60;

/** The seeded subject, or a short one when the position makes it too long for an inbox. */
export function subjectLine(
  facts: NoteFacts,
  choice: SeededChoice,
  phrasings: readonly string[],
  short: readonly string[],
): string {
  const fills = baseFills(facts);
  // A long company or role name rules out some phrasings, not every one that names them.
  const fitting = phrasings.filter(
    (phrasing) => fillTemplate(phrasing, fills).text.length <= SUBJECT_LIMIT,
  );
  return fitting.length > 0
    ? fillTemplate(choice.pick("subject", fitting), fills).text
    : fillTemplate(choice.pick("subject-short", short), fills).text;
}

/**
 * "Thank you, and more on crane work": a subject that names what the note answers, as people
 * write it, when the note answers something short enough to name.
 */
function emailSubject(facts: NoteFacts, choice: SeededChoice, topic: Fact | null): string {
  const P = THANK_YOU_EMAIL;
  if (topic) {
    const subject = fillTemplate(choice.pick("subject-topic", P.subjectTopic), { topic }).text;
    if (subject.length <= SUBJECT_LIMIT) return subject;
  }
  // "Thanks for the weld test this morning": a task the reader set names the day best.
  const task = facts.ownPoints
    .map((point) => TASK_GIVEN.exec(point.text)?.[1])
    .find((what) => what !== undefined && wordCount(what) <= 6);
  if (task) {
    const named = fillTemplate(choice.pick("subject-task", P.subjectTaskPosition), {
      ...thankYouFills(facts),
      task: { text: task, sources: [], literal: true },
    }).text;
    if (named.length <= SUBJECT_LIMIT) return named;
    const subject = fillTemplate(choice.pick("subject-task", P.subjectTask), {
      task: { text: task, sources: [], literal: true },
      when: facts.when ?? { text: "", sources: [] },
    })
      .text.replace(/\s+$/u, "")
      .replace(/\s{2,}/gu, " ");
    if (subject.length <= SUBJECT_LIMIT) return subject;
  }
  // A trial shift or a practical was more than a conversation.
  const tried = facts.ownPoints.some((point) => /^letting me\b/u.test(point.text));
  const subjects = tried ? P.subject.filter((p) => !/\bconversation\b/u.test(p)) : P.subject;
  return subjectLine(facts, choice, subjects, P.subjectShort);
}

/**
 * "what Children First means for me as a mandated person" before "As a mandated person I
 * have to…": the words the answer opens with are not said twice.
 */
function withoutTailAnswered(piece: Fact, answer: string): Fact {
  const words = piece.text.split(/\s+/);
  const opening = answer.toLowerCase().replace(/[^\p{L}\p{N}\s'’-]/gu, "");
  for (let n = Math.min(6, words.length - 2); n >= 3; n--) {
    const tail = words.slice(-n).join(" ").toLowerCase();
    if (opening.startsWith(`${tail} `)) {
      const kept = words
        .slice(0, -n)
        .join(" ")
        .replace(/\s+(?:as|and|or|for|with|in|of)$/iu, "");
      return { ...piece, text: kept };
    }
  }
  return piece;
}

/** What a concern or question is about, when a subject line can name it in a few words. */
function answeredTopic(piece: Fact | undefined): Fact | null {
  if (!piece) return null;
  // "I haven't done much crane work" is about crane work; a phrase is about itself.
  const typed =
    piece.frame === "that" ? gapTopic(piece.text) : piece.frame === "about" ? piece.text : null;
  // "with under 12s": the topic without the preposition it was typed with.
  const topic = typed?.replace(/^(?:with|of|in|on)\s+/iu, "") ?? null;
  if (!topic || wordCount(topic) > SUBJECT_TOPIC_WORDS) return null;
  // "big rigging on dieback ash", "malaysia market and statutory stuff": a subject line names a
  // topic in a word or three, in words fit for a heading.
  return /^(?:the|a|an|my|your)\b/i.test(topic) ||
    /[,;:]/.test(topic) ||
    /\b(?:stuff|things?|on|than|and|or)\b/i.test(topic)
    ? null
    : { ...piece, text: namedBare(topic) ? `my ${topic} experience` : topic };
}

/**
 * "heat pump", "agency side", "arctic field": a gap named by a thing, singular and without an
 * article, which "more on heat pump" leaves bare; "crane work", a doing or a plural read as
 * they are.
 */
function namedBare(topic: string): boolean {
  const words = topic.split(/\s+/u);
  const head = words.at(-1)!;
  return (
    words.length <= 3 &&
    !/^\p{Lu}/u.test(topic) &&
    !/^\p{L}+ing\b|\b(?:a|an|the|my|your|our|their|of|in|on|with|and)\b/iu.test(topic) &&
    !/ing$|s$/u.test(head) &&
    !/^(?:work|experience|management|support|knowledge|training)$/iu.test(head) &&
    wordsOf(topic).at(-1)?.tags.has("Singular") === true
  );
}

const SUBJECT_TOPIC_WORDS = 3;

/**
 * A concern or question, framed as its form allows, then the candidate's answer (only its first
 * sentence when it is long). A piece no phrasing of the slot can hold is left out with its answer.
 */
export function answered(
  w: NoteWriter,
  slot: "concern-answered" | "question-answered",
  key: string,
  phrasings: FramedPhrasings,
  name: "concern" | "question",
  item: {
    concern?: Fact;
    question?: Fact;
    answer?: Fact;
    response?: Fact;
    brief: Fact | null;
    raisedHere?: boolean;
  },
  drop: number | undefined,
): Sentence[] {
  const piece = (item.concern ?? item.question)!;
  const answer = (item.answer ?? item.response)!;
  const optional = drop === undefined ? { group: key } : { drop, group: key };
  const said = item.brief ?? answer;
  // What the reader raised about the candidate is granted to them, then answered.
  const granted = name === "concern" && item.raisedHere === true && isAboutCandidate(piece);
  // "On crane work: I've done four…": what the gap is about, then the answer, without saying
  // the gap again.
  const topic = name === "concern" && piece.frame === "that" ? gapTopic(piece.text) : null;
  // "I haven't worked on CO2 racks yet, but…": a response that owns the gap in its own words,
  // naming it, needs no "You asked about my experience with…" before it.
  const owning = said.text.trim().replace(GRANTED_OPENING, "");
  if (topic && OWNS_GAP.test(owning) && namesTheGap(topic, owning)) {
    return [w.verbatim(slot, capitaliseSentenceStart(owning), answer.sources, optional)];
  }
  // "never towed anything", answered "I'll ride along as long as you need…": a plan answers a
  // gap only once the gap is owned.
  if (topic && granted && PLAN.test(owning)) {
    return [
      gapSaid(w, slot, piece, optional) ??
        w.write(
          slot,
          `${key}-granted-plan`,
          THANK_YOU_EMAIL.concernGrantedAlone,
          { concern: piece },
          optional,
        ),
      w.verbatim(slot, capitaliseSentenceStart(owning), answer.sources, optional),
    ];
  }
  if (topic) {
    // "Not on the scheme side, but…": the answer to "any?" said in the room, as a letter says it.
    const response = capitaliseSentenceStart(
      said.text
        .trim()
        .replace(GRANTED_OPENING, "")
        .replace(/^Not\s+(?=(?:on|in|with|at|for|from)\s)/u, "I have none "),
    );
    const more = item.brief
      ? [w.write(slot, `${key}-more`, THANK_YOU_EMAIL.moreToFollow, {}, optional)]
      : [];
    return [
      w.write(
        slot,
        `${key}-on`,
        onTopic(
          item.raisedHere === true
            ? THANK_YOU_EMAIL.concernOn.asked
            : THANK_YOU_EMAIL.concernOn.about,
          topic,
        ),
        {
          topic: { ...piece, text: experienceWith(topic) },
          // "On trust accounting, the principle is the same…": the gap named as people lead
          // into what they have to say of it.
          gap: { ...piece, text: topic },
          response: { ...said, text: response, literal: true },
          responseOn: { ...said, text: lowerOpening(response), literal: true },
        },
        optional,
      ),
      ...more,
    ];
  }
  // "You were right. I have reworked the case…": the catch thanked for, then what was done.
  const agreed = granted ? AGREED.exec(said.text) : null;
  if (agreed && said.text.length > agreed[0].length) {
    // "You're right, and I knew your limit was 80 words.": what follows stands as a sentence.
    const rest = capitaliseSentenceStart(said.text.slice(agreed[0].length).replace(/^and\s+/u, ""));
    const lead = w.write(
      slot,
      `${key}-pointed-out`,
      THANK_YOU_EMAIL.concernPointedOut,
      { concern: piece },
      optional,
    );
    return [lead, w.verbatim(slot, rest, answer.sources, optional)];
  }
  // "Most of my experience is dairy, but…": a response that says the concern again is its own
  // lead, without the "Yes," that answered the question in the room.
  if (name === "concern" && restates(piece.text, said.text)) {
    const own = said.text.trim().replace(GRANTED_OPENING, "");
    return [w.verbatim(slot, capitaliseSentenceStart(own), answer.sources, optional)];
  }
  const conceded =
    name === "concern" && concededConcern(w, slot, key, piece, said, optional, granted);
  if (conceded) return [conceded];
  const asked = withoutTailAnswered(piece, said.text);
  // "Against the datums on the CMM, …": a phrase of an answer reads only after a colon closing a
  // lead that ends on the question itself.
  const leads = readsAfterColon(said) ? endingOn(phrasings, name) : phrasings;
  const lead =
    (granted ? gapSaid(w, slot, asked, optional) : null) ??
    w.framed(
      slot,
      key,
      granted ? { ...leads, that: THANK_YOU_EMAIL.concernGrantedAlone } : leads,
      { [name]: asked },
      asked,
      optional,
    );
  if (!lead) return [];
  const endsOnIt = lead.text.endsWith(`${asked.text}.`);
  const joined = endsOnIt ? answerAfterColon(lead, said) : null;
  if (joined) return [joined];
  // "Section 57, dogs attacking persons or animals. I've read through it since.": the phrase
  // after the colon, then the candidate's own sentences.
  const [phrase, ...more] = said.text.trim().split(/(?<=[.!])\s+(?=\p{Lu})/u);
  const opened =
    endsOnIt &&
    more.length > 0 &&
    /^(?:I|My)\b/u.test(more[0]!) &&
    formOf(phrase!) === "noun-phrase" &&
    ordersOwned(phrase!) === phrase
      ? answerAfterColon(lead, { ...said, text: phrase! })
      : null;
  if (opened) return [opened, w.verbatim(slot, more.join(" "), answer.sources, optional)];
  // "I know I am only six months out of residency. That's fair.": the lead has granted it.
  // "I know it's my weak spot.": after "I know…" has granted it, said once.
  const rest =
    name === "concern"
      ? capitaliseSentenceStart(
          said.text
            .replace(GRANTED_OPENING, "")
            .replace(
              /^I know\b/u.test(lead.text)
                ? /^I know\s+(?=(?:it|that|this)(?:['’]s|\s+is)\b)/u
                : /^$/u,
              "",
            ),
        )
      : said.text;
  const sentences = [lead, w.verbatim(slot, ordersOwned(rest), answer.sources, optional)];
  if (item.brief) {
    sentences.push(w.write(slot, `${key}-more`, THANK_YOU_EMAIL.moreToFollow, {}, optional));
  }
  return sentences;
}

/**
 * "Start from the contract rates": what the candidate would do, "I would start from…"; "Colour
 * checker and a fixed profile…" only looks like an order, and stays as typed.
 */
export function ordersOwned(rest: string): string {
  // "Keep trying the doctor, then call…": a verb that takes a doing after it is an order too.
  // "Check the patient first - is the animal breathing…": the order is its first part.
  const order = rest.split(/(?<=[.!?])\s+|\s[-–—]\s/u)[0]!;
  const [verb = "", typedNext = ""] = order.split(/\s+/);
  // "Thank them, say it's…": the comma closes the object, not the order.
  const next = typedNext.replace(/[,;:]$/u, "");
  // "Confirm the first night is on us, …": an order whose object is a clause is an order still.
  const opensAnOrder = wordsOf(order)[0]?.tags.has("Imperative") === true;
  const ordered =
    (formOf(order) === "imperative" || opensAnOrder) &&
    isBareVerb(verb.toLowerCase()) &&
    (OBJECT_START.test(next) ||
      (/^(?:keep|start|stop|avoid)$/i.test(verb) && /ing$/.test(next)) ||
      /^be$/i.test(verb));
  // "First check my own work…": an order led by when.
  const timed = /^(?:First|Always|Never|Then|Just)\s+(\p{Ll}+)\b/u.exec(rest);
  if (ordered || (timed && isBareVerb(timed[1]!))) {
    return conditionsOwned(`I would ${lowerOpening(rest)}`);
  }
  // "I would first rule out the method. If they diverge early, look at…": after the candidate's
  // "I would", an order under a condition is theirs too.
  return /^I would\b/u.test(rest) ? conditionsOwned(rest) : rest;
}

/** The phrasings of each frame that end on the piece itself, when any do. */
function endingOn(phrasings: FramedPhrasings, name: string): FramedPhrasings {
  const ending = `{${name}}.`;
  return Object.fromEntries(
    Object.entries(phrasings).map(([frame, list]) => {
      const closing = (list ?? []).filter((p) => p.endsWith(ending));
      return [frame, closing.length > 0 ? closing : list];
    }),
  ) as FramedPhrasings;
}

/**
 * "On trust accounting, …" leads well with a topic of some words whose head needs no article:
 * work, a gerund, a plural. "On bakery, …" reads as a heading and "On client base in Cork, …" as
 * notes, so such a topic is asked after in a sentence of its own.
 */
function onTopic(phrasings: readonly string[], topic: string): readonly string[] {
  const head = topic
    .split(/\s+(?:in|at|on|with|for|of)\s+/u)[0]!
    .split(/\s+/u)
    .pop()!;
  const bare =
    wordCount(topic) > 1 &&
    (/^\p{Ll}+ing\b/u.test(topic) || /(?:ing|[^s]s|work|experience)$/u.test(head));
  return bare ? phrasings : phrasings.filter((p) => !p.startsWith("On {gap}"));
}

/**
 * A gap's topic as the candidate's experience of it: "crane work" is "my experience with crane
 * work", "driving a haul truck" "my experience of driving a haul truck", "sedation experience"
 * "my sedation experience". A question about the topic alone
 * ("your question about seasonal and changing menu") reads as the notes pasted in.
 */
function experienceWith(topic: string): string {
  if (/^my\s/iu.test(topic)) return topic;
  // "with under 12s": the topic typed with its own preposition.
  if (/^(?:with|of|in|on)\s/iu.test(topic)) return `my experience ${topic}`;
  // "experience with Kafka", "sedation experience": the experience named already.
  if (/^experience\b|\bexperience$/iu.test(topic)) return `my ${topic}`;
  // "heat pump", "agency side": a thing named bare wants an article, or names the experience.
  if (namedBare(topic)) return `my ${topic} experience`;
  // "driving a haul truck": experience of doing it.
  return /^\p{L}+ing\b/u.test(topic) ? `my experience of ${topic}` : `my experience with ${topic}`;
}

/**
 * "…so the group keeps moving. And if they're right, say so.": after an order made the
 * candidate's, an order under a condition is theirs too: "And if they're right, I would say so."
 */
function conditionsOwned(text: string): string {
  return text.replace(
    /(?<=[.!]\s+)((?:And |But |Then )?(?:if|when|once|unless|If|When|Once|Unless)\b[^,.]+,\s+)(\p{Ll}+)\b/gu,
    (all, condition: string, verb: string) =>
      isBareVerb(verb) ? `${condition}I would ${verb}` : all,
  );
}

/**
 * "I haven't worked on CO2 racks yet, but…" names the gap "CO2 transcritical" in its first
 * clause; "I haven't led one, but…" leans on a question said before it.
 */
function namesTheGap(topic: string, response: string): boolean {
  const first = response.split(/,|\s[-–—]\s|[.;]\s/u)[0]!;
  if (/\b(?:one|it|that|them|this|any)\b/iu.test(first)) return false;
  const words = (topic.toLowerCase().match(/[\p{L}\p{N}]{2,}/gu) ?? []).filter(
    (word) => !/^(?:the|and|with|of|in|on|for|an|experience|work|working|my|your)$/u.test(word),
  );
  const said = first.toLowerCase();
  return words.some((word) => new RegExp(`(?<![\\p{L}\\p{N}])${word}`, "u").test(said));
}

/** A response that opens by owning the gap: "I haven't run a CNC, but…", "I've never led one…". */
const OWNS_GAP =
  /^(?:I\s+(?:haven['’]?t|have not|['’]ve never|have never|never|hadn['’]?t|don['’]?t|do not)\b|I['’]ve not\b|It['’]s true\b)/u;

/**
 * "I have never made an alpine or worked with raw milk.": a gap of the candidate's, raised by
 * the reader, said plainly as their own sentence; "I take the point that I have never…" reads
 * as defending it.
 */
function gapSaid(
  w: NoteWriter,
  slot: "concern-answered" | "question-answered",
  gap: Fact,
  optional: { drop?: number; group: string },
): Sentence | null {
  if (
    gap.frame !== "that" ||
    !/^I (?:have never|haven['’]t|have not|have no|am not|have only)\b/u.test(gap.text)
  ) {
    return null;
  }
  return w.verbatim(slot, `${gap.text.replace(/[.!]+$/u, "")}.`, gap.sources, optional);
}

/** A response that says what the candidate will do: "I'll ride along…", "I'm signing up for…". */
const PLAN =
  /^(?:I['’]ll|I will|I['’]d want|I would want|I['’]m (?:signing|booking|booked|enrolled|going|doing|taking|starting|already)|I am (?:signing|booking|booked|enrolled|going|doing|taking|starting|already)|I['’]ve (?:booked|signed|enrolled|started))\b/u;

/** What follows an order's verb: "Start from the…", "Check it…", "Lift only the beads…". */
const OBJECT_START =
  /^(?:the|a|an|my|your|their|our|it|them|this|that|these|those|with|to|from|on|in|by|for|all|each|every|some|any|up|out|off|down|back|over|through|only|just|first|always|never|carefully|quickly|straight)$/i;

/** A response that opens by granting the reader's point: "You were right.", "Fair point." */
const AGREED =
  /^(?:(?:(?:you|she|he|they)\s+(?:were|was|are|is)|you['’]re|(?:s)?he['’]s|they['’]re)\s+(?:quite\s+|absolutely\s+)?right|(?:that['’]s\s+a\s+)?fair\s+(?:point|call|comment|criticism)|good\s+catch|agreed)[.!,;:]\s+/iu;

/** "most of my books have been memoir", "I have not led a team": said of the candidate. */
function isAboutCandidate(concern: Fact): boolean {
  return (
    concern.frame === "that" &&
    !/^(?:you|your)\b/i.test(concern.text) &&
    /\b(?:I|my|me)\b/.test(concern.text)
  );
}

/**
 * "I know I have not worked in a trauma ICU, but I am sitting the CCRN in January.": a concern
 * the candidate owns and a one-sentence response of theirs, said together; "You're right that…"
 * when the reader raised it.
 */
function concededConcern(
  w: NoteWriter,
  slot: "concern-answered" | "question-answered",
  key: string,
  concern: Fact,
  response: Fact,
  optional: { drop?: number; group: string },
  granted: boolean,
): Sentence | null {
  const text = response.text.trim();
  // "I know X, but I'm quick on round fish, but…": a response with its own "but" stands alone.
  if (/[.!?]\s+\S/.test(text) || !/\.$/.test(text) || /\bbut\b/i.test(text)) return null;
  if (granted) {
    return w.write(
      slot,
      `${key}-granted`,
      THANK_YOU_EMAIL.concernGranted,
      {
        concern,
        // "It is true that…, but fair, I'm working on it": the lead has granted it already.
        response: {
          ...response,
          text: lowerOpening(text.replace(GRANTED_OPENING, "")),
          literal: true,
        },
      },
      optional,
    );
  }
  if (concern.frame !== "that" || !/^I\b/.test(concern.text)) return null;
  if (!/^I(?:\b|['’])/.test(text)) return null;
  return w.write(
    slot,
    `${key}-conceded`,
    THANK_YOU_EMAIL.concernConceded,
    { concern, response: { ...response, literal: true } },
    optional,
  );
}

/**
 * An answer typed as a phrase or an instruction ("A token bucket per merchant…", "Build the
 * cohorts on the loss date…") reads after a colon closing the sentence that names the question.
 */
function answerAfterColon(lead: Sentence, answer: Fact): Sentence | null {
  if (!/[.!]$/.test(lead.text) || lead.text.endsWith('"') || !readsAfterColon(answer)) return null;
  const rest = lowerOpening(answer.text.trim());
  return {
    ...lead,
    text: `${lead.text.slice(0, -1)}: ${rest}`,
    sources: [...lead.sources, ...answer.sources],
  };
}

/** An answer typed as one phrase or instruction, not a sentence of the candidate's own. */
function readsAfterColon(answer: Fact): boolean {
  const text = answer.text.trim();
  // "I would…", "On that job I ran…": a sentence of the candidate's own stands alone; a question
  // is not an answer.
  // "Since we spoke I have ported…" is theirs too, wherever its "I" stands.
  return (
    !/[.!?]\s+\S/.test(text) &&
    !/^(?:I|We)\b|\bI\b/.test(text) &&
    !/\?$/.test(text) &&
    wordCount(text) <= COLON_WORDS &&
    !SENTENCES.has(formOf(text))
  );
}

const SENTENCES = new Set<Form>(["first-person", "sentence"]);

/** Longer answers than this read better as their own sentences than after a colon. */
const COLON_WORDS = 35;

/**
 * Promised material on e-mail: a link each, and what is attached. The draft holds no file, so a
 * message that says one is attached carries a notice to attach it (the outbox sends text only).
 */
export function promisedParagraph(facts: NoteFacts, w: NoteWriter): Paragraph {
  const P = THANK_YOU_EMAIL;
  const linked = facts.promised.filter((item) => item.url);
  const attached = facts.promised.filter((item) => !item.url);
  const sentences: Sentence[] = [];
  if (linked.length === 1) {
    const [item] = linked;
    // "Here is the screens" never: a plural thing takes only the phrasings without "is".
    const phrasings = isPluralPhrase(item!.what.text)
      ? P.promisedLink.filter((p) => !/\bis\b/.test(p))
      : P.promisedLink;
    sentences.push(
      w.write(
        "promised-material",
        "promised",
        phrasings,
        { what: item!.what, url: item!.url! },
        { drop: 9 },
      ),
    );
  } else if (linked.length > 1) {
    const list: Fact = {
      text: linked
        .map((item) => `- ${capitaliseSentenceStart(item.what.text)}: ${item.url!.text}`)
        .join("\n"),
      sources: linked.flatMap((item) => [...item.what.sources, ...item.url!.sources]),
      literal: true,
    };
    sentences.push(
      w.write("promised-material", "promised", P.promisedLinks, { list }, { drop: 9 }),
    );
  }
  if (attached.length > 0) {
    const what = listFact(attached.map((item) => item.what));
    sentences.push(w.write("promised-material", "attached", P.promisedAttached, { what }));
  }
  return { sentences, lines: linked.length > 0 };
}

/** The reminder an e-mail that says material is attached carries: the draft holds no file. */
export function attachNotices(facts: NoteFacts): string[] {
  return facts.promised
    .filter((item) => !item.url)
    .map(
      (item) =>
        `The message says ${item.what.text} ${isPluralPhrase(item.what.text) ? "are" : "is"} attached: send it from your mail program with the file attached (the outbox sends text only).`,
    );
}

/**
 * What comes next: when the interviewer said the candidate would hear ("I look forward to your
 * call on Wednesday"); else what they said of it, said back to them; else the decision date;
 * else a generic line, the first to go when the note is long.
 */
export function nextStepsSentence(facts: NoteFacts, w: NoteWriter): Sentence | null {
  const P = THANK_YOU_EMAIL;
  const fills = baseFills(facts);
  if (facts.nextContact) {
    const { when, call } = facts.nextContact;
    const deadline = /^(?:by|within|before)\b/.test(when.text);
    const phrasings = deadline ? P.nextContactBy : call ? P.nextCall : P.nextContact;
    // When they will hear is the first thing a long note leaves out: the reader knows it.
    const heard = w.write(
      "next-steps",
      "next",
      phrasings,
      { ...fills, contact: when },
      { drop: 7 },
    );
    if (!heard.repeated) return heard;
  }
  // "Javier said bend test results Friday": a colleague's word, passed on, is theirs to keep.
  const passedOn =
    facts.nextSteps?.frame === "own" &&
    /^\p{Lu}[\p{L}.]*\s+(?:said|mentioned|told me)\b/u.test(facts.nextSteps.text);
  // "Marcus - "I'll have an answer…"": words quoted after a dash are theirs, no phrase of ours.
  const quoted = facts.nextSteps?.frame === "about" && /["“”]/.test(facts.nextSteps.text);
  // "Lorna wants two references and my certs emailed over by Friday": a request to the candidate,
  // said back, only tells the reader what they asked for.
  const request = facts.nextSteps !== null && SEND_REQUEST.test(facts.nextSteps.text);
  // A further round or a try-out in the words has its own sentence; they need not be said back.
  if (facts.nextSteps && !passedOn && !quoted && !request && facts.nextStages.length === 0) {
    const said = w.framed(
      "next-steps",
      "next",
      P.nextStepsSaid,
      { ...fills, next: facts.nextSteps },
      facts.nextSteps,
      { drop: 7 },
    );
    if (said) return said;
  }
  if (facts.decisionDate)
    return w.write("next-steps", "next", P.nextStepsByDate, fills, { drop: 7 });
  return w.write("next-steps", "next", P.nextSteps, fills, { drop: 2 });
}

/** "wants two references emailed over", "needs a signed consent form and my availability". */
const SEND_REQUEST =
  /\b(?:wants?|needs?|asked\s+(?:me\s+)?for|would\s+like)\b[^.;]*?\b(?:emailed|e-mailed|sent|send|forwarded|signed|copies|copy|references|referees|availability|certs?|certificates?|form)\b/iu;

export function listFact(facts: readonly Fact[]): Fact {
  return { text: joinList(facts.map((f) => f.text)), sources: facts.flatMap((f) => f.sources) };
}

function noPointNotice(facts: NoteFacts): string {
  const who = facts.greetingName?.text ?? "this reader";
  return `Your notes hold nothing discussed with ${who}: add what you talked about under their "discussed" (or the interview's) so the note can mention your conversation.`;
}
