import type { InterviewDetails } from "../interview.js";

/**
 * A record file written for an interview that was imported from an invite without its company
 * or position: the record's facts win, while the invite keeps what the record leaves out (the
 * join link, the place, the interviewers' addresses).
 */
export function recordOntoInvite(
  invite: InterviewDetails,
  record: InterviewDetails,
): InterviewDetails {
  const byName = new Map(invite.interviewers.map((p) => [p.name.trim().toLowerCase(), p]));
  return {
    ...record,
    format: record.format ?? invite.format,
    location: record.location ?? invite.location,
    joinUrl: record.joinUrl ?? invite.joinUrl,
    interviewers: record.interviewers.map((person) => ({
      ...person,
      email: person.email ?? byName.get(person.name.trim().toLowerCase())?.email ?? null,
    })),
  };
}
