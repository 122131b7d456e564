import { foldName } from "../core/compose/record-facts.js";
import type { Interview, Interviewer } from "../core/interview.js";
import type { Channel, MessageKind } from "../core/message.js";
import type { Recipient } from "../core/plan/planned-message.js";
import { fail, ok, type Result } from "../core/result.js";
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
  kind: MessageKind;
  channel?: Channel;
  to?: string;
  sequence: number;
}

/**
 * The messages a `draft` command asks for: the named interviewer, or (for a thank-you) every
 * interviewer, or the first with an e-mail address; each on the channel asked for, else e-mail
 * where the person has an address, else a card.
 */
export function draftTargets(
  interview: Interview,
  request: TargetRequest,
): Result<DraftTarget[], DraftError> {
  const people = recipientsFor(interview, request);
  if (!people.ok) return people;
  const targets: DraftTarget[] = [];
  for (const person of people.value) {
    const channel = request.channel ?? (person.email ? "email" : "card");
    if (channel === "email" && !person.email) {
      return fail({
        code: "no-email-address",
        message: `${person.name} has no e-mail address in the record: add one under their entry and import it again, or choose --channel card or --channel linkedin.`,
      });
    }
    targets.push({
      planItemId: planItemId(interview.id, request.kind, channel, person.name, request.sequence),
      kind: request.kind,
      channel,
      recipient: { name: person.name, email: person.email },
      sequence: request.sequence,
    });
  }
  return ok(targets);
}

function recipientsFor(
  interview: Interview,
  request: TargetRequest,
): Result<Interviewer[], DraftError> {
  if (request.to !== undefined) {
    const found = findInterviewer(interview, request.to);
    return found.ok ? ok([found.value]) : found;
  }
  if (request.kind === "thank-you") return ok(interview.interviewers);
  const first = interview.interviewers.find((person) => person.email) ?? interview.interviewers[0];
  return ok(first ? [first] : []);
}

/** The interviewer a name on the command line means: the full name, a given name, or an address. */
export function findInterviewer(
  interview: Interview,
  query: string,
): Result<Interviewer, DraftError> {
  const wanted = foldName(query);
  const people = interview.interviewers;
  const exact = people.filter(
    (p) => foldName(p.name) === wanted || p.email?.toLowerCase() === query.trim().toLowerCase(),
  );
  const partial = people.filter((p) => foldName(p.name).split(" ").includes(wanted));
  const matches = exact.length > 0 ? exact : partial;
  const names = people.map((p) => p.name).join(", ");
  if (matches.length === 1) return ok(matches[0]!);
  if (matches.length === 0) {
    return fail({
      code: "unknown-recipient",
      message: `No interviewer of interview ${interview.id} is called "${query}"; the interviewers are ${names}.`,
    });
  }
  return fail({
    code: "ambiguous-recipient",
    message: `"${query}" could be ${matches.map((p) => p.name).join(" or ")}: give the full name.`,
  });
}

/** "3.thank-you.email.dana-whitfield", and ".2" after it for a second follow-up or check-in. */
export function planItemId(
  interviewId: number,
  kind: MessageKind,
  channel: Channel,
  name: string,
  sequence: number,
): string {
  const slug = foldName(name).replace(/\s+/g, "-") || "recipient";
  return [interviewId, kind, channel, slug, ...(sequence > 1 ? [sequence] : [])].join(".");
}
