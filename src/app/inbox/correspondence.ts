import { DateTime } from "luxon";
import type { Correspondence } from "../../core/reply/match.js";
import type { MailAccount } from "../../mail/mail-config.js";
import type { Repositories } from "../../store/store.js";
import { ownAddresses } from "../mail/sender.js";

/** What matching needs to know: our messages, the interviewers, and the candidate's addresses. */
export async function loadCorrespondence(
  store: Repositories,
  account: MailAccount | null,
): Promise<Correspondence> {
  const [sent, interviews, profile] = await Promise.all([
    store.outbox.sentOrSending(),
    store.interviews.list(),
    store.profile.get(),
  ]);
  return {
    sent: sent.map((item) => ({
      outboxItem: item.id,
      messageId: item.messageId,
      interviewId: item.interviewId,
      recipients: item.to.map((person) => person.email.toLowerCase()),
      sentAt: item.sentAt ?? item.queuedAt,
    })),
    interviews: interviews.map((interview) => ({
      interviewId: interview.id,
      start:
        DateTime.fromISO(interview.start, { setZone: true }).toUTC().toISO() ?? interview.start,
      addresses: interview.interviewers.flatMap((person) =>
        person.email ? [person.email.toLowerCase()] : [],
      ),
    })),
    own: ownAddresses(account, profile),
  };
}
