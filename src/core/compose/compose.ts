import { CHANNELS, type Channel, type MessageKind } from "../message.js";
import { characterLimit, wordLimits, type WordLimits } from "../length-limits.js";
import { fail, ok, type Result } from "../result.js";
import { writeAdditionalInfo } from "./additional-info.js";
import { answersFor } from "../plan/answer-routing.js";
import {
  fitToChannel,
  LAST_RESORT,
  padToMinimum,
  render,
  type Rendered,
} from "./channel-rendering.js";
import { gone, sentenceKeys, type Composition, type Voice } from "./composition.js";
import { writeCheckIn } from "./check-in.js";
import type { ComposedMessage, ComposeError, ComposeRequest } from "./composed-message.js";
import { noteFacts, readerIndexOf, type FactOptions, type NoteFacts } from "./record-facts.js";
import { writeRejectionReply } from "./rejection-reply.js";
import { SeededChoice } from "./seeded-choice.js";
import { writeStatusFollowUp } from "./status-follow-up.js";
import { writeThankYou } from "./thank-you.js";
import {
  NEAR_COPY_OVERLAP,
  panelOverlap,
  trigramProfile,
  type TrigramProfile,
} from "../trigram-overlap.js";
import type { Writer, WriterOptions, WrittenChannel } from "./writer.js";

const WRITERS: Record<MessageKind, Writer> = {
  "thank-you": writeThankYou,
  "status-follow-up": writeStatusFollowUp,
  "additional-info": writeAdditionalInfo,
  "check-in": writeCheckIn,
  "rejection-reply": writeRejectionReply,
};

/**
 * Writes one message from the interview record, ready to send: every element the playbook
 * requires of its kind, the recommended ones the record allows, within its channel's length.
 *
 * The same request always gives the same message. Phrasings are chosen by a seed made of the
 * interview, the reader, the kind, the channel and the sequence; a note to one member of a panel
 * is then written in phrasings the notes to the members listed before it do not use for the same
 * slot where the lists allow, and checked against those notes (on every channel), re-chosen
 * until it shares well under half its word trigrams with each.
 */
export function composeMessage(request: ComposeRequest): Result<ComposedMessage, ComposeError> {
  const sequence = request.sequence ?? 1;
  const reason = request.reason?.trim() || null;
  const refusal = refuse(request, reason);
  if (refusal) return fail(refusal);
  const panel = new Panel(request, sequence, reason);
  const index = readerIndexOf(request.interview, request.recipient);
  const note = panel.note(index ?? request.interview.interviewers.length, request.channel);
  return ok({
    kind: request.kind,
    channel: request.channel,
    recipient: request.recipient,
    sequence,
    subject: note.rendered.subject,
    body: note.rendered.body,
    provenance: note.rendered.provenance,
    notices: note.notices,
  });
}

function refuse(request: ComposeRequest, reason: string | null): ComposeError | null {
  if (request.kind === "check-in" && !reason) {
    return {
      code: "reason-needed",
      message:
        "A check-in needs a reason to write now, in your own words: their news, an article you read, or an update of yours.",
    };
  }
  if (
    request.kind === "additional-info" &&
    answersFor(
      request.interview,
      readerIndexOf(request.interview, request.recipient),
      "additional-info",
      request.thanked,
    ).length === 0
  ) {
    return {
      code: "nothing-to-add",
      message:
        "There is nothing to send yet: add a response to a concern, an answer to an unanswered question, or the material you promised to the interview record. What this reader raised and their thank-you already answers is not sent again.",
    };
  }
  return null;
}

interface Note {
  rendered: Rendered;
  notices: string[];
  /** The phrasing it uses for each slot. */
  phrasings: ReadonlyMap<string, string>;
}

interface PanelNote extends Note {
  trigrams: TrigramProfile;
}

/** Below this overlap with every earlier colleague's note, a note is accepted as it first comes out. */
const COMFORTABLE_OVERLAP = 0.35;
/** The most a note may share with a colleague's: under the playbook's 0.5 with room to spare. */
const MAX_OVERLAP = 0.45;
/**
 * When every phrasing still reads like a colleague's note (the record says the same things to
 * everyone, and the channel leaves no room), the draft says so rather than pass for personal.
 */
export const NEAR_COPY_NOTICE =
  "This note reads much like the one to a colleague on the panel: your notes give them the same things to say. Add something only this reader will recognise before sending.";
/** Variants tried before settling for the best one under MAX_OVERLAP. */
const PATIENCE = 8;
const ATTEMPTS = 40;

interface Level {
  facts: Pick<FactOptions, "clauses" | "phraseLimit" | "sentenceLimit">;
  compact: boolean;
}

/**
 * Ever shorter renderings, tried in turn until a card or LinkedIn note fits its limit: shorter
 * phrasings first, then long phrases cut to their first clause, then the candidate's own text
 * to its first sentence, and only at the last a phrase cut between words.
 */
