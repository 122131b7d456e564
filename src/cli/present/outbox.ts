import type { OutboxItem } from "../../store/outbox.repository.js";
import { table } from "./table.js";
import { moment } from "./when.js";

/** The outbox as a table: what is waiting, being sent, sent, failed. */
export function outboxTable(items: OutboxItem[], zone: string): string {
  if (items.length === 0) {
    return "The outbox is empty. Queue a message with `afterword send FILE.eml [--at TIME]`.";
  }
  return table(
    ["ID", "State", "When", "To", "Subject", "Note"],
    items.map((item) => [
      String(item.id),
      item.state,
      moment(whenOf(item), zone),
      item.to.map((person) => person.email).join(", "),
      item.subject.length > 40 ? `${item.subject.slice(0, 39)}…` : item.subject,
      noteOf(item),
    ]),
  );
}

function whenOf(item: OutboxItem): string {
  if (item.state === "sent") return item.sentAt ?? item.dueAt;
  if (item.state === "queued") return item.nextAttemptAt;
  return item.finishedAt ?? item.dueAt;
}

function noteOf(item: OutboxItem): string {
  if (item.state === "queued" && item.attempts > 0 && item.problem) {
    return `try ${item.attempts + 1} then; last time: ${item.problem}`;
  }
  if (item.state === "failed") return item.problem ?? "";
  return item.note ?? "";
}

/** The outbox item as JSON: everything but the message's bytes. */
export function outboxJson(item: OutboxItem) {
  return {
    id: item.id,
    state: item.state,
    messageId: item.messageId,
    interviewId: item.interviewId,
    draftId: item.draftId,
    kind: item.kind,
    from: item.from,
    to: item.to,
    subject: item.subject,
    dueAt: item.dueAt,
    nextAttemptAt: item.state === "queued" ? item.nextAttemptAt : null,
    attempts: item.attempts,
    sentAt: item.sentAt,
    filedInSent: item.filedAt !== null,
    problem: item.problem,
    serverResponse: item.serverResponse,
    note: item.note,
  };
}
