import { randomUUID } from "node:crypto";
import type { DateTime } from "luxon";
import { saysAttached } from "../../core/outbox/says-attached.js";
import { fail, ok, type Result } from "../../core/result.js";
import type { MailAccount } from "../../mail/mail-config.js";
import type { OutboxItem, OutboxPerson } from "../../store/outbox.repository.js";
import { nowIso, type AppContext } from "../context.js";
import { senderOf } from "./sender.js";
import { userError, type UserError } from "../user-error.js";

export type QueueError = UserError<
  "no-sender" | "no-email-address" | "already-queued" | "says-attached"
>;

/** A message ready to queue, whatever it came from (a draft, an .eml file). */
export interface OutgoingDraft {
  interviewId: number | null;
  draftId: number | null;
  kind: string | null;
  to: OutboxPerson[];
  subject: string;
  body: string;
  /** Kept when the draft already has one (an exported .eml): it is the message's identity. */
  messageId: string | null;
  inReplyTo: string | null;
  references: string[];
}

export interface Queued {
  item: OutboxItem;
  warnings: string[];
}

/** A fresh Message-ID on the sender's own domain, so replies and the Sent folder can find it. */
export function newMessageId(from: string): string {
  const domain = from.split("@")[1] || "afterword.invalid";
  return `<${randomUUID()}@${domain}>`;
}

/**
 * Puts a message in the outbox, due at `at` (or now). Its Message-ID is fixed here, once, so every
 * try and every check afterwards speaks of the same message.
 */
export async function queueMail(
  ctx: AppContext,
  account: MailAccount | null,
  draft: OutgoingDraft,
  at: DateTime | null,
): Promise<Result<Queued, QueueError>> {
  const from = senderOf(account, await ctx.store.profile.get());
  if (!from) {
    return fail(
      userError(
        "no-sender",
        "There is no sender address: set your profile, or `address` in mail.yaml.",
      ),
    );
  }
  if (draft.to.length === 0) {
    return fail(userError("no-email-address", "The message has no recipient address."));
  }
  // The outbox sends text only: a message that says a file comes with it would arrive without.
  const attached = saysAttached(draft.body);
  if (attached) {
    return fail(
      userError(
        "says-attached",
        `The message says a file comes with it ("${attached}"), but the outbox sends text only. ` +
          "Send it from your own mail program with the file attached, or put the file online and " +
          "give its link in the message instead.",
        draft.draftId === null ? {} : { id: draft.draftId },
      ),
    );
  }
  if (draft.messageId && (await ctx.store.outbox.findByMessageId(draft.messageId))) {
    return fail(
      userError(
        "already-queued",
        `A message with the Message-ID ${draft.messageId} is already in the outbox.`,
      ),
    );
  }
  if (draft.draftId !== null) {
    const earlier = (await ctx.store.outbox.forDraft(draft.draftId)).find(
      (item) => item.state !== "cancelled" && item.state !== "failed",
    );
    if (earlier) {
      return fail(
        userError(
          "already-queued",
          `Draft ${draft.draftId} is already in the outbox as item ${earlier.id} (${earlier.state}).`,
          { id: earlier.id },
        ),
      );
    }
  }
  const warnings: string[] = [];
  for (const person of draft.to) {
    const bad = await ctx.store.badAddresses.get(person.email);
    if (bad) warnings.push(`Mail to ${person.email} came back before: ${bad.reason}`);
  }
  const now = nowIso(ctx);
  const due = at ? (at.toUTC().toISO() ?? now) : now;
  if (at && due < now) warnings.push("That moment has passed: the message is due now.");
  const item = await ctx.store.transaction((tx) =>
    tx.outbox.add(
      {
        messageId: draft.messageId ?? newMessageId(from.email),
        interviewId: draft.interviewId,
        draftId: draft.draftId,
        kind: draft.kind,
        from,
        to: draft.to,
        subject: draft.subject,
        body: draft.body,
        inReplyTo: draft.inReplyTo,
        references: draft.references,
        dueAt: due < now ? now : due,
      },
      now,
    ),
  );
  return ok({ item, warnings });
}
