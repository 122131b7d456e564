import type { DateTime } from "luxon";
import { samePerson } from "../person-match.js";
import { separateMessages, type AnswerRef } from "./answer-routing.js";
import { cancellationOf } from "./cancellation.js";
import type { Contact, PlanContext, SentFact } from "./plan-context.js";
import { settle, type OpenState, type SettledItem } from "./plan-item.js";
import { sendMoment } from "./send-moment.js";

/** Calendar days after the interview: a day to prepare the answer, three to send it. */
export const ADDITIONAL_INFO_EARLIEST_DAYS = 1;
export const ADDITIONAL_INFO_DAYS = 3;

/**
 * A separate message answering a concern or an open question, or sending promised material: to
 * the main contact for what nobody is named for, and to each interviewer whose own entries are
 * more than their thank-you can carry (`needsSeparateMessage`). An answer goes to one person, once.
 */
export function planAdditionalInfo(ctx: PlanContext): SettledItem[] {
  // Which files a sent thank-you carried is not in the history, so a file in the record is
  // taken to have gone with it; one asked for later is drafted on its own (`afterword inbox`).
  const routes = separateMessages(ctx.interview).map(({ owner, refs }) => ({
    contact: owner === null ? ctx.primary : ctx.contacts[owner]!,
    refs,
  }));
  if (routes.length === 0) return [];
  const deadline = ctx.end.plus({ days: ADDITIONAL_INFO_DAYS });
  const moment = sendMoment(ctx, ctx.end.plus({ days: ADDITIONAL_INFO_EARLIEST_DAYS }), deadline);
  const cancelled = cancellationOf(ctx, "additional-info");
  const sent = sentTo(
    ctx,
    routes.map((route) => route.contact),
  );
  return routes.map(({ contact, refs }, i) => {
    const subjects = subjectsOf(refs);
    return settle(ctx, {
      kind: "additional-info",
      channel: contact.channel,
      contact,
      sequence: 1,
      dueAt: moment.at,
      deadline,
      sent: sent[i] ?? null,
      cancelled,
      explain: (state, dueAt) =>
        explain(ctx, contact.recipient.name, subjects, state, dueAt, deadline),
    });
  });
}

/**
 * Which recorded sending fulfils each message: one naming its recipient, else (a sending to
 * someone with no message of their own) the first message still open, as when there was one.
 */
function sentTo(ctx: PlanContext, contacts: Contact[]): (SentFact | null)[] {
  const fulfilled: (SentFact | null)[] = contacts.map(() => null);
  for (const event of ctx.sent.filter((e) => e.kind === "additional-info")) {
    const named = contacts.findIndex(
      (contact, i) => fulfilled[i] === null && samePerson(event.to, contact.recipient),
    );
    const someone = contacts.some((contact) => samePerson(event.to, contact.recipient));
    const at = named >= 0 ? named : someone ? -1 : fulfilled.indexOf(null);
    if (at >= 0) fulfilled[at] = event;
  }
  return fulfilled;
}

/** "a concern and something you promised to send", or null when there is nothing to add. */
export function subjectsOf(refs: readonly AnswerRef[]): string | null {
  const n = (field: AnswerRef["field"]) => refs.filter((r) => r.field === field).length;
  const parts = [
    count(n("concerns"), "a concern", "concerns"),
    count(n("unanswered"), "an unanswered question", "unanswered questions"),
    count(n("promised"), "something you promised to send", "things you promised to send"),
  ].filter((part): part is string => part !== null);
  if (parts.length === 0) return null;
  const last = parts.pop()!;
  return parts.length === 0 ? last : `${parts.join(", ")} and ${last}`;
}

function count(n: number, one: string, many: string): string | null {
  if (n === 0) return null;
  return n === 1 ? one : `${n} ${many}`;
}

function explain(
  ctx: PlanContext,
  name: string,
  subjects: string | null,
  state: OpenState,
  dueAt: DateTime,
  deadline: DateTime,
): string {
  const by = ctx.when.at(deadline);
  const holds = `Your notes hold ${subjects ?? "something to add"}`;
  switch (state) {
    case "upcoming":
      return `${holds}: give ${name} the fuller answer in a separate message by ${by}, 3 days after the interview; ${ctx.when.atWithTheirs(dueAt)} is suggested.`;
    case "due":
    case "late":
      return `${holds}, so a separate message to ${name} with the fuller answer is due before ${by}.`;
    case "missed":
      return "The 3 days for a separate answer have passed; work what is still useful into your next message instead.";
  }
}
