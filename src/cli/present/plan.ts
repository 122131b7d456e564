import { DateTime } from "luxon";
import type { InterviewPlanView } from "../../app/plan/plan.js";
import type { PlannedMessage } from "../../core/plan/planned-message.js";
import { CHANNEL_NAMES } from "../../core/message.js";
import type { PlanEntry } from "../../core/plan/plan-entry.js";
import { entryTitleOf } from "../../core/plan/title.js";

const INDENT = " ".repeat(12);

/**
 * One interview's plan, earliest first: each message to each person once, with its state,
 * timing, reason, the channels it may take, and id.
 */
export function planView(view: InterviewPlanView): string {
  const { interview, entries, timeZone } = view;
  const lines = [
    `${interview.company}: ${interview.position} (interview ${interview.id})`,
    `Times are in ${timeZone}. ${summary(entries)}`,
  ];
  for (const entry of entries) {
    lines.push(
      "",
      `${entry.state.padEnd(INDENT.length)}${entryTitleOf(entry)}`,
      `${INDENT}${timing(entry, timeZone)}`,
      `${INDENT}${entry.reason}`,
    );
    if (entry.channels.length > 1) lines.push(`${INDENT}by ${channelChoices(entry, timeZone)}`);
    lines.push(`${INDENT}id ${entry.id}`);
  }
  return lines.join("\n");
}

/** "e-mail (done), card (due, id 1.thank-you.card.dana-whitfield)": each channel's own state. */
function channelChoices(entry: PlanEntry, zone: string): string {
  return entry.channels
    .map((choice) => {
      const state =
        choice.state === "done" && choice.sentAt
          ? `sent ${when(choice.sentAt, zone)}`
          : choice.state;
      const id = choice.id === entry.id ? "" : `, id ${choice.id}`;
      return `${CHANNEL_NAMES[choice.channel]} (${state}${id})`;
    })
    .join(" or ");
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

/** A moment as the candidate reads it, in their zone: "Fri 20 Nov 2026, 18:30 EST". */
export function when(iso: string, zone: string, style: "full" | "short" = "full"): string {
  const at = DateTime.fromISO(iso, { zone }).setLocale("en-US");
  return at.toFormat(style === "short" ? "ccc d LLL HH:mm" : "ccc d LLL yyyy, HH:mm ZZZZ");
}
