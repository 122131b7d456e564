import type { Reception } from "../../app/inbox/receive-mail.js";
import { shellWord } from "../../core/shell-word.js";
import type { ReplyDecided } from "../../app/inbox/reply-decisions.js";
import { DECISION_KINDS } from "../../core/reply/decision-kind.js";
import type { StoredReceived } from "../../store/received-message.repository.js";
import { table } from "./table.js";
import { moment } from "./when.js";
import { reasonWithHint } from "../hints.js";

/** The JSON of `afterword inbox add`, one entry per file. */
export function receptionJson(file: string, reception: Reception) {
  return {
    file,
    messageId: reception.messageId,
    inReplyTo: reception.inReplyTo,
    kind: reception.kind,
    suggestion: reception.suggestion,
    matched: reception.matched,
    from: reception.from,
    subject: reception.subject,
    date: reception.date,
    evidence: reception.evidence,
    recorded: reception.recorded,
    rejection: reception.rejection && {
      ...reception.rejection,
      suggestion: outcomeSuggestion(reception.matched!.interviewId!, reception.from),
    },
    bounce: reception.bounce,
    cancelled: reception.cancelled,
    answers: reception.answers,
    planNote: reception.planNote,
  };
}

/** What a person needs to read about one received message, a few lines. */
export function receptionLines(label: string, reception: Reception): string[] {
  const who = reception.from
    ? reception.from.name
      ? `${reception.from.name} <${reception.from.address}>`
      : reception.from.address
    : "an unknown sender";
  if (reception.own) return [`${label}: a copy of a message you sent; nothing to record.`];
  if (!reception.matched) {
    return [`${label}: ${reception.kind} from ${who} — not about any of your interviews.`];
  }
  const where =
    reception.matched.interviewId !== null
      ? `interview ${reception.matched.interviewId}`
      : `outbox item ${reception.matched.outboxItem}`;
  const why = reception.evidence.map((e) => e.detail).join("; ");
  const lines = [
    `${label}: ${reception.kind} from ${who} about ${where} (matched by ${reception.matched.by})${why ? ` — ${why}` : ""}${reception.recorded ? "" : " (already recorded)"}`,
    `  Suggested: ${reception.suggestion.kind} (${reception.suggestion.because}). \`afterword inbox\` lists it for your decision.`,
  ];
  if (reception.cancelled.length > 0) {
    lines.push(
      `  Follow-ups no longer needed, cancelled: outbox ${reception.cancelled.map((id) => `#${id}`).join(", ")}.`,
    );
  }
  if (
    reception.kind === "human" &&
    reception.recorded &&
    !reception.answers &&
    reception.matched.interviewId !== null
  ) {
    lines.push(
      "  Written before the interview: it answers nothing you sent, follow-ups stay planned.",
    );
  }
  if (reception.answers && reception.recorded) {
    lines.push(
      reception.planNote
        ? `  The plan could not take the reply in: ${reception.planNote}`
        : "  A person answered: the status follow-ups stop.",
    );
  }
  if (reception.kind === "auto-reply") {
    lines.push("  An automatic reply does not count as an answer: follow-ups stay planned.");
  }
  if (reception.bounce) {
    lines.push(
      `  Your message to ${reception.bounce.address} came back: ${reception.bounce.reason}`,
      "  The address is marked as bad. Check it (a typo? the person left?) before writing again.",
    );
  }
  if (reception.rejection) {
    lines.push(
      `  It reads like a rejection ("${reception.rejection.phrase}"). If it is, record it with:`,
      `    ${outcomeSuggestion(reception.matched!.interviewId!, reception.from)}`,
    );
  }
  return lines;
}

export function receivedTable(messages: StoredReceived[], zone: string): string {
  if (messages.length === 0) {
    return "Nothing received yet. `afterword worker` reads your mailbox; `afterword inbox add FILE.eml` records a saved message.";
  }
  const waiting = messages.filter((message) => message.decision === null).length;
  const rows = table(
    ["ID", "Date", "Suggested", "Decided", "From", "Interview", "Subject", "Note"],
    messages.map((message) => [
      String(message.id),
      moment(message.date ?? message.recordedAt, zone),
      message.suggestion,
      message.decision === null
        ? "waiting"
        : message.decision === "accepted"
          ? `as ${message.decidedAs}`
          : "dismissed",
      message.from?.address ?? "",
      message.interviewId === null ? "" : String(message.interviewId),
      message.subject.length > 40 ? `${message.subject.slice(0, 39)}…` : message.subject,
      message.bouncedAddress
        ? `bounced: ${message.bouncedAddress}`
        : message.rejectionPhrase && message.interviewId !== null
          ? `reads like a rejection: ${outcomeSuggestion(message.interviewId, message.from)}`
          : "",
    ]),
  );
  if (waiting === 0) return rows;
  return `${rows}\n\n${waiting} waiting for your decision: \`afterword inbox accept ID\` takes the suggestion (\`--as KIND\` another: ${DECISION_KINDS.join(", ")}); \`afterword inbox dismiss ID\` changes nothing.`;
}

/** What accepting or dismissing a message did, in a few lines. */
export function decidedLines(decided: ReplyDecided): string[] {
  const { message, effect } = decided;
  const head =
    message.decision === "dismissed"
      ? `Message ${message.id} dismissed: nothing in the plan changed.`
      : `Message ${message.id} accepted as ${message.decidedAs}.`;
  switch (effect.type) {
    case "invite-imported": {
      const { created, updated, skipped } = effect.import;
      return [
        head,
        ...created.map(
          (id) => `  The next round is interview ${id}: \`afterword plan ${id}\` shows its plan.`,
        ),
        ...updated.map((id) => `  Interview ${id} was updated from the invitation.`),
        ...skipped.map((s) => `  Not imported: ${reasonWithHint(s.reason, s.code)}`),
      ];
    }
    case "no-invite":
      return [head, `  ${effect.hint}`];
    case "outcome":
      return [
        head,
        `  Recorded: ${effect.recorded.event.type === "outcome" ? effect.recorded.event.outcome : ""} for interview ${effect.recorded.interviewId}.`,
        ...effect.recorded.changes.map((c) => `  ${c.id}: ${c.before ?? "new"} → ${c.after}`),
      ];
    case "additional-info": {
      const asked =
        effect.requested?.type === "question"
          ? `the question "${effect.requested.question}"`
          : `"${effect.requested?.what}"`;
      return [
        head,
        `  Added to the interview's record: ${asked}.`,
        ...effect.drafts.map(
          (d) =>
            `  Draft ${d.draft.id} (additional-info to ${d.draft.recipient.name}) ${d.status}: \`afterword edit ${d.draft.id}\` opens it.`,
        ),
        ...(effect.draftProblem ? [`  No draft written: ${effect.draftProblem}`] : []),
      ];
    }
    default:
      return [head];
  }
}

/** The command that records the rejection, naming who sent it so the reply to it goes to them. */
export function outcomeSuggestion(
  interviewId: number,
  from: { address: string; name: string } | null,
): string {
  const who = from?.name || from?.address;
  return `afterword outcome ${interviewId} rejected${who ? ` --from ${shellWord(who)}` : ""}`;
}
