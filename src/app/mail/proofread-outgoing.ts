import { MESSAGE_KINDS, type MessageKind } from "../../core/message.js";
import type { Result } from "../../core/result.js";
import { checkMessage, type CheckProblem, type CheckReport } from "../drafts/check.js";
import type { AppContext } from "../context.js";
import type { OutgoingDraft } from "./queue-mail.js";

/** A message as the proofreader reads it: the subject on a first `Subject:` line, then the body. */
export function proofreadText(draft: OutgoingDraft): string {
  const body = draft.body.replace(/\r\n/g, "\n");
  return draft.subject ? `Subject: ${draft.subject}\n${body}` : body;
}

/** Proofreads a message about to be queued, in the context of its interview and recipient. */
export function proofreadOutgoing(
  ctx: AppContext,
  draft: OutgoingDraft,
): Promise<Result<CheckReport, CheckProblem>> {
  const recipient = draft.to[0];
  return checkMessage(ctx, {
    text: proofreadText(draft),
    kind: isMessageKind(draft.kind) ? draft.kind : null,
    channel: "email",
    interviewId: draft.interviewId,
    to: recipient ? (recipient.name ?? recipient.email) : null,
  });
}

function isMessageKind(kind: string | null): kind is MessageKind {
  return kind !== null && (MESSAGE_KINDS as readonly string[]).includes(kind);
}
