import { DateTime } from "luxon";
import type { InterviewPlanView } from "../../app/plan.js";
import type { PlannedMessage } from "../../core/plan/planned-message.js";
import { titleOf } from "../../core/plan/title.js";

const INDENT = " ".repeat(12);

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
