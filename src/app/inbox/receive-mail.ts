import { createHash } from "node:crypto";
import { classifyMail, type Evidence } from "../../core/reply/classify.js";
import { matchReply, type Correspondence, type ReplyMatch } from "../../core/reply/match.js";
import { answeredMessageId, type ReceivedMail } from "../../core/reply/received-mail.js";
import { readsLikeRejection } from "../../core/reply/rejection.js";
import type { ReplyKind } from "../../core/reply/reply-kind.js";
import { requestedIn } from "../../core/reply/requested.js";
import { suggestDecision, type Suggestion } from "../../core/reply/suggest.js";
import { readReceived } from "../../mail/read-received.js";
import type { StoreContext } from "../context.js";
import { noteReply } from "../plan/plan-events.js";

export interface ReceivedOrigin {
  source: "imap" | "file";
  folder: string | null;
  uid: number | null;
}

/** What Afterword made of one received message. */
export interface Reception {
  messageId: string | null;
  inReplyTo: string | null;
  from: { address: string; name: string } | null;
  subject: string;
  date: string | null;
  kind: ReplyKind;
  evidence: Evidence[];
  /** What the candidate is likely to decide about it; nothing is decided until they confirm. */
  suggestion: Suggestion;
  matched: ReplyMatch | null;
  /** False when it was recorded before (by the sync or from a file) or is not about an interview. */
  recorded: boolean;
  /** Our own message seen again (a copy of what we sent). */
  own: boolean;
  /** Set when the reply reads like a rejection (the words that do); the outcome is only suggested. */
  rejection: { phrase: string } | null;
  bounce: { address: string; reason: string } | null;
  /** Queued status follow-ups cancelled because of this reply. */
  cancelled: number[];
  /** Set when the planner could not take the reply in (its words). */
  planNote: string | null;
  /** True for a person's message that ends the status follow-ups. */
  answers: boolean;
}

export function messageKey(mail: ReceivedMail, raw: Buffer): string {
  return mail.messageId ?? `sha256:${createHash("sha256").update(raw).digest("hex")}`;
}

/**
 * Records one received message: classifies it, finds what it answers, and applies what follows —
 * a human reply cancels the interview's queued follow-ups, a bounce marks the address bad. Reading
 * the same message again (by the sync or from a file) records and applies nothing twice.
 */
export async function receiveMail(
  ctx: StoreContext,
  known: Correspondence,
  raw: Buffer,
  origin: ReceivedOrigin,
): Promise<Reception> {
  const mail = await readReceived(raw);
  const classification = classifyMail(mail);
  const own = mail.messageId !== null && known.sent.some((s) => s.messageId === mail.messageId);
  const matched = own ? null : matchReply(mail, classification.kind, known);
  const phrase =
    matched?.interviewId != null && classification.kind !== "bounce"
      ? readsLikeRejection(mail.text, mail.subject)
      : null;
  const bounce =
    classification.kind === "bounce" && matched ? bounceOf(mail, matched, known) : null;
  const reception: Reception = {
    messageId: mail.messageId,
    inReplyTo: answeredMessageId(mail),
    from: mail.from,
    subject: mail.subject,
    date: mail.date,
    kind: classification.kind,
    evidence: classification.evidence,
    suggestion: suggestDecision(mail, classification),
    matched,
    recorded: false,
    own,
    rejection: phrase ? { phrase } : null,
    bounce,
    cancelled: [],
    planNote: null,
    answers: false,
  };
  if (!matched) return reception;
  // A person's message written before the interview (arranging it, say) answers nothing of ours.
  const start = known.interviews.find((i) => i.interviewId === matched.interviewId)?.start;
  reception.answers =
    classification.kind === "human" &&
    matched.interviewId !== null &&
    !(mail.date !== null && start !== undefined && mail.date < start);
  const key = messageKey(mail, raw);
  if (await ctx.store.received.findByKey(key)) return reception;

  // The planner's own transaction comes first: after a crash before the row below is written, the
  // message is read again and the planner hears of the reply twice, which changes nothing.
  if (reception.answers && matched.interviewId !== null) {
    reception.planNote = await noteReply(
      ctx,
      matched.interviewId,
      mail.from?.address ?? null,
      mail.date,
    );
  }
  const at = ctx.now.toUTC().toISO()!;
  return ctx.store.transaction(async (tx) => {
    const stored = await tx.received.add(
      {
        messageKey: key,
        messageId: mail.messageId,
        source: origin.source,
        folder: origin.folder,
        uid: origin.uid,
        from: mail.from,
        subject: mail.subject,
        date: mail.date,
        inReplyTo: reception.inReplyTo,
        kind: classification.kind,
        evidence: classification.evidence,
        interviewId: matched.interviewId,
        outboxId: matched.outboxItem,
        answersMessageId: matched.messageId,
        matchedBy: matched.by,
        rejectionPhrase: phrase,
        bouncedAddress: bounce?.address ?? null,
        bounceReason: bounce?.reason ?? null,
        suggestion: reception.suggestion.kind,
        suggestionReason: reception.suggestion.because,
        requested: classification.kind === "human" ? requestedIn(mail.text) : null,
        inviteSource: mail.calendar && classification.kind !== "bounce" ? raw : null,
      },
      at,
    );
    if (!stored) return reception;
    reception.recorded = true;
    if (reception.answers && matched.interviewId !== null) {
      const who = mail.from?.name || mail.from?.address || "someone";
      const when = (mail.date ?? at).slice(0, 10);
      reception.cancelled = await tx.outbox.cancelFollowUps(
        matched.interviewId,
        `${who} answered on ${when}`,
        at,
      );
    }
    if (bounce) {
      await tx.badAddresses.mark({
        address: bounce.address,
        reason: bounce.reason,
        receivedMessageId: stored.id,
        markedAt: at,
      });
      if (matched.outboxItem !== null) {
        await tx.outbox.addNote(
          matched.outboxItem,
          `Came back from ${bounce.address}: ${bounce.reason}`,
          at,
        );
      }
    }
    return reception;
  });
}

/** The address that failed and the server's reason, in that order of trust: report, header, text. */
function bounceOf(
  mail: ReceivedMail,
  matched: ReplyMatch,
  known: Correspondence,
): { address: string; reason: string } | null {
  const sent = known.sent.find((s) => s.outboxItem === matched.outboxItem);
  const ours = new Set(sent?.recipients ?? known.sent.flatMap((s) => s.recipients));
  const failed = mail.deliveryStatus.filter(
    (s) => s.finalRecipient && (s.action === null || s.action === "failed"),
  );
  const status =
    failed.find((s) => ours.has(s.finalRecipient!)) ??
    (failed.length === 1 && !sent ? failed[0] : undefined);
  const text = mail.text.toLowerCase();
  const address =
    status?.finalRecipient ??
    mail.failedRecipients.find((a) => ours.has(a)) ??
    [...ours].find((a) => text.includes(a)) ??
    (sent?.recipients.length === 1 ? sent.recipients[0] : undefined);
  if (!address) return null;
  const reason =
    status?.diagnostic ??
    (status?.status ? `status ${status.status}` : null) ??
    diagnosticLine(mail.text) ??
    (mail.subject || "the mail system returned the message");
  return { address, reason };
}

/** The first line of a plain-text bounce that quotes a server's refusal. */
function diagnosticLine(text: string): string | null {
  const line = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .find((l) => /\b[45]\d\d[ -][45]\.\d{1,3}\.\d{1,3}\b|\b55\d\b|\(#5\.\d\.\d\)/.test(l));
  return line ?? null;
}
