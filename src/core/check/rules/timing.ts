import { DateTime } from "luxon";
import type { MessageKind } from "../../message.js";
import type { HistoryEvent } from "../../plan/history.js";
import type { CheckContext } from "../check-context.js";
import type { MessageText } from "../message-text.js";
import { nameParts, sameNameParts } from "../names.js";
import { firstFollowUpAt, PATIENCE } from "../patience.js";
import { defineRule } from "../rule.js";
import type { Moment } from "../wording.js";

type Sent = Extract<HistoryEvent, { type: "sent" }>;

/** Timing findings point at the greeting line (or the start): the whole message is concerned. */
function anchor(message: MessageText) {
  return {
    start: message.body.start,
    end: message.greeting ? message.greeting.end : message.body.start,
  };
}

function at(instant: DateTime, zone: string): Moment {
  return { at: instant.toISO() ?? "", zone };
}

function nowIn(context: CheckContext, zone: string): DateTime {
  return DateTime.fromISO(context.now, { zone });
}

function sent(context: CheckContext, kind: MessageKind): Sent[] {
  return context.history
    .filter((event): event is Sent => event.type === "sent" && event.kind === kind)
    .filter((event) => millis(event.at) <= millis(context.now))
    .sort((a, b) => millis(a.at) - millis(b.at));
}

function millis(instant: string): number {
  return DateTime.fromISO(instant).toMillis();
}

export const early = defineRule({
  code: "timing.early",
  severity: "warning",
  summary: "A thank-you note sent before the interview has ended.",
  detect(message, context) {
    const interview = context.interview;
    if (!interview || context.kind !== "thank-you") return [];
    const end = DateTime.fromISO(interview.end, { zone: interview.timeZone });
    if (nowIn(context, interview.timeZone) >= end) return [];
    return [{ ...anchor(message), params: { end: at(end, interview.timeZone) } }];
  },
});

export const late = defineRule({
  code: "timing.late",
  severity: "warning",
  summary:
    "Sent after its deadline: a thank-you after 24 h (up to 48 h), additional information after 3 days, a reply to a rejection after 48 h.",
  detect(message, context) {
    const deadline = deadlineOf(context);
    if (!deadline) return [];
    const now = nowIn(context, deadline.zone);
    if (now <= deadline.at) return [];
    if (context.kind === "thank-you" && context.interview) {
      const missed = DateTime.fromISO(context.interview.end).plus({
        hours: PATIENCE.thankYouMissedHours,
      });
      if (now > missed) return [];
    }
    return [
      {
        ...anchor(message),
        params: { kind: context.kind, deadline: at(deadline.at, deadline.zone) },
      },
    ];
  },
});

export const missed = defineRule({
  code: "timing.missed",
  severity: "warning",
  summary: "A thank-you note more than 48 h after the interview.",
  detect(message, context) {
    const interview = context.interview;
    if (!interview || context.kind !== "thank-you") return [];
    const end = DateTime.fromISO(interview.end, { zone: interview.timeZone });
    const missedAt = end.plus({ hours: PATIENCE.thankYouMissedHours });
    if (nowIn(context, interview.timeZone) <= missedAt) return [];
    return [{ ...anchor(message), params: { deadline: at(missedAt, interview.timeZone) } }];
  },
});

export const tooSoon = defineRule({
  code: "timing.too-soon",
  severity: "warning",
  summary:
    "A status follow-up sooner than the patience rule allows (7 days after the interview or 2 business days after the decision date, then 7 days apart), or a check-in within 4 weeks of the last message.",
  detect(message, context) {
    const interview = context.interview;
    if (!interview) return [];
    const zone = interview.timeZone;
    const now = nowIn(context, zone);
    if (context.kind === "status-follow-up") {
      const previous = sent(context, "status-follow-up");
      const last = previous[previous.length - 1];
      const earliest = last
        ? DateTime.fromISO(last.at, { zone }).plus({ days: PATIENCE.followUpGapDays })
        : firstFollowUpAt(interview.end, zone, interview.decisionBy);
      if (now >= earliest) return [];
      const reason = last
        ? `follow-ups stay at least ${PATIENCE.followUpGapDays} days apart`
        : interview.decisionBy
          ? `they named ${interview.decisionBy} for a decision; give them two business days past it`
          : `give them a week after the interview`;
      return [{ ...anchor(message), params: { earliest: at(earliest, zone), reason } }];
    }
    if (context.kind === "check-in") {
      const previous = [...sent(context, "check-in"), ...sent(context, "status-follow-up")].sort(
        (a, b) => DateTime.fromISO(a.at).toMillis() - DateTime.fromISO(b.at).toMillis(),
      );
      const last = previous[previous.length - 1];
      if (!last) return [];
      const earliest = DateTime.fromISO(last.at, { zone }).plus({
        weeks: PATIENCE.checkInGapWeeks,
      });
      if (now >= earliest) return [];
      return [
        {
          ...anchor(message),
          params: {
            earliest: at(earliest, zone),
            reason: `check-ins come every ${PATIENCE.checkInGapWeeks} to 6 weeks`,
          },
        },
      ];
    }
    return [];
  },
});

