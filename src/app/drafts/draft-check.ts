import { messageText, type Finding, type SiblingNote } from "../../core/check/index.js";
import { companyCore, foldWord, nameParts } from "../../core/check/names.js";
import type { Channel, MessageKind } from "../../core/message.js";
import type { StoredDraft } from "../../store/draft.repository.js";
import { varietyOf } from "../../core/english-variety.js";
import { loadCheckContext } from "./check.js";
import { nowIso, type AppContext } from "../context.js";
import { namesMatch } from "../../core/person-match.js";

/** A draft's text as the proofreader needs it, stored or about to be. */
export interface DraftToCheck {
  planItemId: string;
  interviewId: number;
  kind: MessageKind;
  channel: Channel;
  recipient: { name: string };
  subject: string | null;
  body: string;
}

/**
 * The findings of each draft, keyed by plan item. Each is checked in its interview's context,
 * and against the other drafts of the same kind to the same company (the panel check), those
 * given here and those already stored.
 */
export async function checkDrafts(
  ctx: AppContext,
  drafts: DraftToCheck[],
): Promise<Map<string, Finding[]>> {
  const [stored, interviews, profile] = await Promise.all([
    ctx.store.drafts.list(),
    ctx.store.interviews.list(),
    ctx.store.profile.get(),
  ]);
  const companyOf = new Map(
    interviews.map((interview) => [interview.id, foldWord(companyCore(interview.company))]),
  );
  const pool: DraftToCheck[] = [
    ...drafts,
    ...stored.filter((draft) => !drafts.some((d) => d.planItemId === draft.planItemId)),
  ];
  const proofreader = ctx.engines.proofreader(varietyOf(profile), false);
  const findings = new Map<string, Finding[]>();
  for (const draft of drafts) {
    const request = {
      interviewId: draft.interviewId,
      kind: draft.kind,
      channel: draft.channel,
      others: siblingsOf(draft, pool, companyOf),
    };
    // A recipient who is not one of the interviewers (a recruiter) is checked as any reader.
    let loaded = await loadCheckContext(ctx, { ...request, to: draft.recipient.name });
    if (!loaded.ok) loaded = await loadCheckContext(ctx, request);
    if (!loaded.ok) continue;
    const result = await proofreader.check(draftText(draft), loaded.value.context);
    findings.set(draft.planItemId, result.findings);
  }
  return findings;
}

/** Re-checks a stored draft now and keeps the new findings with it. */
export async function recheckDraft(ctx: AppContext, draft: StoredDraft): Promise<StoredDraft> {
  const findings = (await checkDrafts(ctx, [draft])).get(draft.planItemId) ?? [];
  return ctx.store.transaction((tx) => tx.drafts.saveFindings(draft.id, findings, nowIso(ctx)));
}

/** The text findings' offsets count in: "Subject: …", a blank line, then the body. */
export function draftText(draft: { subject: string | null; body: string }): string {
  return messageText(draft.subject, draft.body);
}

function siblingsOf(
  draft: DraftToCheck,
  pool: DraftToCheck[],
  companyOf: Map<number, string>,
): SiblingNote[] {
  const company = companyOf.get(draft.interviewId);
  const recipient = nameParts(draft.recipient.name);
  return pool
    .filter(
      (other) =>
        other.planItemId !== draft.planItemId &&
        other.kind === draft.kind &&
        companyOf.get(other.interviewId) === company &&
        !namesMatch(nameParts(other.recipient.name), recipient),
    )
    .map((other) => ({ to: other.recipient.name, text: draftText(other) }));
}

/** A finding placed in the draft's subject or body, offsets counted from the start of that part. */
export interface DraftFinding extends Finding {
  part: "subject" | "body";
  /** The text the finding points at. */
  text: string;
}

/** The draft's findings with offsets into its subject or body, as a page showing the two fields needs them. */
export function findingsByPart(draft: {
  subject: string | null;
  body: string;
  findings: Finding[];
}): DraftFinding[] {
  const whole = draftText(draft);
  const bodyStart = whole.length - draft.body.length;
  const subjectStart = "Subject: ".length;
  return draft.findings.map((finding) => {
    const inSubject = draft.subject !== null && finding.start < bodyStart;
    const offset = inSubject ? subjectStart : bodyStart;
    const clamp = (n: number) =>
      Math.max(0, Math.min(n - offset, inSubject ? draft.subject!.length : draft.body.length));
    return {
      ...finding,
      part: inSubject ? "subject" : "body",
      start: clamp(finding.start),
      end: clamp(finding.end),
      text: whole.slice(finding.start, finding.end),
    };
  });
}
