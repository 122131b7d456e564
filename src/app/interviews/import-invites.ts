import { DateTime } from "luxon";
import { readCalendarDocument } from "../../calendar/ical-document.js";
import type { Invite, InviteItem } from "../../calendar/invite.js";
import { updateFromInvite } from "../../core/invite/invite-update.js";
import { invitesInMail } from "../../calendar/mail-invites.js";
import { invitesIn } from "../../calendar/read-invites.js";
import { interviewFromInvite, type Candidate } from "../../core/invite/to-interview.js";
import type { Profile } from "../../core/record/profile.js";
import type { InviteVersion, StoredInvite } from "../../store/invite.repository.js";
import type { Repositories } from "../../store/store.js";
import { nowIso, type AppContext } from "../context.js";
import { emptyImport, refusedImport, type FileImport } from "./import-result.js";

/**
 * Imports the invitations of one .ics or .eml file, in one transaction and in the order they
 * appear: a request creates or reschedules the interview its UID names, a cancellation cancels
 * it, and an older version than the one stored changes nothing. Events that cannot become an
 * interview are reported as skipped, with the reason.
 */
export async function importInviteBytes(
  ctx: AppContext,
  file: string,
  bytes: Uint8Array,
  format: "ics" | "eml",
): Promise<FileImport> {
  const profile = await ctx.store.profile.get();
  const options = { now: ctx.now, homeZone: profile?.timeZone ?? null };
  let items: InviteItem[];
  let notes: string[];
  let deliveredTo: string[] = [];
  if (format === "eml") {
    const mail = await invitesInMail(bytes, options);
    if (!mail.ok) return refused(file, "an e-mail that carries a calendar invitation", mail.reason);
    ({ items, notes, deliveredTo } = mail.value);
  } else {
    const document = readCalendarDocument(bytes);
    if (!document.ok) return refused(file, "a calendar invitation (iCalendar)", document.reason);
    items = invitesIn(document.value, options);
    notes = document.value.notes;
  }

  const outcome = emptyImport(file);
  outcome.warnings.push(...notes);
  if (!profile) {
    outcome.warnings.push(
      "you have no profile yet, so Afterword cannot tell you apart from your interviewers: set your profile first",
    );
  }
  const candidate = candidateOf(profile, deliveredTo);
  await ctx.store.transaction(async (tx) => {
    const applier = new InviteApplier(tx, candidate, nowIso(ctx), outcome);
    for (const item of items) {
      if (item.kind === "skip") {
        const { uid, reason, code } = item;
        outcome.skipped.push({ uid, reason, ...(code && { code }) });
      } else await applier.apply(item.invite);
    }
    for (const id of [...outcome.created, ...outcome.updated]) {
      const interview = await tx.interviews.get(id);
      if (interview?.needsDetails && interview.status !== "cancelled")
        outcome.needsDetails.push(id);
    }
  });
  return outcome;
}

function refused(file: string, expected: string, found: string): FileImport {
  return refusedImport(file, [{ path: "", expected, found }]);
}

function candidateOf(profile: Profile | null, deliveredTo: string[]): Candidate {
  const addresses = new Set(deliveredTo);
  if (profile) {
    addresses.add(profile.email.toLowerCase());
    for (const alias of profile.aliases) addresses.add(alias.toLowerCase());
  }
  return { addresses, name: profile?.name ?? null };
}

/** Applies invitations to the store one after the other, recording what each did. */
class InviteApplier {
  private readonly createdHere = new Set<number>();

  constructor(
    private readonly tx: Repositories,
    private readonly candidate: Candidate,
    private readonly now: string,
    private readonly outcome: FileImport,
  ) {}

  async apply(invite: Invite): Promise<void> {
    const stored = await this.tx.invites.findByUid(invite.uid);
    if (invite.cancelled) await this.cancel(invite, stored);
    else await this.schedule(invite, stored);
  }

