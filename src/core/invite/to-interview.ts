import type { Interviewer, InterviewDetails } from "../interview.js";
import { formatInstant } from "../time/wall-time.js";
import { companyFromAddress, domainLabel } from "./company-domain.js";
import type { InviteFacts, InviteTimes } from "./invite-facts.js";
import { interviewersOf } from "./interviewers.js";
import { readSummary } from "./summary-reading.js";
import { guessFormat, guessStage } from "./stage-guess.js";

/** Who the candidate is, so an invite never lists them as their own interviewer. */
export interface Candidate {
  /** Lower-cased: the profile's address, its aliases, and where the e-mail was delivered. */
  addresses: ReadonlySet<string>;
  name: string | null;
}

/**
 * The interview an invite describes. Company and position are taken only where the summary or
 * the organizer's address names them; otherwise they are left empty for the candidate to add.
 */
export function interviewFromInvite(
  invite: InviteFacts,
  times: InviteTimes,
  candidate: Candidate,
): InterviewDetails {
  const interviewers = interviewersOf(
    invite.organizer,
    invite.attendees,
    candidate.addresses,
    invite.location,
  );
  const organizerEmail = invite.organizer?.email ?? null;
  // An event the candidate organised (or a colleague at their own company did) names their employer, not the interviewer's.
  const ownDomains = new Set([...candidate.addresses].map((address) => address.split("@")[1]));
  const organizerDomain = organizerEmail?.split("@")[1] ?? null;
  const fromOrganizer = organizerDomain && !ownDomains.has(organizerDomain) ? organizerEmail : null;
  const reading = readSummary(invite.summary, {
    domainLabel: fromOrganizer ? domainLabel(fromOrganizer.split("@")[1]!) : null,
    people: [...peopleNames(interviewers), ...(candidate.name ? [candidate.name] : [])],
  });
  return {
    company: reading.company ?? companyFromAddress(fromOrganizer) ?? "",
    position: reading.position ?? "",
    stage: guessStage(invite.summary),
    format: guessFormat(invite.summary, invite.joinLink, invite.location),
    location: invite.location,
    joinUrl: invite.joinLink?.url ?? null,
    timeZone: times.zone,
    start: formatInstant(times.start),
    end: formatInstant(times.end),
    interviewers,
    discussed: [],
    impressed: [],
    fit: [],
    concerns: [],
    unanswered: [],
    promised: [],
    nextSteps: null,
    decisionBy: null,
  };
}

function peopleNames(people: Interviewer[]): string[] {
  return people.flatMap((person) => [person.name, person.name.split(" ")[0] ?? ""]);
}
