import type { DateTime } from "luxon";
import type { Channel } from "../message.js";
import { cancellationOf } from "./cancellation.js";
import { samePerson } from "../person-match.js";
import type { Contact, PlanContext } from "./plan-context.js";
import { settle, type OpenState, type SettledItem } from "./plan-item.js";
import { sendMoment, type SendMoment } from "./send-moment.js";

/** Elapsed hours, not calendar days: a change of the clocks does not stretch the window. */
export const THANK_YOU_DEADLINE_HOURS = 24;
export const THANK_YOU_LATE_HOURS = 48;
/** Time to let the conversation settle and write a considered note. */
export const THANK_YOU_EARLIEST_HOURS = 2;

/**
 * One thank-you per interviewer: an e-mail and, the same day, a handwritten card; someone
 * without an address gets the card and a LinkedIn note instead of the e-mail.
 */
export function planThankYous(ctx: PlanContext): SettledItem[] {
  const deadline = ctx.end.plus({ hours: THANK_YOU_DEADLINE_HOURS });
  const lateUntil = ctx.end.plus({ hours: THANK_YOU_LATE_HOURS });
  const moment = sendMoment(ctx, ctx.end.plus({ hours: THANK_YOU_EARLIEST_HOURS }), deadline);
  const cancelled = cancellationOf(ctx, "thank-you");
  return ctx.contacts.flatMap((contact) =>
    channelsFor(contact).map((channel) =>
      settle(ctx, {
        kind: "thank-you",
        channel,
        contact,
        sequence: 1,
        dueAt: moment.at,
        deadline,
        lateUntil,
        sent:
          ctx.sent.find(
            (event) =>
              event.kind === "thank-you" &&
              event.channel === channel &&
              samePerson(event.to, contact.recipient),
          ) ?? null,
        cancelled,
        explain: (state, dueAt) =>
          explain(ctx, contact, channel, state, dueAt, moment, deadline, lateUntil),
      }),
    ),
  );
}

export function channelsFor(contact: Contact): Channel[] {
  return contact.recipient.email ? ["email", "card"] : ["card", "linkedin"];
}

function explain(
  ctx: PlanContext,
  contact: Contact,
  channel: Channel,
  state: OpenState,
  dueAt: DateTime,
  moment: SendMoment,
  deadline: DateTime,
  lateUntil: DateTime,
): string {
  const name = contact.recipient.name;
  const by = ctx.when.at(deadline);
  const hasEmail = contact.recipient.email !== null;
  switch (state) {
    case "upcoming":
      if (channel === "card") {
        return hasEmail
          ? `Write a card to ${name} on ${ctx.when.day(dueAt)}, the day the e-mail goes out, and post it; the post is slow, so the e-mail still carries your thanks in time.`
          : `Write and post a card to ${name} on ${ctx.when.day(dueAt)}; with no e-mail address for them, the card and a LinkedIn note carry your thanks.`;
      }
      if (moment.fit === "outside-working-hours") {
        return `None of their working hours fall between 2 hours after the interview and the 24-hour deadline (${by}), so the deadline wins: send it at ${ctx.when.atWithTheirs(dueAt)} rather than wait for their next working day.`;
      }
      return `${channel === "linkedin" ? `Thank ${name} in a LinkedIn connection note` : `Thank ${name}`} by ${by}, 24 hours after the interview; ${ctx.when.atWithTheirs(dueAt)} is the first moment in their working hours at least 2 hours after it ${ctx.now < ctx.end ? "ends" : "ended"}.`;
    case "due":
      if (channel === "card") {
        return `Your card to ${name} is due: write and post it the same day as ${hasEmail ? "the e-mail" : "your LinkedIn note"}, before ${by}.`;
      }
      return `Your thank-you to ${name} is due: send it before ${by}, 24 hours after the interview ended.`;
    case "late":
      return `The 24-hour mark has passed, but a thank-you to ${name} sent before ${ctx.when.at(lateUntil)} is still welcome.`;
    case "missed":
      return "More than 48 hours have passed since the interview, so this thank-you is no longer expected; carry your thanks into your next message instead.";
  }
}
