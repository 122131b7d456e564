import { DateTime } from "luxon";
import { z } from "zod";
import type { Interview } from "../../core/interview.js";
import {
  CHANNELS,
  isLinkedIn,
  MESSAGE_KINDS,
  OUTCOMES,
  type Channel,
  type MessageKind,
  type PlanState,
} from "../../core/message.js";
import type { HistoryEvent } from "../../core/plan/history.js";
import { historyEventSchema } from "../../core/plan/history-schema.js";
import { formatFieldError, fromZodIssues } from "../../core/record/field-error.js";
import { matchPerson, mismatchMessage } from "../../core/person-match.js";
import type { PlannedMessage } from "../../core/plan/planned-message.js";
import { fail, ok, type Result } from "../../core/result.js";
import { formatInstant } from "../../core/time/wall-time.js";
import { nowIso, type StoreContext } from "../context.js";
import type { UserError } from "../user-error.js";
import { planOf } from "./plan.js";
import { readTypedTime } from "../../core/time/typed-time.js";

/**
 * An event as a person or another part of Afterword reports it. Times are instants with an
 * offset, or wall times in the profile's zone; `at` defaults to now.
 */
export type NewEvent =
  | {
      type: "sent";
      kind: MessageKind;
      /** Default: the e-mail where one is planned, else the only channel planned. */
      channel?: Channel | null;
      /** A name, first name or e-mail address; default: the plan's recipient when there is one. */
      to?: string | null;
      at?: string | null;
    }
  | { type: "reply"; from?: string | null; at?: string | null }
  | {
      type: "outcome";
      outcome: (typeof OUTCOMES)[number];
      from?: string | null;
      at?: string | null;
    }
  | { type: "snooze"; itemId: string; until: string };

export type HistoryErrorCode =
  | "no-such-interview"
  | "invalid-event"
  | "bad-time"
  | "no-such-plan-item"
  | "no-rejection"
  | "unknown-recipient"
  | "ambiguous"
  | "already-sent"
  | "closed"
  | "no-change"
  | "not-started";

/** Why an event was refused; `field` names what was wrong (`at`, `until`, `to`, `channel`, …). */
export type HistoryError = UserError<HistoryErrorCode> & { field: string | null };

/** A plan item whose state or suggested moment the event changed. */
export interface PlanChange {
  id: string;
  before: PlanState | null;
  after: PlanState;
  item: PlannedMessage;
}

export interface RecordedEvent {
  interviewId: number;
  /** The event as stored, names and times resolved. */
  event: HistoryEvent;
  changes: PlanChange[];
  plan: PlannedMessage[];
  warnings: string[];
}

/** Events may carry a clock a little ahead of ours (a mail server's Date header). */
const CLOCK_SKEW = { minutes: 5 };

const text = z.string().trim().min(1);
const newEventSchema = z.discriminatedUnion("type", [
  z.strictObject({
    type: z.literal("sent"),
    kind: z.enum(MESSAGE_KINDS),
    channel: z.enum(CHANNELS).nullish(),
    to: text.nullish(),
    at: text.nullish(),
  }),
  z.strictObject({ type: z.literal("reply"), from: text.nullish(), at: text.nullish() }),
  z.strictObject({
    type: z.literal("outcome"),
    outcome: z.enum(OUTCOMES),
    from: text.nullish(),
    at: text.nullish(),
  }),
  z.strictObject({ type: z.literal("snooze"), itemId: text, until: text }),
]);

/**
 * Records what happened (a message sent outside Afterword, a reply, an outcome, a snooze) for one
 * interview, after checking it against the interview's plan; one transaction, so a refused event
 * writes nothing. Returns the plan as it now stands and what the event changed in it.
 */
export async function recordEvent(
  ctx: StoreContext,
  interviewId: number,
  input: NewEvent,
): Promise<Result<RecordedEvent, HistoryError>> {
  const parsed = newEventSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) {
    const error = fromZodIssues(parsed.error.issues)[0]!;
    return refuse(
      "invalid-event",
      error.path || null,
      `Not an event Afterword can record: ${formatFieldError(error)}.`,
    );
  }
  const event = parsed.data;
  return ctx.store.transaction(async (tx) => {
    const interview = await tx.interviews.get(interviewId);
    if (!interview) {
      return refuse(
        "no-such-interview",
        null,
        `There is no interview ${interviewId}.`,
        interviewId,
      );
    }
    const profile = await tx.profile.get();
    const history = await tx.history.list(interviewId);
    const before = planOf(interview, profile, history, ctx.now);
    const zone = profile?.timeZone ?? interview.timeZone;
    const warnings: string[] = [];

    const resolved = resolveEvent(ctx, interview, before, zone, event, warnings);
    if (!resolved.ok) return resolved;
    const stored = historyEventSchema.parse(resolved.value);
    await tx.history.add(interviewId, stored, nowIso(ctx));

    const after = planOf(interview, profile, [...history, stored], ctx.now);
    return ok({
      interviewId,
      event: stored,
      changes: changesBetween(before, after),
      plan: after,
      warnings,
    });
  });
}

