import type { DateTime } from "luxon";
import { cancellationOf } from "./cancellation.js";
import type { PlanContext } from "./plan-context.js";
import { momentOf, nthSent, settle, type OpenState, type SettledItem } from "./plan-item.js";
import { sendMoment } from "./send-moment.js";

/**
 * Calendar weeks: a check-in is offered 4 weeks after the last contact (at the first moment of
 * the recipient's working hours from then) and closes after 6.
 */
export const CHECK_IN_AFTER_WEEKS = 4;
export const CHECK_IN_WINDOW_WEEKS = 6;
export const MAX_CHECK_INS = 3;

interface Anchor {
  at: DateTime;
  /** What the anchor was, read after "4 weeks after …". */
  what: string;
}

/**
 * Up to three stay-in-touch check-ins, each 4–6 weeks after the last contact: after the last
 * status follow-up or the rejection, then after the previous check-in; a reply from the company
 * restarts the wait.
 */
export function planCheckIns(
  ctx: PlanContext,
  followUps: SettledItem[],
  rejectionReply: SettledItem | null,
): SettledItem[] {
  const cancelled = cancellationOf(ctx, "check-in");
  const name = ctx.primary.recipient.name;
  const items: SettledItem[] = [];
  let anchor = firstAnchor(ctx, followUps, rejectionReply);
  for (let sequence = 1; sequence <= MAX_CHECK_INS; sequence++) {
    const from = anchor;
    const deadline = from.at.plus({ weeks: CHECK_IN_WINDOW_WEEKS });
    const moment = sendMoment(ctx, from.at.plus({ weeks: CHECK_IN_AFTER_WEEKS }), deadline);
    const item = settle(ctx, {
      kind: "check-in",
      channel: ctx.primary.channel,
      contact: ctx.primary,
      sequence,
      dueAt: moment.at,
      deadline,
      sent: nthSent(ctx, "check-in", sequence - 1),
      cancelled,
      explain: (state, dueAt) => explain(ctx, name, state, dueAt, deadline, from),
    });
    items.push(item);
    anchor = withReplies(ctx, { at: momentOf(item, ctx.now), what: "your previous check-in" });
  }
  return items;
}

function firstAnchor(
  ctx: PlanContext,
  followUps: SettledItem[],
  rejectionReply: SettledItem | null,
): Anchor {
  if (ctx.outcome?.outcome === "rejected") {
    const replied = rejectionReply?.sentAt;
    return withReplies(
      ctx,
      replied
        ? { at: replied, what: "your reply to the rejection" }
        : { at: ctx.outcome.at, what: "the rejection" },
    );
  }
  const lastFollowUp = followUps.filter((item) => item.message.state !== "cancelled").at(-1);
  if (lastFollowUp) {
    return withReplies(ctx, { at: momentOf(lastFollowUp, ctx.now), what: "your last follow-up" });
  }
  const sentFollowUp = followUps.filter((item) => item.sentAt !== null).at(-1);
  return withReplies(ctx, {
    at: sentFollowUp?.sentAt ?? followUps.at(-1)!.dueAt,
    what: "your last follow-up",
  });
}

/** A reply later than the anchor moves it: the wait runs from the last contact. */
function withReplies(ctx: PlanContext, anchor: Anchor): Anchor {
  const reply = ctx.replies.at(-1);
  if (reply && reply.at > anchor.at) {
    return { at: reply.at, what: `the last reply from ${ctx.interview.company}` };
  }
  return anchor;
}

function explain(
  ctx: PlanContext,
  name: string,
  state: OpenState,
  dueAt: DateTime,
  deadline: DateTime,
  from: Anchor,
): string {
  switch (state) {
    case "upcoming":
      return `To stay in touch, write to ${name} around ${ctx.when.at(dueAt)}, 4 weeks after ${from.what}, with a reason to write: news about ${ctx.interview.company}, an article they would enjoy, or an update of your own.`;
    case "due":
    case "late":
      return `It has been 4 weeks since ${from.what}: a short, no-pressure check-in with ${name} before ${ctx.when.at(deadline)} keeps you in mind.`;
    case "missed":
      return `The window for this check-in closed on ${ctx.when.at(deadline)}, 6 weeks after ${from.what}.`;
  }
}
