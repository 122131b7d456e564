import { outcomeSuggestion, type Reception } from "../../app/receive-mail.js";
import type { StoredReceived } from "../../store/received-message.repository.js";
import { table } from "./table.js";
import { moment } from "./when.js";

/** The JSON of `afterword inbox add`, one entry per file. */
export function receptionJson(file: string, reception: Reception) {
  return {
    file,
    messageId: reception.messageId,
    inReplyTo: reception.inReplyTo,
    kind: reception.kind,
    matched: reception.matched,
    from: reception.from,
    subject: reception.subject,
    date: reception.date,
    evidence: reception.evidence,
    recorded: reception.recorded,
    rejection: reception.rejection,
    bounce: reception.bounce,
    cancelled: reception.cancelled,
    planNote: reception.planNote,
  };
}

/** What a person needs to read about one received message, a few lines. */
export function receptionLines(label: string, reception: Reception): string[] {
  const who = reception.from
    ? reception.from.name
      ? `${reception.from.name} <${reception.from.address}>`
      : reception.from.address
    : "an unknown sender";
  if (reception.own) return [`${label}: a copy of a message you sent; nothing to record.`];
  if (!reception.matched) {
    return [`${label}: ${reception.kind} from ${who} — not about any of your interviews.`];
  }
  const where =
    reception.matched.interviewId !== null
      ? `interview ${reception.matched.interviewId}`
      : `outbox item ${reception.matched.outboxItem}`;
  const why = reception.evidence.map((e) => e.detail).join("; ");
  const lines = [
    `${label}: ${reception.kind} from ${who} about ${where} (matched by ${reception.matched.by})${why ? ` — ${why}` : ""}${reception.recorded ? "" : " (already recorded)"}`,
  ];
  if (reception.cancelled.length > 0) {
    lines.push(
      `  Follow-ups no longer needed, cancelled: outbox ${reception.cancelled.map((id) => `#${id}`).join(", ")}.`,
    );
  }
  if (reception.kind === "human" && reception.recorded && reception.matched.interviewId !== null) {
    lines.push(
      reception.planNote
        ? `  The plan could not take the reply in: ${reception.planNote}`
        : "  A person answered: the status follow-ups stop.",
    );
  }
  if (reception.kind === "auto-reply") {
    lines.push("  An automatic reply does not count as an answer: follow-ups stay planned.");
  }
  if (reception.bounce) {
    lines.push(
      `  Your message to ${reception.bounce.address} came back: ${reception.bounce.reason}`,
      "  The address is marked as bad. Check it (a typo? the person left?) before writing again.",
    );
  }
  if (reception.rejection) {
    lines.push(
      `  It reads like a rejection ("${reception.rejection.phrase}"). If it is, record it with:`,
      `    ${reception.rejection.suggestion}`,
    );
  }
  return lines;
}

export function receivedTable(messages: StoredReceived[], zone: string): string {
  if (messages.length === 0) {
    return "Nothing received yet. `afterword worker` reads your mailbox; `afterword inbox add FILE.eml` records a saved message.";
  }
  return table(
    ["ID", "Date", "Kind", "From", "Interview", "Subject", "Note"],
    messages.map((message) => [
      String(message.id),
      moment(message.date ?? message.recordedAt, zone),
      message.kind,
      message.from?.address ?? "",
      message.interviewId === null ? "" : String(message.interviewId),
      message.subject.length > 40 ? `${message.subject.slice(0, 39)}…` : message.subject,
      message.bouncedAddress
        ? `bounced: ${message.bouncedAddress}`
        : message.rejectionPhrase && message.interviewId !== null
          ? `reads like a rejection: ${outcomeSuggestion(message.interviewId, message.from)}`
          : "",
    ]),
  );
}
