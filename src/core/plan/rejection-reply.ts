import type { DateTime } from "luxon";
import { cancellationOf } from "./cancellation.js";
import { slugOf } from "./item-id.js";
import { samePerson } from "../person-match.js";
import type { Contact, PlanContext } from "./plan-context.js";
import { nthSent, settle, type OpenState, type SettledItem } from "./plan-item.js";
import { sendMoment } from "./send-moment.js";

/** Elapsed hours after the news: time to take it in, and the window for a gracious reply. */
export const REJECTION_REPLY_EARLIEST_HOURS = 2;
export const REJECTION_REPLY_HOURS = 48;

/** A reply to a recorded rejection, to whoever brought the news (else the main contact). */
export function planRejectionReply(ctx: PlanContext): SettledItem | null {
  const rejection = ctx.rejection;
  if (rejection === null) return null;
  const contact = senderOf(ctx, rejection.from);
  const deadline = rejection.at.plus({ hours: REJECTION_REPLY_HOURS });
  const moment = sendMoment(
    ctx,
    rejection.at.plus({ hours: REJECTION_REPLY_EARLIEST_HOURS }),
    deadline,
  );
  return settle(ctx, {
    kind: "rejection-reply",
    channel: contact.channel,
    contact,
    sequence: 1,
    dueAt: moment.at,
    deadline,
    sent: nthSent(ctx, "rejection-reply", 0),
    cancelled: cancellationOf(ctx, "rejection-reply"),
    explain: (state, dueAt) => explain(ctx, contact.recipient.name, state, dueAt, deadline),
  });
}

function senderOf(ctx: PlanContext, from: string | null): Contact {
  if (from === null) return ctx.primary;
  const known = ctx.contacts.find((contact) => samePerson(from, contact.recipient));
  if (known) return known;
  const email = from.includes("@") ? from : null;
  return { recipient: { name: from, email }, slug: slugOf(from), channel: "email" };
}

function explain(
  ctx: PlanContext,
  name: string,
  state: OpenState,
  dueAt: DateTime,
  deadline: DateTime,
): string {
  const by = ctx.when.at(deadline);
  switch (state) {
    case "upcoming":
      return `Reply to ${name} by ${by}, within 48 hours of the news: thank them, ask for feedback and ask to be kept in mind for other openings; ${ctx.when.atWithTheirs(dueAt)} is suggested.`;
    case "due":
    case "late":
      return `A gracious reply to ${ctx.interview.company}'s news is due before ${by}: thank ${name}, ask for feedback and say you would welcome other openings.`;
    case "missed":
      return "More than 48 hours have passed since the news; a reply now is still courteous but no longer expected.";
  }
}
