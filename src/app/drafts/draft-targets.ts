import { foldName, matchPerson, mismatchMessage, samePerson } from "../../core/person-match.js";
import type { Interview } from "../../core/interview.js";
import type { Channel, MessageKind } from "../../core/message.js";
import { mostUrgent } from "../../core/plan/agenda.js";
import { itemId, slugOf } from "../../core/plan/item-id.js";
import type { PlannedMessage, Recipient } from "../../core/plan/planned-message.js";
import { fail, ok, type Result } from "../../core/result.js";
import type { DraftError } from "./draft-error.js";

/** One message to draft: which planned message it is, and to whom on which channel. */
export interface DraftTarget {
  planItemId: string;
  kind: MessageKind;
  channel: Channel;
  recipient: Recipient;
  sequence: number;
}

export interface TargetRequest {
  kind?: MessageKind;
  channel?: Channel;
  to?: string;
  sequence?: number;
}

const OPEN = new Set(["upcoming", "due", "late"]);

/**
 * The messages a `draft` command asks for, read from the interview's plan:
 * - the kind asked for, else the plan's most urgent, else a thank-you;
 * - a thank-you to every interviewer, any other kind to whom the plan sends it (the main contact,
 *   or whoever sent a rejection), or to the one person named;
 * - the follow-up or check-in the plan is at, unless another is asked for;
 * - on the channel asked for, else e-mail where the person has an address, else a card.
 * Each draft belongs to its planned message; a message the plan does not hold (a LinkedIn note
 * the plan did not suggest) gets the id the planner would give it.
 */
export function draftTargets(
  interview: Interview,
  plan: readonly PlannedMessage[],
  request: TargetRequest,
): Result<DraftTarget[], DraftError> {
  const kind = request.kind ?? mostUrgent(plan)?.kind ?? "thank-you";
  const ofKind = plan.filter((item) => item.kind === kind);
  const open = ofKind.filter((item) => OPEN.has(item.state));
  const sequence =
    request.sequence ?? mostUrgent(open)?.sequence ?? Math.min(...ofKind.map((i) => i.sequence), 1);

  const people = recipientsFor(interview, kind, open.length > 0 ? open : ofKind, request);
  if (!people.ok) return people;
  const slugs = slugsOf(interview);
  const targets: DraftTarget[] = [];
  for (const recipient of people.value) {
    const channel =
      request.channel ??
      plannedChannel(ofKind, recipient, sequence) ??
      (recipient.email ? "email" : "card");
    if (channel === "email" && !recipient.email) {
      return fail({
        code: "no-email-address",
        field: "channel",
        message: `${recipient.name} has no e-mail address in the record: add one under their entry and import it again, or write on another channel (a card, a LinkedIn connection note, or a LinkedIn message to a connection).`,
      });
    }
    const planned = ofKind.find(
      (item) =>
        item.channel === channel &&
        item.sequence === sequence &&
        sameRecipient(item.recipient, recipient),
    );
    const slug = slugs.get(recipientKey(recipient)) ?? slugOf(recipient.name);
    targets.push({
      planItemId: planned?.id ?? itemId(interview.id, kind, channel, slug, sequence),
      kind,
      channel,
      recipient,
      sequence,
    });
  }
  return ok(targets);
}

function recipientsFor(
  interview: Interview,
  kind: MessageKind,
  planned: readonly PlannedMessage[],
  request: TargetRequest,
): Result<Recipient[], DraftError> {
  const fromPlan = unique(planned.map((item) => item.recipient));
  if (request.to !== undefined) {
    const named = fromPlan.filter((r) => samePerson(request.to!, r));
    if (named.length > 0 && !interview.interviewers.some((p) => sameRecipient(p, named[0]!))) {
      return ok([named[0]!]);
    }
    const found = findInterviewer(interview, request.to);
    return found.ok ? ok([{ name: found.value.name, email: found.value.email }]) : found;
  }
  const everyone = interview.interviewers.map((p) => ({ name: p.name, email: p.email }));
  if (kind === "thank-you") return ok(everyone);
  if (fromPlan.length > 0) return ok(fromPlan);
  const first = everyone.find((person) => person.email) ?? everyone[0];
  return ok(first ? [first] : []);
}

/**
 * The one channel the plan sends this message to this person on (an answer to what someone
 * without an address raised goes by LinkedIn), or null when it plans several or none.
 */
function plannedChannel(
  ofKind: readonly PlannedMessage[],
  recipient: Recipient,
  sequence: number,
): Channel | null {
  const channels = ofKind
    .filter((item) => item.sequence === sequence && sameRecipient(item.recipient, recipient))
    .map((item) => item.channel);
  return channels.length === 1 ? channels[0]! : null;
}

/** The interviewer a name on the command line means (see matchPerson). */
export function findInterviewer(
  interview: Interview,
  query: string,
): Result<Interview["interviewers"][number], DraftError> {
  const found = matchPerson(interview.interviewers, query);
  if (found.ok) return found;
  const mismatch = found.errors[0]!;
  return fail({
    code: mismatch.code === "ambiguous-person" ? "ambiguous-recipient" : "unknown-recipient",
    message: mismatchMessage(mismatch, `among the interviewers of interview ${interview.id}`),
  });
}

/** The planner's slug for each interviewer: two people of one name become "sam-lee" and "sam-lee-2". */
function slugsOf(interview: Interview): Map<string, string> {
  const taken = new Set<string>();
  const slugs = new Map<string, string>();
  for (const person of interview.interviewers) {
    const base = slugOf(person.name);
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    taken.add(slug);
    slugs.set(recipientKey(person), slug);
  }
  return slugs;
}

function recipientKey(recipient: Recipient): string {
  return `${foldName(recipient.name)}|${recipient.email?.toLowerCase() ?? ""}`;
}

function sameRecipient(a: Recipient, b: Recipient): boolean {
  return recipientKey(a) === recipientKey(b);
}

function unique(recipients: Recipient[]): Recipient[] {
  const seen = new Set<string>();
  return recipients.filter((r) => {
    const key = recipientKey(r);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
