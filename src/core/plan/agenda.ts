import { DateTime } from "luxon";
import type { Interview } from "../interview.js";
import { CHANNELS, MESSAGE_KINDS, type PlanState } from "../message.js";
import { entriesOf, type PlanEntry } from "./plan-entry.js";
import type { PlannedMessage } from "./planned-message.js";

/** How far ahead (and, for missed messages, how far back) the agenda looks by default. */
export const DEFAULT_AGENDA_DAYS = 14;

/** Where an item sits on the agenda: act now, later today, within a week, further out, or too late. */
export const AGENDA_GROUPS = ["now", "today", "this-week", "later", "missed"] as const;
export type AgendaGroup = (typeof AGENDA_GROUPS)[number];

/** One message to one person, with the channels it may take, where it sits on the agenda. */
export interface AgendaItem extends PlanEntry {
  company: string;
  position: string;
  group: AgendaGroup;
}

export interface InterviewPlan {
  interview: Pick<Interview, "id" | "company" | "position">;
  items: PlannedMessage[];
}

export interface AgendaOptions {
  now: DateTime;
  /** Upcoming messages due within this many days are shown, and missed ones this recent. */
  days: number;
  /** The candidate's zone, where "today" is counted. */
  timeZone: string;
}

/**
 * Every message across interviews that needs attention: due, late, upcoming within `days`, or
 * missed within the last `days`; one entry per person and message, most urgent first.
 */
export function buildAgenda(plans: InterviewPlan[], options: AgendaOptions): AgendaItem[] {
  const now = options.now.setZone(options.timeZone);
  const horizon = now.plus({ days: options.days });
  const memory = now.minus({ days: options.days });
  const weekAhead = now.plus({ days: 7 });
  const items: AgendaItem[] = [];
  for (const { interview, items: plan } of plans) {
    for (const message of entriesOf(plan)) {
      const group = groupOf(message, now, { horizon, memory, weekAhead });
      if (group === null) continue;
      items.push({ ...message, company: interview.company, position: interview.position, group });
    }
  }
  return items.sort(byUrgency);
}

function groupOf(
  message: PlannedMessage,
  now: DateTime,
  bounds: { horizon: DateTime; memory: DateTime; weekAhead: DateTime },
): AgendaGroup | null {
  switch (message.state) {
    case "due":
    case "late":
      return "now";
    case "missed": {
      const closed = instant(message.deadline ?? message.dueAt);
      return closed >= bounds.memory ? "missed" : null;
    }
    case "upcoming": {
      const dueAt = instant(message.dueAt).setZone(now.zone);
      if (dueAt > bounds.horizon) return null;
      if (dueAt.hasSame(now, "day")) return "today";
      return dueAt <= bounds.weekAhead ? "this-week" : "later";
    }
    default:
      return null;
  }
}

const STATE_RANK: Record<PlanState, number> = {
  late: 0,
  due: 1,
  upcoming: 2,
  missed: 3,
  done: 4,
  cancelled: 5,
};

/**
 * Most urgent first: late notes, then due ones by the deadline closest to passing, then upcoming
 * ones by when they fall due, then the most recently missed.
 */
export function byUrgency(a: PlannedMessage, b: PlannedMessage): number {
  const rank = STATE_RANK[a.state] - STATE_RANK[b.state];
  if (rank !== 0) return rank;
  let order = 0;
  if (a.state === "late" || a.state === "due") {
    order = compareDeadlines(a.deadline, b.deadline) || millis(a.dueAt) - millis(b.dueAt);
  } else if (a.state === "missed") {
    order = millis(b.deadline ?? b.dueAt) - millis(a.deadline ?? a.dueAt);
  } else {
    order = millis(a.dueAt) - millis(b.dueAt);
  }
  return (
    order ||
    a.interviewId - b.interviewId ||
    MESSAGE_KINDS.indexOf(a.kind) - MESSAGE_KINDS.indexOf(b.kind) ||
    CHANNELS.indexOf(a.channel) - CHANNELS.indexOf(b.channel) ||
    a.sequence - b.sequence ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/** The message to work on next: the most urgent that is late, due or upcoming, or null. */
export function mostUrgent<T extends PlannedMessage>(items: readonly T[]): T | null {
  const open = items.filter((item) => STATE_RANK[item.state] <= STATE_RANK.upcoming);
  return [...open].sort(byUrgency)[0] ?? null;
}

function compareDeadlines(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return millis(a) - millis(b);
}

function instant(iso: string): DateTime {
  return DateTime.fromISO(iso, { setZone: true });
}

function millis(iso: string): number {
  return instant(iso).toMillis();
}
