import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DateTime } from "luxon";
import { parse } from "yaml";
import { messageText, readMessage } from "../../src/core/check/index.js";
import { composeMessage } from "../../src/core/compose/compose.js";
import type { ComposedMessage } from "../../src/core/compose/composed-message.js";
import type { Interviewer } from "../../src/core/interview.js";
import { CHANNELS, MESSAGE_KINDS, type Channel, type MessageKind } from "../../src/core/message.js";
import { primaryIndex, separateMessages } from "../../src/core/plan/answer-routing.js";
import { QUALITY, type QualityRecord } from "./corpus.js";

/** One draft of the run, or the composer's reason for not writing it. */
export interface Draft {
  record: QualityRecord;
  kind: MessageKind;
  channel: Channel;
  to: Interviewer;
  /** The reason to write now given to the composer, or null. */
  reason: string | null;
  writtenAt: string;
  message: ComposedMessage | null;
  refusal: string | null;
  /** The text the proofreader checks: the subject line, then the body. */
  text: string;
  /** The sentences between the greeting and the closing, as the proofreader reads them. */
  sentences: string[];
}

/** When each kind is written, after the interview ends: fixed, so every run writes the same drafts. */
const WRITTEN_AFTER: Record<MessageKind, { hours: number }> = {
  "thank-you": { hours: 3 },
  "additional-info": { hours: 26 },
  "status-follow-up": { hours: 8 * 24 },
  "check-in": { hours: 40 * 24 },
  "rejection-reply": { hours: 10 * 24 },
};

/** The reasons to write now, by record name (`reasons.yaml`). */
export function loadReasons(): Map<string, string> {
  const raw = parse(readFileSync(join(QUALITY, "reasons.yaml"), "utf8")) as Record<string, string>;
  return new Map(Object.entries(raw));
}

/**
 * Every kind on every channel to every interviewer of every record, in corpus order, each written
 * with the sentences of the same candidate's earlier messages to avoid, as the product asks the
 * composer to. The channels of one message (one kind to one person) are its alternatives, not
 * messages of their own: each is written with the same sentences to avoid.
 */
export function draftAll(records: readonly QualityRecord[], reasons: Map<string, string>): Draft[] {
  const drafts: Draft[] = [];
  const avoid = new Map<string, string[]>();
  for (const record of records) {
    const said = avoid.get(record.profile.name) ?? [];
    avoid.set(record.profile.name, said);
    for (const kind of MESSAGE_KINDS) {
      for (const to of recipientsOf(record, kind)) {
        const before = [...said];
        for (const channel of channelsOf(kind)) {
          const reason = reasons.get(record.name) ?? null;
          const draft = draftOne(record, kind, channel, to, reason, before);
          said.push(...draft.sentences);
          drafts.push(draft);
        }
      }
    }
  }
  return drafts;
}

/**
 * Who each kind goes to, as the plan sends it: a thank-you to each interviewer, an
 * additional-information message to each person the plan writes one to, and a status follow-up,
 * a check-in and a reply to a rejection to the one main contact.
 */
function recipientsOf(record: QualityRecord, kind: MessageKind): Interviewer[] {
  const people = record.interview.interviewers;
  if (kind === "thank-you") return people;
  if (kind === "additional-info") {
    return separateMessages(record.interview).flatMap(({ owner }) =>
      owner === null ? [] : [people[owner]!],
    );
  }
  const main = primaryIndex(record.interview);
  return main === null ? [] : [people[main]!];
}

/**
 * A connection note is how a thank-you reaches someone on LinkedIn; once connected, the later
 * kinds go as LinkedIn messages, as the plan sends them.
 */
function channelsOf(kind: MessageKind): Channel[] {
  return kind === "thank-you" ? [...CHANNELS] : CHANNELS.filter((c) => c !== "linkedin");
}

/** One message of the run: a kind to a person, whatever the channel. */
export function messageKey(draft: Draft): string {
  return `${draft.record.name}\u0000${draft.kind}\u0000${draft.to.name}`;
}

function draftOne(
  record: QualityRecord,
  kind: MessageKind,
  channel: Channel,
  to: Interviewer,
  reason: string | null,
  avoidSentences: readonly string[],
): Draft {
  const writtenAt = DateTime.fromISO(record.interview.end)
    .plus(WRITTEN_AFTER[kind])
    .toUTC()
    .toISO()!;
  const result = composeMessage({
    interview: record.interview,
    profile: record.profile,
    kind,
    channel,
    recipient: { name: to.name, email: to.email },
    // The candidate's news is told once, in the check-in that needs a reason to write.
    reason: kind === "check-in" ? reason : null,
    writtenAt,
    avoidSentences,
  });
  const base = { record, kind, channel, to, reason, writtenAt };
  if (!result.ok) {
    return {
      ...base,
      message: null,
      refusal: result.errors[0]?.code ?? "refused",
      text: "",
      sentences: [],
    };
  }
  const text = messageText(result.value.subject, result.value.body);
  return { ...base, message: result.value, refusal: null, text, sentences: contentSentences(text) };
}

/** The sentences of a note's content: what it says beyond greeting, sign-off and signature. */
export function contentSentences(text: string): string[] {
  const message = readMessage(text);
  return message.sentences
    .filter((span) => span.start >= message.content.start && span.end <= message.content.end)
    .map((span) => text.slice(span.start, span.end).replace(/\s+/g, " ").trim());
}

/** Where a draft is from, for the report: `maya/01-lattice-health-onsite thank-you/email → Name`. */
export function draftLabel(draft: Draft): string {
  return `${draft.record.name} ${draft.kind}/${draft.channel} → ${draft.to.name}`;
}
