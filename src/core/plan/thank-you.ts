import type { DateTime } from "luxon";
import type { Interview } from "../interview.js";
import { isLinkedIn, type Channel } from "../message.js";
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
 * One thank-you per interviewer, which may go by several channels: an e-mail where there is an
 * address, else a LinkedIn note (a message once connected); and, the same day, a handwritten card
 * where cards are offered.
 */
export function planThankYous(ctx: PlanContext): SettledItem[] {
  const deadline = ctx.end.plus({ hours: THANK_YOU_DEADLINE_HOURS });
  const lateUntil = ctx.end.plus({ hours: THANK_YOU_LATE_HOURS });
  const moment = sendMoment(ctx, ctx.end.plus({ hours: THANK_YOU_EARLIEST_HOURS }), deadline);
  const cancelled = cancellationOf(ctx, "thank-you");
  return ctx.contacts.flatMap((contact) =>
    channelsFor(ctx, contact).map((channel) =>
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

/** The channels a thank-you to `contact` may take, the one a draft defaults to first. */
export function channelsFor(ctx: PlanContext, contact: Contact): Channel[] {
  const online = contact.recipient.email ? "email" : onLinkedIn(ctx, contact);
  if (!offersCard(ctx, contact)) return [online];
  return contact.recipient.email ? ["email", "card"] : ["card", online];
}

/**
 * A connection note, which is how the candidate connects; or the message it went as, when the
 * candidate was connected already and recorded it so.
 */
function onLinkedIn(ctx: PlanContext, contact: Contact): Channel {
  const thanked = ctx.sent.find(
    (event) =>
      event.kind === "thank-you" &&
      isLinkedIn(event.channel) &&
      samePerson(event.to, contact.recipient),
  );
  return thanked?.channel ?? "linkedin";
}

/**
 * A card is worth its stamp after meeting in person, or when there is no address to write to;
 * the profile may offer it always or never instead.
 */
export function offersCard(ctx: PlanContext, contact: Contact): boolean {
  switch (ctx.cards) {
    case "always":
      return true;
    case "never":
      return false;
    case "auto":
      return metInPerson(ctx.interview) || !contact.recipient.email;
  }
}

/** An onsite interview; a stage called onsite counts only when the format is not given. */
function metInPerson(interview: Interview): boolean {
  return (
    interview.format === "onsite" || (interview.format === null && interview.stage === "onsite")
  );
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
  const what = channel === "linkedin" ? "connection note" : "message";
  switch (state) {
    case "upcoming":
      if (channel === "card") {
        return hasEmail
          ? `Write a card to ${name} on ${ctx.when.day(dueAt)}, the day the e-mail goes out, and post it; the post is slow, so the e-mail still carries your thanks in time.`
          : `Write and post a card to ${name} on ${ctx.when.day(dueAt)}; with no e-mail address for them, the card and a LinkedIn ${linkedInWhat(ctx, contact)} carry your thanks.`;
      }
      if (moment.fit === "outside-working-hours") {
        return `None of their working hours fall between 2 hours after the interview and the 24-hour deadline (${by}), so the deadline wins: send it at ${ctx.when.atWithTheirs(dueAt)} rather than wait for their next working day.`;
      }
      return `${channel === "email" ? `Thank ${name}` : `Thank ${name} in a LinkedIn ${what}`} by ${by}, 24 hours after the interview; ${ctx.when.atWithTheirs(dueAt)} is the first moment in their working hours at least 2 hours after it ${ctx.now < ctx.end ? "ends" : "ended"}.`;
    case "due":
      if (channel === "card") {
        return `Your card to ${name} is due: write and post it the same day as ${hasEmail ? "the e-mail" : `your LinkedIn ${linkedInWhat(ctx, contact)}`}, before ${by}.`;
      }
      return `Your thank-you to ${name} is due: send it before ${by}, 24 hours after the interview ended.`;
    case "late":
      return `The 24-hour mark has passed, but a thank-you to ${name} sent before ${ctx.when.at(lateUntil)} is still welcome.`;
    case "missed":
      return "More than 48 hours have passed since the interview, so this thank-you is no longer expected; carry your thanks into your next message instead.";
  }
}

function linkedInWhat(ctx: PlanContext, contact: Contact): string {
  return onLinkedIn(ctx, contact) === "linkedin" ? "connection note" : "message";
}