  private async schedule(invite: Invite, stored: StoredInvite[]): Promise<void> {
    const times = invite.times;
    if (!times) {
      this.skip(invite, invite.timesProblem ?? "its times could not be read");
      return;
    }
    const target = stored[0];
    if (target && invite.occurrence !== null && target.occurrence !== invite.occurrence) {
      this.skip(
        invite,
        `it changes one occurrence (${invite.occurrence}) of a repeating invitation, and interview ${target.interviewId} is another one`,
      );
      return;
    }
    const fresh = interviewFromInvite(invite, times, this.candidate);
    const version = versionOf(invite, times.occurrence);
    const label = labelOf(invite, fresh.company);
    for (const note of invite.notes) this.outcome.warnings.push(`${label}: ${note}`);
    if (!target) {
      const id = await this.tx.invites.create(fresh, "scheduled", version, this.now);
      this.createdHere.add(id);
      this.outcome.created.push(id);
      return;
    }
    const order = compare(invite, target);
    if (order !== "newer") {
      this.skip(invite, staleReason(order, target));
      return;
    }
    const current = await this.tx.interviews.get(target.interviewId);
    if (!current) return;
    const otherOccurrence = target.occurrence !== null && version.occurrence !== target.occurrence;
    if (otherOccurrence && Date.parse(current.end) <= Date.parse(this.now)) {
      // The imported occurrence has taken place: it keeps its times, and its notes and plan.
      this.skip(
        invite,
        `interview ${target.interviewId} is an occurrence of this repeating invitation that has already taken place; it is kept as it was`,
      );
      return;
    }
    const next = updateFromInvite(current, fresh);
    await this.tx.invites.update(target.interviewId, next, "scheduled", version, this.now);
    if (current.start !== next.start || current.end !== next.end) {
      this.outcome.warnings.push(
        `${label}: moved from ${shown(current.start, current.timeZone)} to ${shown(next.start, next.timeZone)}`,
      );
    }
    this.report(this.outcome.updated, target.interviewId);
  }

  private async cancel(invite: Invite, stored: StoredInvite[]): Promise<void> {
    const targets =
      invite.occurrence === null
        ? stored
        : stored.filter((s) => s.occurrence === invite.occurrence || s.occurrence === null);
    if (targets.length === 0) {
      this.skip(
        invite,
        stored.length === 0
          ? "it cancels an invitation that was never imported, so there is nothing to cancel"
          : `it cancels one occurrence (${invite.occurrence}) of a repeating invitation, not the one imported`,
      );
      return;
    }
    for (const target of targets) {
      const order = compare(invite, target);
      const interview = await this.tx.interviews.get(target.interviewId);
      const heldBefore =
        invite.occurrence === null &&
        target.occurrence !== null &&
        invite.stamp !== null &&
        interview !== null &&
        Date.parse(interview.start) < Date.parse(invite.stamp);
      if (order !== "newer") {
        this.skip(invite, staleReason(order, target));
      } else if (heldBefore) {
        this.skip(
          invite,
          `interview ${target.interviewId} is an occurrence that took place before the repeating invitation was cancelled; it is kept`,
        );
      } else if (target.status === "cancelled") {
        this.skip(invite, `interview ${target.interviewId} is already cancelled`);
      } else {
        await this.tx.invites.cancel(target.interviewId, invite, this.now);
        this.outcome.cancelled.push(target.interviewId);
      }
    }
  }

  private report(list: number[], id: number): void {
    if (!this.createdHere.has(id) && !list.includes(id)) list.push(id);
  }

  private skip(invite: Invite, reason: string): void {
    this.outcome.skipped.push({ uid: invite.uidGiven ? invite.uid : null, reason });
  }
}

type Order = "newer" | "same" | "older";

/**
 * RFC 5546: a higher SEQUENCE is newer; at the same SEQUENCE, a later DTSTAMP is. Without
 * DTSTAMPs to compare, the same SEQUENCE is applied again (it changes nothing that matters).
 */
function compare(invite: Invite, stored: StoredInvite): Order {
  if (invite.sequence !== stored.sequence)
    return invite.sequence > stored.sequence ? "newer" : "older";
  if (invite.stamp === null || stored.stamp === null) return "newer";
  if (invite.stamp === stored.stamp) return "same";
  return invite.stamp > stored.stamp ? "newer" : "older";
}

function staleReason(order: Order, stored: StoredInvite): string {
  return order === "same"
    ? `it was already imported as interview ${stored.interviewId}; nothing changed`
    : `it is an older version (SEQUENCE or DTSTAMP) than the one interview ${stored.interviewId} was imported from`;
}

function versionOf(invite: Invite, occurrence: string | null): InviteVersion {
  return {
    uid: invite.uid,
    sequence: invite.sequence,
    stamp: invite.stamp,
    occurrence: invite.occurrence ?? occurrence,
    summary: invite.summary,
    description: invite.description,
  };
}

function labelOf(invite: Invite, company: string): string {
  return `"${invite.summary ?? (company || invite.uid)}"`;
}

function shown(instant: string, zone: string): string {
  return DateTime.fromISO(instant, { zone }).toFormat("ccc d LLL yyyy, HH:mm ZZZZ");
}
