import type { Classification } from "./classify.js";
import {
  findPhrase,
  INVITATION_PHRASES,
  OFFER_PHRASES,
  REQUEST_PHRASES,
} from "./decision-phrases.js";
import type { DecisionKind } from "./decision-kind.js";
import { newText } from "./new-text.js";
import type { ReceivedMail } from "./received-mail.js";
import { readsLikeRejection } from "./rejection.js";

/** The kind Afterword suggests for a message, and what made it think so, in words. */
export interface Suggestion {
  kind: DecisionKind;
  because: string;
}

/**
 * Automatic messages that only hold the place of a person: an out-of-office, a read receipt, a
 * delay notice, a ticket's receipt. Whatever their text says, they decide nothing.
 */
const PLACE_HOLDERS = new Set([
  "auto-reply-subject",
  "autoreply-header",
  "read-receipt",
  "delivery-notice",
  "ticket-acknowledgement",
]);

/**
 * What the candidate is likely to decide about a message. A bounce is a bounce and an
 * out-of-office an auto-reply; otherwise the sender's own words decide: a rejection, an offer, an
 * invitation to another round (a calendar part says so too), a request for information or
 * documents, else a reply. An automatic message (an applicant tracking system's no-reply address,
 * say) that carries a rejection, an offer or an invitation is suggested as that; one that carries
 * none of them stays an auto-reply, never a person's reply.
 */
export function suggestDecision(mail: ReceivedMail, classification: Classification): Suggestion {
  if (classification.kind === "bounce") {
    return { kind: "bounce", because: reasons(classification) };
  }
  const placeHolder = classification.evidence.some((e) => PLACE_HOLDERS.has(e.rule));
  if (classification.kind === "auto-reply" && placeHolder) {
    return { kind: "auto-reply", because: reasons(classification) };
  }
  const written = `${mail.subject}\n${newText(mail.text)}`.toLowerCase().replace(/\s+/g, " ");
  const rejection = readsLikeRejection(mail.text, mail.subject);
  if (rejection) return { kind: "rejection", because: `it says "${rejection}"` };
  const offer = findPhrase(OFFER_PHRASES, written);
  if (offer) return { kind: "offer", because: `it says "${offer}"` };
  if (mail.calendar) return { kind: "invitation", because: "it carries a calendar invitation" };
  const invitation = findPhrase(INVITATION_PHRASES, written);
  if (invitation) return { kind: "invitation", because: `it says "${invitation}"` };
  if (classification.kind === "auto-reply") {
    return { kind: "auto-reply", because: reasons(classification) };
  }
  const request = findPhrase(REQUEST_PHRASES, written);
  if (request) return { kind: "request", because: `it asks "${request}"` };
  return { kind: "reply", because: "a person's answer with no decision in it" };
}

function reasons(classification: Classification): string {
  return classification.evidence.map((e) => e.detail).join("; ");
}