export const tooMany = defineRule({
  code: "timing.too-many",
  severity: "warning",
  summary: "A third status follow-up, or a fourth check-in, for the same application.",
  detect(message, context) {
    const limit =
      context.kind === "status-follow-up"
        ? PATIENCE.followUpLimit
        : context.kind === "check-in"
          ? PATIENCE.checkInLimit
          : null;
    if (limit === null) return [];
    const count = sent(context, context.kind).length;
    if (count < limit) return [];
    return [{ ...anchor(message), params: { count, limit, kind: context.kind } }];
  },
});

export const afterReply = defineRule({
  code: "timing.after-reply",
  severity: "warning",
  summary: "A status follow-up after the company has replied or given its decision.",
  detect(message, context) {
    if (context.kind !== "status-follow-up") return [];
    const zone = context.interview?.timeZone ?? "UTC";
    const lastSent = sent(context, "status-follow-up").at(-1);
    const answered = context.history
      .filter((event) => event.type === "reply" || event.type === "outcome")
      .filter((event) => DateTime.fromISO(event.at) <= DateTime.fromISO(context.now))
      .filter(
        (event) =>
          !lastSent ||
          event.type === "outcome" ||
          DateTime.fromISO(event.at) > DateTime.fromISO(lastSent.at),
      )
      .at(-1);
    if (!answered) return [];
    const what =
      answered.type === "outcome"
        ? `They told you their decision (${answered.outcome})`
        : `${answered.from ?? "Someone at the company"} replied`;
    return [{ ...anchor(message), params: { what, at: at(DateTime.fromISO(answered.at), zone) } }];
  },
});

export const duplicate = defineRule({
  code: "timing.duplicate",
  severity: "warning",
  summary:
    "A thank-you note or rejection reply to someone who already received one on the same channel.",
  detect(message, context) {
    if (context.kind !== "thank-you" && context.kind !== "rejection-reply") return [];
    const recipient = context.recipient;
    if (!recipient) return [];
    const zone = context.interview?.timeZone ?? "UTC";
    const before = sent(context, context.kind).find(
      (event) =>
        event.channel === context.channel &&
        sameNameParts(nameParts(event.to), nameParts(recipient.name)),
    );
    if (!before) return [];
    return [
      {
        ...anchor(message),
        params: {
          to: recipient.name,
          at: at(DateTime.fromISO(before.at), zone),
          kind: context.kind,
        },
      },
    ];
  },
});

function deadlineOf(context: CheckContext): { at: DateTime; zone: string } | null {
  const interview = context.interview;
  const zone = interview?.timeZone ?? "UTC";
  if (context.kind === "thank-you" && interview) {
    return {
      at: DateTime.fromISO(interview.end, { zone }).plus({ hours: PATIENCE.thankYouDeadlineHours }),
      zone,
    };
  }
  if (context.kind === "additional-info" && interview) {
    return {
      at: DateTime.fromISO(interview.end, { zone }).plus({ days: PATIENCE.additionalInfoDays }),
      zone,
    };
  }
  if (context.kind === "rejection-reply") {
    const rejection = context.history.find(
      (event) => event.type === "outcome" && event.outcome === "rejected",
    );
    if (!rejection) return null;
    return {
      at: DateTime.fromISO(rejection.at, { zone }).plus({ hours: PATIENCE.rejectionReplyHours }),
      zone,
    };
  }
  return null;
}
