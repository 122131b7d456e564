import type { PlanChange, RecordedEvent } from "../../app/plan/history.js";
import type { HistoryEvent } from "../../core/plan/history.js";
import { titleOf } from "../../core/plan/title.js";
import { when } from "./plan.js";

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