/** Every event recorded for one interview, earliest first. */
export function listHistory(ctx: StoreContext, interviewId: number): Promise<HistoryEvent[]> {
  return ctx.store.history.list(interviewId);
}

type ParsedEvent = z.output<typeof newEventSchema>;

function resolveEvent(
  ctx: StoreContext,
  interview: Interview,
  plan: PlannedMessage[],
  zone: string,
  event: ParsedEvent,
  warnings: string[],
): Result<HistoryEvent, HistoryError> {
  if (event.type === "snooze") return resolveSnooze(ctx, interview, plan, zone, event, warnings);
  const at = happenedAt(ctx, interview, zone, event.at ?? null, warnings);
  if (!at.ok) return at;
  const when = formatInstant(at.value.setZone(interview.timeZone));
  switch (event.type) {
    case "sent":
      return resolveSent(interview, plan, event, when, zone);
    case "reply":
      return ok({
        type: "reply",
        from: event.from ? personName(interview, event.from) : null,
        at: when,
      });
    case "outcome":
      return ok({
        type: "outcome",
        outcome: event.outcome,
        at: when,
        ...(event.from ? { from: personName(interview, event.from) } : {}),
      });
  }
}

function happenedAt(
  ctx: StoreContext,
  interview: Interview,
  zone: string,
  given: string | null,
  warnings: string[],
): Result<DateTime, HistoryError> {
  let at = ctx.now;
  if (given !== null) {
    const read = readTypedTime(given, zone, ctx.now);
    if (!read.ok) return refuse("bad-time", "at", read.errors[0]!);
    if (read.value.understood) warnings.push(`read "${given}" as ${read.value.understood}`);
    if (read.value.warning) warnings.push(read.value.warning);
    at = read.value.at;
  }
  if (at > ctx.now.plus(CLOCK_SKEW)) {
    return refuse(
      "bad-time",
      "at",
      `${given} is later than now (${show(ctx.now, zone)}): record what has already happened.`,
    );
  }
  const start = DateTime.fromISO(interview.start, { setZone: true });
  if (at < start && given === null) {
    return refuse(
      "not-started",
      null,
      `Interview ${interview.id} has not started yet (it starts ${show(start, zone)}): record what happens once it has.`,
    );
  }
  if (at < start) {
    return refuse(
      "bad-time",
      "at",
      `${given} is before the interview started (${show(start, zone)}): give the moment it happened.`,
    );
  }
  return ok(at);
}

function resolveSent(
  interview: Interview,
  plan: PlannedMessage[],
  event: Extract<ParsedEvent, { type: "sent" }>,
  at: string,
  zone: string,
): Result<HistoryEvent, HistoryError> {
  const ofKind = plan.filter((item) => item.kind === event.kind);
  if (ofKind.length === 0)
    return refuse(
      event.kind === "rejection-reply" ? "no-rejection" : "no-such-plan-item",
      "kind",
      noneOfKind(interview, event.kind),
      interview.id,
    );
  const target =
    event.kind === "thank-you"
      ? thankYouTarget(interview, ofKind, event.to ?? null, event.channel ?? null, zone)
      : nextInSeries(interview, theirsFirst(interview, ofKind, event.to ?? null), event.kind);
  if (!target.ok) return target;
  const to = event.to ? personName(interview, event.to) : target.value.recipient.name;
  return ok({
    type: "sent",
    kind: event.kind,
    channel: event.channel ?? target.value.channel,
    to: event.kind === "thank-you" ? target.value.recipient.name : to,
    at,
  });
}

/** The thank-you the event fulfils: the named person's, on the given channel or the e-mail. */
function thankYouTarget(
  interview: Interview,
  items: PlannedMessage[],
  to: string | null,
  channel: Channel | null,
  zone: string,
): Result<PlannedMessage, HistoryError> {
  const people = unique(items.map((item) => item.recipient.name));
  let person: string | null;
  if (to === null) {
    person = onlyOne(people);
    if (person === null)
      return refuse("ambiguous", "to", `Say whom you thanked: ${people.join(", ")}.`);
  } else {
    const found = matchPerson(
      items.map((item) => item.recipient),
      to,
    );
    if (!found.ok) {
      const mismatch = found.errors[0]!;
      return refuse(
        mismatch.code === "ambiguous-person" ? "ambiguous" : "unknown-recipient",
        "to",
        mismatchMessage(mismatch, `among the interviewers of interview ${interview.id}`),
      );
    }
    person = found.value.name;
  }
  const theirs = items.filter((item) => item.recipient.name === person);
  const channels = theirs.map((item) => item.channel).join(", ");
  // A connection note and a message to a connection are one LinkedIn thank-you, however it went.
  const target = channel
    ? (theirs.find((item) => item.channel === channel) ??
      (isLinkedIn(channel) ? theirs.find((item) => isLinkedIn(item.channel)) : undefined))
    : (theirs.find((item) => item.channel === "email") ??
      (theirs.length === 1 ? theirs[0] : undefined));
  if (!target) {
    return channel
      ? refuse(
          "no-such-plan-item",
          "channel",
          `No ${channel} thank-you is planned for ${person}; the plan has: ${channels}.`,
        )
      : refuse("ambiguous", "channel", `Say which thank-you to ${person} you sent: ${channels}.`);
  }
  if (target.state === "done") {
    return refuse(
      "already-sent",
      null,
      `The ${target.channel} thank-you to ${person} is already recorded as sent (${show(DateTime.fromISO(target.sentAt ?? target.dueAt, { setZone: true }), zone)}).`,
    );
  }
  return ok(target);
}

