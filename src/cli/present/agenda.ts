import type { Agenda } from "../../app/plan/plan.js";
import type { AgendaGroup, AgendaItem } from "../../core/plan/agenda.js";
import { CHANNEL_NAMES } from "../../core/message.js";
import { OPEN_STATES } from "../../core/plan/plan-entry.js";
import type { PlannedMessage } from "../../core/plan/planned-message.js";
import { entryTitleOf } from "../../core/plan/title.js";
import { shellWord } from "../../core/shell-word.js";
import { when } from "./plan.js";

/** Room for "Thu 10 Dec 09:00" and a gap. */
const TAG_WIDTH = 18;

const GROUP_TITLES: Record<AgendaGroup, string> = {
  now: "Now",
  today: "Today",
  "this-week": "This week",
  later: "Further ahead",
  missed: "Missed (the window has closed)",
};

/** The agenda grouped now / today / this week / later / missed, with the command that drafts each. */
export function agendaView(agenda: Agenda): string {
  const zone = agenda.timeZone;
  const header = `Your agenda for the next ${agenda.days} day${agenda.days === 1 ? "" : "s"} (times in ${zone}; now ${when(agenda.now, zone)}).`;
  const details = [...detailsWanted(agenda), ...closingProposed(agenda)];
  if (agenda.items.length === 0) {
    return [
      header,
      ...details,
      "",
      "Nothing needs you: no message is due, late or coming up.",
    ].join("\n");
  }
  const lines = [header, ...details];
  for (const group of Object.keys(GROUP_TITLES) as AgendaGroup[]) {
    const items = agenda.items.filter((item) => item.group === group);
    if (items.length === 0) continue;
    lines.push("", GROUP_TITLES[group]);
    for (const item of items) {
      const tag = item.state === "upcoming" ? when(item.dueAt, zone, "short") : item.state;
      const more = `  ${" ".repeat(TAG_WIDTH)}`;
      lines.push(
        `  ${tag.padEnd(TAG_WIDTH)}${entryTitleOf(item)}, ${item.company || "company not named yet"} (interview ${item.interviewId})`,
        `${more}${item.reason}`,
      );
      if (item.state !== "missed") lines.push(...draftLines(item, more));
      lines.push(`${more}item:  ${item.id}`);
    }
  }
  return lines.join("\n");
}

/**
 * The command that drafts the message; with several channels, one line per channel still open,
 * each a choice ("e-mail:", "card:").
 */
function draftLines(entry: AgendaItem, indent: string): string[] {
  if (entry.channels.length === 1) return [`${indent}draft: ${draftCommand(entry)}`];
  const open = entry.channels.filter((choice) => OPEN_STATES.has(choice.state));
  const width = Math.max(...open.map((choice) => CHANNEL_NAMES[choice.channel].length)) + 2;
  return open.map(
    (choice) =>
      `${indent}${`${CHANNEL_NAMES[choice.channel]}:`.padEnd(width)}${draftCommand({ ...entry, channel: choice.channel })}`,
  );
}

/** Interviews imported from invites that did not say enough, and the command that completes each. */
function detailsWanted(agenda: Agenda): string[] {
  if (agenda.needsDetails.length === 0) return [];
  return [
    "",
    "Needs details",
    ...agenda.needsDetails.flatMap((wanted) => [
      `  ${wanted.title ? `"${wanted.title}"` : "An interview"} (interview ${wanted.interviewId}) has no ${wanted.missing.join(" or ")} yet`,
      `  ${" ".repeat(TAG_WIDTH)}add: afterword details ${wanted.interviewId} --company NAME --position TITLE, or afterword details ${wanted.interviewId} FILE`,
    ]),
  ];
}

/** Applications gone silent, with the command that closes each as "no response". */
function closingProposed(agenda: Agenda): string[] {
  if (agenda.closing.length === 0) return [];
  return [
    "",
    "Close for want of an answer?",
    ...agenda.closing.flatMap((proposal) => [
      `  ${proposal.company || "An application"} (interview ${proposal.interviewId})`,
      `  ${" ".repeat(TAG_WIDTH)}${proposal.reason}`,
      `  ${" ".repeat(TAG_WIDTH)}close: afterword outcome ${proposal.interviewId} no-response`,
    ]),
  ];
}

/** The command that drafts a planned message. */
export function draftCommand(
  item: Pick<PlannedMessage, "interviewId" | "kind" | "channel" | "recipient">,
): string {
  const channel = item.channel === "email" ? "" : ` --channel ${item.channel}`;
  return `afterword draft ${item.interviewId} --kind ${item.kind} --to ${shellWord(item.recipient.name)}${channel}`;
}
