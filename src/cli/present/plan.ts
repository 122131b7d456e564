import { DateTime } from "luxon";
import type { PlanChange, RecordedEvent } from "../../app/history.js";
import type { Agenda, InterviewPlanView } from "../../app/plan.js";
import type { AgendaGroup } from "../../core/plan/agenda.js";
import type { HistoryEvent } from "../../core/plan/history.js";
import type { PlannedMessage } from "../../core/plan/planned-message.js";
import { titleOf } from "../../core/plan/title.js";

const INDENT = " ".repeat(12);
/** Room for "Thu 10 Dec 09:00" and a gap. */
const TAG_WIDTH = 18;

/** One interview's plan, earliest first, each message with its state, timing, reason and id. */
export function planView(view: InterviewPlanView): string {
  const { interview, items, timeZone } = view;
  const lines = [
    `${interview.company}: ${interview.position} (interview ${interview.id})`,
    `Times are in ${timeZone}. ${summary(items)}`,
  ];
  for (const item of items) {
    lines.push(
      "",
      `${item.state.padEnd(INDENT.length)}${titleOf(item)}`,
      `${INDENT}${timing(item, timeZone)}`,
      `${INDENT}${item.reason}`,
      `${INDENT}id ${item.id}`,
    );
  }
  return lines.join("\n");
}

const GROUP_TITLES: Record<AgendaGroup, string> = {
  now: "Now",
  today: "Later today",
  "this-week": "This week",
  later: "Further ahead",
  missed: "Missed (the window has closed)",
};

/** The agenda grouped now / today / this week / later / missed, with the command that drafts each. */
export function agendaView(agenda: Agenda): string {
  const zone = agenda.timeZone;
  const header = `Your agenda for the next ${agenda.days} day${agenda.days === 1 ? "" : "s"} (times in ${zone}; now ${when(agenda.now, zone)}).`;
  if (agenda.items.length === 0) {
    return `${header}\n\nNothing needs you: no message is due, late or coming up.`;
  }
  const lines = [header];
  for (const group of Object.keys(GROUP_TITLES) as AgendaGroup[]) {
    const items = agenda.items.filter((item) => item.group === group);
    if (items.length === 0) continue;
    lines.push("", GROUP_TITLES[group]);
    for (const item of items) {
      const tag = item.state === "upcoming" ? when(item.dueAt, zone, "short") : item.state;
      const more = `  ${" ".repeat(TAG_WIDTH)}`;
      lines.push(
        `  ${tag.padEnd(TAG_WIDTH)}${titleOf(item)}, ${item.company} (interview ${item.interviewId})`,
        `${more}${item.reason}`,
      );
      if (item.state !== "missed") lines.push(`${more}draft: ${draftCommand(item)}`);
      lines.push(`${more}item:  ${item.id}`);
    }
  }
  return lines.join("\n");
}

/** The command that drafts a planned message. */
export function draftCommand(
  item: Pick<PlannedMessage, "interviewId" | "kind" | "channel" | "recipient">,
): string {
  const channel = item.channel === "email" ? "" : ` --channel ${item.channel}`;
  return `afterword draft ${item.interviewId} --kind ${item.kind} --to ${shellWord(item.recipient.name)}${channel}`;
}

/** What an event did, and what it changed in the plan. */
export function recordedView(recorded: RecordedEvent, timeZone: string): string {
  const lines = [`Recorded ${describeEvent(recorded.event, timeZone)}.`];
  if (recorded.changes.length === 0) {
    lines.push("The plan is unchanged.");
  } else {
    lines.push("The plan changed:");
    for (const change of recorded.changes) lines.push(`  ${changeLine(change, timeZone)}`);
  }
  return lines.join("\n");
}

function describeEvent(event: HistoryEvent, zone: string): string {
  switch (event.type) {
    case "sent":
      return `a ${event.kind} (${event.channel}) sent to ${event.to} on ${when(event.at, zone)}`;
    case "reply":
      return `a reply${event.from ? ` from ${event.from}` : ""} on ${when(event.at, zone)}`;
    case "outcome":
      return `the outcome "${event.outcome}" on ${when(event.at, zone)}`;
    case "snooze":
      return `a snooze of ${event.itemId} until ${when(event.until, zone)}`;
  }
}

function changeLine(change: PlanChange, zone: string): string {
  const item = change.item;
  const was =
    change.before === null
      ? "new"
      : change.before === item.state
        ? "moved"
        : `was ${change.before}`;
  const moment = item.state === "upcoming" ? `, now ${when(item.dueAt, zone)}` : "";
  return `${item.state.padEnd(10)}${titleOf(item)} (${was}${moment})`;
}

function timing(item: PlannedMessage, zone: string): string {
  if (item.state === "done" && item.sentAt) return `sent ${when(item.sentAt, zone)}`;
  const parts = [`suggested ${when(item.dueAt, zone)}`];
  if (item.deadline) parts.push(`deadline ${when(item.deadline, zone)}`);
  if (item.snoozedUntil) parts.push("snoozed");
  return parts.join(" · ");
}

function summary(items: PlannedMessage[]): string {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item.state, (counts.get(item.state) ?? 0) + 1);
  const parts = [...counts].map(([state, n]) => `${n} ${state}`);
  return `${items.length} message${items.length === 1 ? "" : "s"}: ${parts.join(", ")}.`;
}

function when(iso: string, zone: string, style: "full" | "short" = "full"): string {
  const at = DateTime.fromISO(iso, { zone }).setLocale("en-US");
  return at.toFormat(style === "short" ? "ccc d LLL HH:mm" : "ccc d LLL yyyy, HH:mm ZZZZ");
}

/** A word the shell reads back as it is: quoted when it holds anything but plain characters. */
export function shellWord(text: string): string {
  if (/^[\p{L}\p{N}@%+=:,./_-]+$/u.test(text)) return text;
  if (!/["$`\\!]/.test(text)) return `"${text}"`;
  return `'${text.replaceAll("'", `'\\''`)}'`;
}
