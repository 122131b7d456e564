import type { DraftOutcome, DraftStatus } from "../../app/drafts/draft.js";
import type { DraftSending } from "../../app/drafts/draft-sending.js";
import { draftText as checkedText, findingsByPart } from "../../app/drafts/draft-check.js";
import { CHANNEL_NAMES } from "../../core/message.js";
import type { StoredDraft } from "../../store/draft.repository.js";
import { findingsReport, findingsSummary } from "./findings.js";
import { table } from "./table.js";
import { moment } from "./when.js";

const STATUS_NOTES: Record<DraftStatus, string> = {
  created: "new",
  updated: "re-drafted",
  unchanged: "unchanged",
  "kept-edited": "kept as you edited it; --force replaces it",
  "replaced-edited": "re-drafted over your edits",
};

/** A draft as a person reads it before sending. */
export function draftText(draft: StoredDraft, status?: DraftStatus): string {
  const to = draft.recipient.email
    ? `${draft.recipient.name} <${draft.recipient.email}>`
    : draft.recipient.name;
  const state = status ? STATUS_NOTES[status] : draft.edited ? "edited" : null;
  const lines = [
    `Draft ${draft.id} · ${draft.kind} by ${CHANNEL_NAMES[draft.channel]} to ${to}${state ? ` (${state})` : ""}`,
    "",
  ];
  if (draft.subject !== null) lines.push(`Subject: ${draft.subject}`, "");
  lines.push(draft.body, "");
  for (const notice of draft.notices) lines.push(`  note: ${notice}`);
  if (draft.checkedAt !== null) {
    lines.push(`  proofreader: ${findingsSummary(draft.findings)}`);
    if (draft.findings.length > 0) {
      lines.push(
        ...findingsReport(checkedText(draft), draft.findings)
          .split("\n")
          .map((line) => `  ${line}`.trimEnd()),
        "",
      );
    }
  }
  const next = [`edit: afterword edit ${draft.id}`];
  if (draft.channel === "email") next.push(`export: afterword export ${draft.id} --eml FILE`);
  lines.push(`  ${next.join(" · ")}`);
  return lines.join("\n");
}

export function draftOutcomes(outcomes: DraftOutcome[]): string {
  return outcomes.map((o) => draftText(o.draft, o.status)).join("\n\n");
}

export function draftTable(
  drafts: StoredDraft[],
  sendings: ReadonlyMap<number, DraftSending>,
  zone: string,
): string {
  if (drafts.length === 0) return "No drafts yet. Write some with `afterword draft ID`.";
  return table(
    ["ID", "Interview", "Kind", "Channel", "To", "Edited", "Proofreader", "Sent", "Updated"],
    drafts.map((d) => [
      String(d.id),
      String(d.interviewId),
      d.sequence > 1 ? `${d.kind} ${d.sequence}` : d.kind,
      CHANNEL_NAMES[d.channel],
      d.recipient.name,
      d.edited ? "yes" : "",
      d.checkedAt === null ? "not checked" : findingsSummary(d.findings),
      sendings.get(d.id) === "not sent" ? "" : (sendings.get(d.id) ?? ""),
      moment(d.updatedAt, zone),
    ]),
  );
}

/** The JSON shape of a draft: what the web page and scripts read. */
export function draftJson(draft: StoredDraft, status?: DraftStatus) {
  return {
    id: draft.id,
    planItemId: draft.planItemId,
    interviewId: draft.interviewId,
    kind: draft.kind,
    channel: draft.channel,
    recipient: { name: draft.recipient.name, email: draft.recipient.email },
    sequence: draft.sequence,
    subject: draft.subject,
    body: draft.body,
    provenance: draft.provenance.map((entry) => ({
      ...entry,
      text: draft.body.slice(entry.start, entry.end),
    })),
    notices: draft.notices,
    findings: findingsByPart(draft),
    checkedAt: draft.checkedAt,
    edited: draft.edited,
    ...(status ? { status } : {}),
    reason: draft.reason,
    createdAt: draft.createdAt,
    updatedAt: draft.updatedAt,
  };
}
