import type { MessageKind } from "../../core/message.js";
import { samePerson } from "../../core/person-match.js";
import type { AppContext } from "../context.js";
import type { OutgoingDraft } from "./queue-mail.js";

/** Kinds a person gets once per interview: a second is a mistake, not a follow-up. */
const ONCE: ReadonlySet<string> = new Set<MessageKind>(["thank-you", "rejection-reply"]);

/**
 * Why queueing this message would repeat one already sent or waiting to go, or null: a second
 * thank-you (or rejection reply) to one person about one interview, sent through the outbox or
 * recorded as sent another way. (The same draft twice is queueMail's own refusal.)
 */
export async function earlierSending(
  ctx: AppContext,
  message: OutgoingDraft,
): Promise<string | null> {
  if (message.interviewId === null || !ONCE.has(message.kind ?? "")) return null;
  const people = message.to.map((person) => ({
    name: person.name ?? person.email,
    email: person.email,
  }));
  const sameSomeone = (emails: string[]) =>
    emails.some((email) =>
      people.some((person) => person.email.toLowerCase() === email.toLowerCase()),
    );

  for (const item of await ctx.store.outbox.list()) {
    if (item.interviewId !== message.interviewId) continue;
    if (!["queued", "sending", "sent"].includes(item.state) && !item.maybeSent) continue;
    if (item.draftId !== null && item.draftId === message.draftId) continue;
    if (item.kind === message.kind && sameSomeone(item.to.map((p) => p.email))) {
      const where = item.state === "sent" ? "was sent" : "is already in the outbox";
      return `a ${item.kind ?? "message"} to ${item.to.map((p) => p.name ?? p.email).join(", ")} ${where} (outbox item ${item.id}).`;
    }
  }
  for (const event of await ctx.store.history.list(message.interviewId)) {
    if (event.type !== "sent" || event.kind !== message.kind) continue;
    if (people.some((person) => samePerson(event.to, person))) {
      return `a ${event.kind} to ${event.to} is recorded as sent (${event.channel}).`;
    }
  }
  return null;
}
