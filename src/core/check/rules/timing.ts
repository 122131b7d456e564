import { DateTime } from "luxon";
import type { MessageKind } from "../../message.js";
import type { HistoryEvent } from "../../plan/history.js";
import type { CheckContext } from "../check-context.js";
import type { MessageText } from "../message-text.js";
import { perContext } from "../memo.js";
import { ADDITIONAL_INFO_DAYS } from "../../plan/additional-info.js";
import { CHECK_IN_AFTER_WEEKS, CHECK_IN_WINDOW_WEEKS, MAX_CHECK_INS } from "../../plan/check-in.js";
import { REJECTION_REPLY_HOURS } from "../../plan/rejection-reply.js";
import {
  firstFollowUpDue,
  FOLLOW_UP_GAP_DAYS,
  MAX_FOLLOW_UPS,
} from "../../plan/status-follow-up.js";
import { THANK_YOU_DEADLINE_HOURS, THANK_YOU_LATE_HOURS } from "../../plan/thank-you.js";
import { samePerson } from "../../person-match.js";
import { DEFAULT_WORKING_HOURS } from "../../record/profile.js";
import type { Finding, Severity } from "../finding.js";
import { toFinding, type Hit, type NoteRule, type RuleCode } from "../rule.js";
import type { Moment } from "../wording.js";

type Sent = Extract<HistoryEvent, { type: "sent" }>;

/** Timing findings point at the greeting line (or the start): the whole message is concerned. */
function anchor(message: MessageText) {
  return {
    start: message.body.start,
    end: message.greeting ? message.greeting.end : message.body.start,
  };
}

/**
 * A rule on when a message is sent: its verdict depends on the context alone (the clock, the
 * interview, the history), so it is reached once per context and only placed in each message.
 */
function timingRule<C extends RuleCode>(rule: {
  code: C;
  severity: Severity;
  summary: string;
  verdict(context: CheckContext): Hit<C>["params"] | null;
}): NoteRule {
  // The finding is worded once too: wording a moment in the reader's zone is the costly part.
  const findingOf = perContext((context: CheckContext): Finding | null => {
    const params = rule.verdict(context);
    return params ? toFinding(rule.code, rule.severity, { start: 0, end: 0, params }) : null;
  });
  return {
    code: rule.code,
    severity: rule.severity,
    summary: rule.summary,
    // Its finding sits on the greeting, wherever the note puts it.
    reads: "note",
    check(message, context) {
      const finding = findingOf(context);
      return finding ? [{ ...finding, ...anchor(message) }] : [];
    },
  };
}

function at(instant: DateTime, zone: string): Moment {
  return { at: instant.toISO() ?? "", zone };
}

const HOUR = 3_600_000;

function sent(context: CheckContext, kind: MessageKind): Sent[] {
  return context.history
    .filter((event): event is Sent => event.type === "sent" && event.kind === kind)
    .filter((event) => millis(event.at) <= millis(context.now))
    .sort((a, b) => millis(a.at) - millis(b.at));
}

/** ISO 8601 instants carry their offset, so the platform's parser gives the exact moment. */
function millis(instant: string): number {
  return Date.parse(instant);
}

export const early = timingRule({
  code: "timing.early",
  severity: "warning",
  summary: "A thank-you note sent before the interview has ended.",
  verdict(context) {
    const interview = context.interview;
    if (!interview || context.kind !== "thank-you") return null;
    if (millis(context.now) >= millis(interview.end)) return null;
    const end = DateTime.fromISO(interview.end, { zone: interview.timeZone });
    return { end: at(end, interview.timeZone) };
  },
});

export const late = timingRule({
  code: "timing.late",
  severity: "warning",
  summary:
    "Sent after its deadline: a thank-you after 24 h (up to 48 h), additional information after 3 days, a reply to a rejection after 48 h.",
  verdict(context) {
    const now = millis(context.now);
    const deadline = deadlineOf(context);
    if (!deadline || now <= deadline.at) return null;
    if (context.kind === "thank-you" && context.interview) {
      const missedAt = millis(context.interview.end) + THANK_YOU_LATE_HOURS * HOUR;
      if (now > missedAt) return null;
    }
    return {
      kind: context.kind,
      deadline: at(DateTime.fromMillis(deadline.at, { zone: deadline.zone }), deadline.zone),
    };
  },
});

export const missed = timingRule({
  code: "timing.missed",
  severity: "warning",
  summary: "A thank-you note more than 48 h after the interview.",
  verdict(context) {
    const interview = context.interview;
    if (!interview || context.kind !== "thank-you") return null;
    const missedAt = millis(interview.end) + THANK_YOU_LATE_HOURS * HOUR;
    if (millis(context.now) <= missedAt) return null;
    const deadline = DateTime.fromMillis(missedAt, { zone: interview.timeZone });
    return { deadline: at(deadline, interview.timeZone) };
  },
});

