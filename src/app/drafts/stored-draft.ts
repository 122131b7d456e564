import { CHANNEL_NAMES } from "../../core/message.js";
import { fail, ok, type Result } from "../../core/result.js";
import type { AppContext } from "../context.js";
import { findDraft } from "./draft.js";
import type { OutgoingDraft } from "../mail/queue-mail.js";
import { personName } from "../../core/compose/grammar/person-name.js";
import { userError, type UserError } from "../user-error.js";

/** A stored draft read as a message to queue. */
export async function draftFromStore(
  ctx: AppContext,
  id: number,
): Promise<
  Result<OutgoingDraft, UserError<"no-such-draft" | "no-email-address" | "not-an-email">>
> {
  const found = await findDraft(ctx, id);
  if (!found.ok) return fail(userError("no-such-draft", found.errors[0]!.message, { id }));
  const draft = found.value;
  if (draft.channel !== "email") {
    return fail(
      userError(
        "not-an-email",
        `Draft ${id} is a ${CHANNEL_NAMES[draft.channel]}, not an e-mail: it is not sent from the outbox.`,
        { id },
      ),
    );
  }
  if (!draft.recipient.email) {
    return fail(
      userError(
        "no-email-address",
        `Draft ${id} has no address to send to: add ${draft.recipient.name}'s e-mail to the interview, then draft it again.`,
        { id },
      ),
    );
  }
  return ok({
    interviewId: draft.interviewId,
    draftId: draft.id,
    kind: draft.kind,
    // "priya natarajan" typed in a hurry is "Priya Natarajan" on the envelope.
    to: [{ name: personName(draft.recipient.name), email: draft.recipient.email }],
    subject: draft.subject ?? "",
    body: draft.body,
    messageId: null,
    inReplyTo: null,
    references: [],
  });
}