/** The named person's own messages when they have any (an answer to what they raised), else all. */
function theirsFirst(
  interview: Interview,
  items: PlannedMessage[],
  to: string | null,
): PlannedMessage[] {
  if (to === null) return items;
  const name = personName(interview, to);
  const theirs = items.filter((item) => item.recipient.name === name);
  return theirs.length > 0 ? theirs : items;
}

/** The first message of a series (follow-ups, check-ins) that is not yet sent. */
function nextInSeries(
  interview: Interview,
  items: PlannedMessage[],
  kind: MessageKind,
): Result<PlannedMessage, HistoryError> {
  const open = items
    .filter((item) => item.state !== "done")
    .sort((a, b) => a.sequence - b.sequence);
  const next = open[0];
  if (next) return ok(next);
  const what = items.length === 1 ? `The ${kind} is` : `All ${items.length} ${kind}s are`;
  return refuse(
    "already-sent",
    null,
    `${what} already recorded as sent for interview ${interview.id}; the playbook plans no more.`,
  );
}

function noneOfKind(interview: Interview, kind: MessageKind): string {
  switch (kind) {
    case "rejection-reply":
      return `Interview ${interview.id} has no rejection recorded: record the rejection first.`;
    case "additional-info":
      return `The record of interview ${interview.id} holds no concern, open question or promised material, so no additional-info message is planned.`;
    default:
      return `The plan of interview ${interview.id} has no ${kind} message.`;
  }
}

function resolveSnooze(
  ctx: StoreContext,
  interview: Interview,
  plan: PlannedMessage[],
  zone: string,
  event: Extract<ParsedEvent, { type: "snooze" }>,
  warnings: string[],
): Result<HistoryEvent, HistoryError> {
  const item = plan.find((candidate) => candidate.id === event.itemId);
  if (!item) {
    return refuse(
      "no-such-plan-item",
      "itemId",
      `Interview ${interview.id} has no planned message "${event.itemId}".`,
      interview.id,
    );
  }
  if (item.state === "done" || item.state === "cancelled") {
    return refuse(
      "closed",
      "itemId",
      `${item.id} is ${item.state === "done" ? "already sent" : "cancelled"}: there is nothing to snooze.`,
    );
  }
  const read = readTypedTime(event.until, zone, ctx.now);
  if (!read.ok) return refuse("bad-time", "until", read.errors[0]!);
  if (read.value.understood) warnings.push(`read "${event.until}" as ${read.value.understood}`);
  if (read.value.warning) warnings.push(read.value.warning);
  if (read.value.at <= ctx.now) {
    return refuse(
      "bad-time",
      "until",
      `${event.until} is not later than now (${show(ctx.now, zone)}): snooze until a moment to come.`,
    );
  }
  const dueAt = DateTime.fromISO(item.dueAt, { setZone: true });
  if (read.value.at <= dueAt) {
    return refuse(
      "no-change",
      "until",
      `${item.id} is already suggested for ${show(dueAt, zone)}, after ${event.until}: a snooze only puts a message off.`,
    );
  }
  if (item.deadline && read.value.at > DateTime.fromISO(item.deadline, { setZone: true })) {
    warnings.push(
      `${item.id} will be past its deadline (${show(DateTime.fromISO(item.deadline, { setZone: true }), zone)}) when the snooze ends.`,
    );
  }
  return ok({
    type: "snooze",
    itemId: item.id,
    until: formatInstant(read.value.at.setZone(interview.timeZone)),
    at: formatInstant(ctx.now.setZone(interview.timeZone)),
  });
}

/** An interviewer's full name when `who` names one of them (or their address), else `who`. */
function personName(interview: Interview, who: string): string {
  const found = matchPerson(interview.interviewers, who);
  return found.ok ? found.value.name : who.trim();
}

function onlyOne(names: string[]): string | null {
  return names.length === 1 ? names[0]! : null;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

function changesBetween(before: PlannedMessage[], after: PlannedMessage[]): PlanChange[] {
  const earlier = new Map(before.map((item) => [item.id, item]));
  return after
    .filter((item) => {
      const was = earlier.get(item.id);
      return !was || was.state !== item.state || was.dueAt !== item.dueAt;
    })
    .map((item) => ({
      id: item.id,
      before: earlier.get(item.id)?.state ?? null,
      after: item.state,
      item,
    }));
}

function show(at: DateTime, zone: string): string {
  return at.setZone(zone).setLocale("en-US").toFormat("ccc d LLL yyyy HH:mm ZZZZ");
}

function refuse(
  code: HistoryErrorCode,
  field: string | null,
  message: string,
  id: number | null = null,
): { ok: false; errors: HistoryError[] } {
  return fail({ code, field, message, id });
}