const LEVELS: Level[] = [
  { facts: { clauses: false, phraseLimit: Infinity, sentenceLimit: Infinity }, compact: false },
  { facts: { clauses: false, phraseLimit: Infinity, sentenceLimit: Infinity }, compact: true },
  { facts: { clauses: true, phraseLimit: Infinity, sentenceLimit: 200 }, compact: true },
  { facts: { clauses: true, phraseLimit: Infinity, sentenceLimit: 150 }, compact: true },
  { facts: { clauses: true, phraseLimit: 120, sentenceLimit: 110 }, compact: true },
  { facts: { clauses: true, phraseLimit: 80, sentenceLimit: 80 }, compact: true },
  { facts: { clauses: true, phraseLimit: 50, sentenceLimit: 60 }, compact: true },
];

/** The notes of one kind to every member of a panel, each worked out once. */
class Panel {
  private readonly notes = new Map<string, PanelNote>();
  private readonly factCache = new Map<string, NoteFacts>();
  private readonly writer: Writer;
  private readonly voice: Voice;

  constructor(
    private readonly request: ComposeRequest,
    private readonly sequence: number,
    private readonly reason: string | null,
  ) {
    this.writer = WRITERS[request.kind];
    this.voice = {
      tone: request.profile.tone ?? "warm",
      avoid: new Set((request.avoidSentences ?? []).flatMap(sentenceKeys)),
    };
  }

  note(index: number, channel: Channel): PanelNote {
    const key = `${index}|${channel}`;
    const known = this.notes.get(key);
    if (known) return known;
    const earlier: TrigramProfile[] = [];
    const taken = new Map<string, Set<string>>();
    const members = Math.min(index, this.request.interview.interviewers.length);
    for (let j = 0; j < members; j++) {
      for (const other of CHANNELS) {
        const colleague = this.note(j, other);
        earlier.push(colleague.trigrams);
        for (const [slot, phrasing] of colleague.phrasings) {
          taken.set(slot, (taken.get(slot) ?? new Set()).add(phrasing));
        }
      }
    }
    const note = this.differentiated(index, channel, earlier, taken);
    this.notes.set(key, note);
    return note;
  }

  /** The seeded note, or the first variant of it that reads clearly apart from the earlier notes. */
  private differentiated(
    index: number,
    channel: Channel,
    earlier: TrigramProfile[],
    taken: ReadonlyMap<string, ReadonlySet<string>>,
  ): PanelNote {
    const seed = new SeededChoice(this.seedFor(index, channel));
    let best: { note: PanelNote; overlap: number } | null = null;
    for (const tier of TIERS) {
      for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
        const fitted = this.fitted(index, channel, seed.variant(attempt), tier, taken);
        const note = { ...fitted, trigrams: trigramProfile(fitted.rendered.body) };
        const overlap = Math.max(0, ...earlier.map((other) => panelOverlap(note.trigrams, other)));
        if (overlap < COMFORTABLE_OVERLAP) return note;
        if (!best || overlap < best.overlap) best = { note, overlap };
        if (attempt + 1 >= PATIENCE && best.overlap < MAX_OVERLAP) return best.note;
      }
      if (best && best.overlap < MAX_OVERLAP) return best.note;
    }
    const { note, overlap } = best!;
    return overlap < NEAR_COPY_OVERLAP
      ? note
      : { ...note, notices: [...note.notices, NEAR_COPY_NOTICE] };
  }

  /** The note at the first level of detail that fits the channel. */
  private fitted(
    index: number,
    channel: Channel,
    choice: SeededChoice,
    tier: Tier,
    taken: ReadonlyMap<string, ReadonlySet<string>>,
  ): Note {
    let fallback: Note | null = null;
    const characters = characterLimit(channel, this.request.profile.linkedinAccount);
    for (const [depth, level] of LEVELS.entries()) {
      const facts = this.facts(index, channel, level, tier !== "full");
      const phrasings = { taken, used: new Map<string, string>() };
      const options: WriterOptions = {
        compact: level.compact,
        subjectless: channel === "linkedin-message",
        sequence: this.sequence,
        phrasings,
        voice: this.voice,
      };
      const written = this.writer(facts, writtenAs(channel), choice, options);
      const composition = tier === "bare" ? withoutOptional(written) : written;
      const last = depth === LEVELS.length - 1;
      const limits = aimed(wordLimits(this.request.kind, channel), this.request.kind, channel);
      const rendered = fitToChannel(
        composition,
        channel,
        limits,
        characters,
        last ? Infinity : LAST_RESORT - 1,
      );
      if (rendered) {
        const notices = [...composition.notices];
        if (depth > 1) notices.push(shortenedNotice(channel, characters));
        return { rendered, notices, phrasings: phrasings.used };
      }
      const whole = {
        rendered: render(padToMinimum(composition, limits), channel),
        notices: composition.notices,
        phrasings: phrasings.used,
      };
      // An e-mail has no hard limit: a long one is better whole than cut.
      if (writtenAs(channel) === "email") return whole;
      fallback ??= whole;
    }
    const { rendered, notices, phrasings } = fallback!;
    return { rendered, notices: [...notices, overLimitNotice(channel, characters)], phrasings };
  }

  private facts(index: number, channel: Channel, level: Level, lean: boolean): NoteFacts {
    const key = [index, channel === "card", JSON.stringify(level.facts), lean].join("|");
    const known = this.factCache.get(key);
    if (known) return known;
    const facts = this.freshFacts(index, channel, level, lean);
    this.factCache.set(key, facts);
    return facts;
  }

  private freshFacts(index: number, channel: Channel, level: Level, lean: boolean): NoteFacts {
    const { interview, profile, recipient } = this.request;
    const onPanel = index < interview.interviewers.length;
    const reader = onPanel ? interview.interviewers[index]! : recipient;
    const facts = noteFacts(
      interview,
      profile,
      { name: reader.name, email: reader.email },
      onPanel ? index : null,
      this.reason,
      { ...level.facts, noLinks: channel === "card" },
      {
        kind: this.request.kind,
        tone: this.request.profile.tone ?? "warm",
        writtenAt: this.request.writtenAt ?? null,
        thanked: this.request.thanked ?? [],
        unknownWords: new Set(this.request.unknownWords ?? []),
      },
    );
    return lean ? leaner(facts, index) : facts;
  }

  private seedFor(index: number, channel: Channel): string {
    const { interview, recipient, kind } = this.request;
    const reader = interview.interviewers[index] ?? recipient;
    return [
      interview.id,
      reader.name.trim().toLowerCase(),
      reader.email?.toLowerCase() ?? "",
      kind,
      // A LinkedIn message reads as the e-mail would, so a panel's messages differ as e-mails do.
      writtenAs(channel),
      this.sequence,
    ].join("|");
  }
}

