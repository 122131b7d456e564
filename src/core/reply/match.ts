import { FREEMAIL_DOMAINS } from "./freemail.js";
import type { ReceivedMail } from "./received-mail.js";
import type { ReplyKind } from "./reply-kind.js";

/** A message we sent, as replies can point at it. */
export interface SentRef {
  outboxItem: number;
  messageId: string;
  interviewId: number | null;
  recipients: string[];
  /** ISO 8601 instant. */
  sentAt: string;
}

/** The people of one interview, as a sender can be recognised. */
export interface InterviewContacts {
  interviewId: number;
  /** ISO 8601 instant. */
  start: string;
  /** Interviewers' addresses, lower-case. */
  addresses: string[];
}

/** What we know of our correspondence, to tell what a received message answers. */
export interface Correspondence {
  sent: SentRef[];
  interviews: InterviewContacts[];
  /** The candidate's own addresses: their messages answer nothing. */
  own: string[];
}

export type MatchBy = "thread" | "returned" | "sender" | "domain";

export interface ReplyMatch {
  interviewId: number | null;
  /** The Message-ID of ours it answers (or returns), when one is known. */
  messageId: string | null;
  outboxItem: number | null;
  by: MatchBy;
}

const lower = (address: string) => address.trim().toLowerCase();
const domainOf = (address: string) => lower(address).split("@")[1] ?? "";

/**
 * Whether a sender's domain is the company's, or a subdomain of it (hr.acme.example for
 * acme.example). Never a parent: a sender at co.uk is not from acme.co.uk, nor is one at
 * example from acme.example.
 */
function withinCompany(sender: string, company: string): boolean {
  if (!sender || !company || FREEMAIL_DOMAINS.has(company)) return false;
  return sender === company || sender.endsWith(`.${company}`);
}

const latest = <T>(items: T[], instant: (item: T) => string): T | undefined =>
  [...items].sort((x, y) => instant(y).localeCompare(instant(x)))[0];

function fromSent(sent: SentRef, by: MatchBy): ReplyMatch {
  return {
    interviewId: sent.interviewId,
    messageId: sent.messageId,
    outboxItem: sent.outboxItem,
    by,
  };
}

/**
 * What the message answers: a message of ours named in its In-Reply-To or References, one a bounce
 * returns, else the interview whose interviewer (or company domain) sent it. Null when none.
 */
export function matchReply(
  mail: ReceivedMail,
  kind: ReplyKind,
  known: Correspondence,
): ReplyMatch | null {
  const sender = mail.from ? lower(mail.from.address) : null;
  if (sender && known.own.map(lower).includes(sender)) return null;
  const byId = new Map(known.sent.map((sent) => [sent.messageId, sent]));

  for (const id of [...mail.inReplyTo, ...[...mail.references].reverse()]) {
    const sent = byId.get(id);
    if (sent) return fromSent(sent, "thread");
  }
  if (kind === "bounce") return matchReturned(mail, known, byId);
  if (!sender) return null;

  const when = mail.date ?? "9999";
  const pick = (candidates: InterviewContacts[]) =>
    latest(
      candidates.filter((c) => c.start <= when),
      (c) => c.start,
    ) ?? latest(candidates, (c) => c.start);

  const bySender = pick(known.interviews.filter((c) => c.addresses.includes(sender)));
  if (bySender) return forInterview(bySender.interviewId, sender, known, "sender");
  const domain = domainOf(sender);
  const byDomain = pick(
    known.interviews.filter((c) => c.addresses.some((a) => withinCompany(domain, domainOf(a)))),
  );
  return byDomain ? forInterview(byDomain.interviewId, null, known, "domain") : null;
}

function forInterview(
  interviewId: number,
  address: string | null,
  known: Correspondence,
  by: MatchBy,
): ReplyMatch {
  const ours = known.sent.filter((sent) => sent.interviewId === interviewId);
  const toThem = address ? ours.filter((sent) => sent.recipients.includes(address)) : [];
  const answered = latest(toThem.length > 0 ? toThem : ours, (sent) => sent.sentAt);
  return answered ? fromSent(answered, by) : { interviewId, messageId: null, outboxItem: null, by };
}

function matchReturned(
  mail: ReceivedMail,
  known: Correspondence,
  byId: Map<string, SentRef>,
): ReplyMatch | null {
  const returned = mail.returnedMessageId ? byId.get(mail.returnedMessageId) : undefined;
  if (returned) return fromSent(returned, "returned");
  const failed = new Set([
    ...mail.failedRecipients.map(lower),
    ...mail.deliveryStatus.flatMap((s) => (s.finalRecipient ? [lower(s.finalRecipient)] : [])),
  ]);
  // A report with no structured part still names the address it could not reach in its text.
  const text = mail.text.toLowerCase();
  const named = (r: string) => (failed.size > 0 ? failed.has(r) : text.includes(lower(r)));
  const candidates = known.sent.filter((sent) => sent.recipients.some(named));
  const sent = latest(candidates, (s) => s.sentAt);
  return sent ? fromSent(sent, "returned") : null;
}
