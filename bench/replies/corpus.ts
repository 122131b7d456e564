import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { DECISION_KINDS, type DecisionKind } from "../../src/core/reply/decision-kind.js";

/** One message of the reply corpus and the kind a careful reader gives it. */
export interface CorpusMessage {
  /** The path from the fixtures folder, for reports. */
  name: string;
  expected: DecisionKind;
  raw: Buffer;
}

const FIXTURES = join(import.meta.dirname, "..", "..", "test", "fixtures");

/**
 * Messages kept for other tests that belong in the corpus too: real-world mail (see
 * test/fixtures/mail/SOURCES.md and test/fixtures/calendar/SOURCES.md) and the hand-made replies.
 */
const ELSEWHERE: Record<string, DecisionKind> = {
  "mail/real-world/mailparser-delivery-status-ses-bounce.eml": "bounce",
  "mail/real-world/mailparser-sparrow-human.eml": "reply",
  "mail/real-world/mikel-mail-report-422-delayed.eml": "auto-reply",
  "mail/real-world/mikel-mail-report-530-bounce.eml": "bounce",
  "mail/real-world/sisimai-rfc3834-01-out-of-office-no-auto-submitted.eml": "auto-reply",
  "mail/real-world/sisimai-rfc3834-02-lotus-auto-out-of-office.eml": "auto-reply",
  "calendar/eml/gmail-invite-forwarded-by-thunderbird.eml": "invitation",
  "calendar/eml/google-calendar-request-meet-conference.eml": "invitation",
  "calendar/eml/google-meet-request-swedish-html-description.eml": "invitation",
  "calendar/eml/outlook-o365-request-base64-windows-tz.eml": "invitation",
  "calendar/eml/teams-meeting-request-outlook-finnish.eml": "invitation",
  "calendar/eml/yahoo-calendar-request-long-base64-lines.eml": "invitation",
  "mail/replies/careers-receipt-no-headers.eml": "auto-reply",
  "mail/replies/careers-ticket-acknowledgement.eml": "auto-reply",
  "mail/replies/dana-abwesenheitsnotiz-no-header.eml": "auto-reply",
  "mail/replies/dana-automatic-reply-auto-submitted.eml": "auto-reply",
  "mail/replies/dana-human-threaded.eml": "reply",
  "mail/replies/dana-next-round-invitation.eml": "invitation",
  "mail/replies/dana-offer.eml": "offer",
  "mail/replies/dana-rejection.eml": "rejection",
  "mail/replies/recruiter-same-domain.eml": "invitation",
  "mail/replies/sam-asks-for-references.eml": "request",
  "mail/replies/sam-bounce-keeps-re-subject.eml": "bounce",
  "mail/replies/sam-bounce-user-unknown.eml": "bounce",
  "mail/replies/sam-human-new-thread.eml": "invitation",
};

/** Every corpus message: `mail/corpus/<kind>/*.eml`, then the messages listed above. */
export function loadReplyCorpus(): CorpusMessage[] {
  const messages: CorpusMessage[] = [];
  for (const kind of DECISION_KINDS) {
    const folder = join(FIXTURES, "mail", "corpus", kind);
    for (const file of readdirSync(folder)
      .filter((f) => f.endsWith(".eml"))
      .sort()) {
      const name = `mail/corpus/${kind}/${file}`;
      messages.push({ name, expected: kind, raw: readFileSync(join(FIXTURES, name)) });
    }
  }
  for (const [name, expected] of Object.entries(ELSEWHERE)) {
    messages.push({ name, expected, raw: readFileSync(join(FIXTURES, name)) });
  }
  return messages;
}
