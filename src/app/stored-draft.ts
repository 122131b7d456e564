import { CHANNEL_NAMES } from "../core/message.js";
import { fail, ok, type Result } from "../core/result.js";
import type { AppContext } from "./context.js";
import { findDraft } from "./draft.js";
import type { OutgoingDraft } from "./queue-mail.js";

/** A stored draft read as a message to queue. */
export async function draftFromStore(
  ctx: AppContext,
  id: number,
): Promise<Result<OutgoingDraft, string>> {
  const found = await findDraft(ctx, id);
  if (!found.ok) return fail(found.errors[0]!.message);
  const draft = found.value;
  if (draft.channel !== "email" || !draft.recipient.email) {
    return fail(
      draft.channel === "email"
        ? `Draft ${id} has no address to send to: add ${draft.recipient.name}'s e-mail to the interview, then draft it again.`
        : `Draft ${id} is a ${CHANNEL_NAMES[draft.channel]}, not an e-mail: it is not sent from the outbox.`,
    );
  }
  return ok({
    interviewId: draft.interviewId,
    draftId: draft.id,
    kind: draft.kind,
    to: [{ name: draft.recipient.name, email: draft.recipient.email }],
    subject: draft.subject ?? "",
    body: draft.body,
    messageId: null,
    inReplyTo: null,
    references: [],
  });
}