/**
 * A thank-you e-mail aims at 80–150 words (the playbook): it is fitted within 185 counted over
 * the whole body, signature included, well inside the proofreader's ceiling. A note that owns a
 * fault with what should have been done and answers a concern runs that long, as people's do.
 */
const THANK_YOU_AIM = 185;

function aimed(limits: WordLimits | null, kind: MessageKind, channel: Channel): WordLimits | null {
  if (!limits || kind !== "thank-you" || writtenAs(channel) !== "email") return limits;
  return { ...limits, max: Math.min(limits.max, THANK_YOU_AIM) };
}

/**
 * How much of the record a note says, from all of it to the least its kind requires: a note to
 * a panel member goes down a tier only when no phrasing at the one above reads apart from the
 * colleagues' notes.
 */
type Tier = "full" | "lean" | "bare";
const TIERS: Tier[] = ["full", "lean", "bare"];

/**
 * The same note without what every colleague's note could also say: no fit or impressions, one
 * shared point at most, and a single question or concern, a different one for each reader
 * where the record has several.
 */
function leaner(facts: NoteFacts, index: number): NoteFacts {
  const answers = [
    ...facts.questions.map((question) => ({ question })),
    ...facts.concerns.map((concern) => ({ concern })),
  ];
  const pick = answers.length > 0 ? answers[index % answers.length]! : null;
  return {
    ...facts,
    fit: [],
    impressed: [],
    sharedPoints: facts.sharedPoints.slice(0, 1),
    questions: pick && "question" in pick ? [pick.question] : [],
    concerns: pick && "concern" in pick ? [pick.concern] : [],
  };
}

/**
 * Only what the kind requires: every optional sentence is dropped, but not those that give way
 * to length only as a last resort (a LinkedIn note's sign-off and interest).
 */
function withoutOptional(composition: Composition): Composition {
  return {
    ...composition,
    paragraphs: composition.paragraphs.map((p) => ({
      ...p,
      sentences: p.sentences.flatMap((s) =>
        s.drop === undefined || s.drop >= LAST_RESORT ? [s] : gone(s),
      ),
    })),
  };
}

function shortenedNotice(channel: Channel, characters: number | null): string {
  return channel === "linkedin"
    ? `Shortened to fit LinkedIn's ${characters} characters; the e-mail version says it in full.`
    : "Shortened to fit a card; the e-mail version says it in full.";
}

/** Said of a note that does not fit its channel even with every optional sentence gone. */
function overLimitNotice(channel: Channel, characters: number | null): string {
  return channel === "linkedin"
    ? `Even at its shortest this is longer than the ${characters} characters LinkedIn takes in a connection note: cut it before sending, or send it as a LinkedIn message once you are connected.`
    : "Even at its shortest this is longer than a card holds: cut it before writing it out.";
}

/**
 * A LinkedIn message is the e-mail without its subject, signature included: the phone and
 * address in it let the reader answer off LinkedIn.
 */
function writtenAs(channel: Channel): WrittenChannel {
  return channel === "linkedin-message" ? "email" : channel;
}