export const tooSoon = timingRule({
  code: "timing.too-soon",
  severity: "warning",
  summary:
    "A status follow-up sooner than the patience rule allows (7 days after the interview or 2 business days after the decision date, then 7 days apart), or a check-in within 4 weeks of the last message.",
  verdict(context) {
    const patience = earliestSend(context);
    if (!patience || millis(context.now) >= patience.earliest.toMillis()) return null;
    const zone = patience.earliest.zoneName ?? "UTC";
    return { earliest: at(patience.earliest, zone), reason: patience.reason };
  },
});

/** The first moment the patience rule allows this follow-up or check-in, and why. */
function earliestSend(context: CheckContext): { earliest: DateTime; reason: string } | null {
  const interview = context.interview;
  if (!interview) return null;
  const zone = interview.timeZone;
  if (context.kind === "status-follow-up") {
    const last = sent(context, "status-follow-up").at(-1);
    if (last) {
      return {
        earliest: DateTime.fromISO(last.at, { zone }).plus({ days: FOLLOW_UP_GAP_DAYS }),
        reason: `follow-ups stay at least ${FOLLOW_UP_GAP_DAYS} days apart`,
      };
    }
    return {
      earliest: firstFollowUpDue(interview, context.profile?.workingHours ?? DEFAULT_WORKING_HOURS)
        .at,
      reason: interview.decisionBy
        ? `they named ${interview.decisionBy} for a decision; give them two working days past it`
        : "give them a week after the interview",
    };
  }
  if (context.kind === "check-in") {
    const last = [...sent(context, "check-in"), ...sent(context, "status-follow-up")]
      .sort((a, b) => millis(a.at) - millis(b.at))
      .at(-1);
    if (!last) return null;
    return {
      earliest: DateTime.fromISO(last.at, { zone }).plus({ weeks: CHECK_IN_AFTER_WEEKS }),
      reason: `check-ins come every ${CHECK_IN_AFTER_WEEKS} to ${CHECK_IN_WINDOW_WEEKS} weeks`,
    };
  }
  return null;
}

export const tooMany = timingRule({
  code: "timing.too-many",
  severity: "warning",
  summary: "A third status follow-up, or a fourth check-in, for the same application.",
  verdict(context) {
    const limit =
      context.kind === "status-follow-up"
        ? MAX_FOLLOW_UPS
        : context.kind === "check-in"
          ? MAX_CHECK_INS
          : null;
    if (limit === null) return null;
    const count = sent(context, context.kind).length;
    if (count < limit) return null;
    return { count, limit, kind: context.kind };
  },
});

export const afterReply = timingRule({
  code: "timing.after-reply",
  severity: "warning",
  summary: "A status follow-up after the company has replied or given its decision.",
  verdict(context) {
    if (context.kind !== "status-follow-up") return null;
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
    if (!answered) return null;
    const what =
      answered.type === "outcome"
        ? `They told you their decision (${answered.outcome})`
        : `${answered.from ?? "Someone at the company"} replied`;
    return { what, at: at(DateTime.fromISO(answered.at), zone) };
  },
});

export const duplicate = timingRule({
  code: "timing.duplicate",
  severity: "warning",
  summary:
    "A thank-you note or rejection reply to someone who already received one on the same channel.",
  verdict(context) {
    if (context.kind !== "thank-you" && context.kind !== "rejection-reply") return null;
    const recipient = context.recipient;
    if (!recipient) return null;
    const zone = context.interview?.timeZone ?? "UTC";
    const before = sent(context, context.kind).find(
      (event) =>
        // Who was thanked is decided as the planner decides it.
        event.channel === context.channel && samePerson(event.to, recipient),
    );
    if (!before) return null;
    return {
      to: recipient.name,
      at: at(DateTime.fromISO(before.at), zone),
      kind: context.kind,
    };
  },
});

/** The moment the message is due by; only thank-you notes, additional information and rejection replies have one. */
function deadlineOf(context: CheckContext): { at: number; zone: string } | null {
  const interview = context.interview;
  const zone = interview?.timeZone ?? "UTC";
  if (context.kind === "thank-you" && interview) {
    return { at: millis(interview.end) + THANK_YOU_DEADLINE_HOURS * HOUR, zone };
  }
  if (context.kind === "additional-info" && interview) {
    const end = DateTime.fromISO(interview.end, { zone });
    return { at: end.plus({ days: ADDITIONAL_INFO_DAYS }).toMillis(), zone };
  }
  if (context.kind === "rejection-reply") {
    const rejection = context.history.find(
      (event) => event.type === "outcome" && event.outcome === "rejected",
    );
    if (!rejection) return null;
    return { at: millis(rejection.at) + REJECTION_REPLY_HOURS * HOUR, zone };
  }
  return null;
}
