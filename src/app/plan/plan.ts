import type { Interview } from "../../core/interview.js";
import { missingDetails, type MissingDetail } from "../../core/missing-details.js";
import { buildAgenda, DEFAULT_AGENDA_DAYS, type AgendaItem } from "../../core/plan/agenda.js";
import type { HistoryEvent } from "../../core/plan/history.js";
import { closingProposal, type ClosingProposal } from "../../core/plan/no-response.js";
import { planInterview, type PlanInput } from "../../core/plan/plan.js";
import { entriesOf, type PlanEntry } from "../../core/plan/plan-entry.js";
import type { PlannedMessage } from "../../core/plan/planned-message.js";
import { DEFAULT_WORKING_HOURS, type Profile } from "../../core/record/profile.js";
import { formatInstant } from "../../core/time/wall-time.js";
import type { AgendaSources } from "../../store/agenda.repository.js";
import type { Repositories, Store } from "../../store/store.js";
import type { StoreContext } from "../context.js";

/** One interview's plan, with what a person needs to read it. */
export interface InterviewPlanView {
  interview: Interview;
  /** The candidate's zone: the profile's, else this machine's. */
  timeZone: string;
  /** One per channel, as the planner makes them. */
  items: PlannedMessage[];
  /** One per person and message, with the channels it may take. */
  entries: PlanEntry[];
}

export interface Agenda {
  now: string;
  timeZone: string;
  days: number;
  /** One entry per person and message, most urgent first. */
  items: AgendaItem[];
  /** Applications gone silent after the last follow-up: closing them as "no response" is proposed. */
  closing: (ClosingProposal & { company: string; position: string })[];
  /** Scheduled interviews an invite left without company, position or interviewers. */
  needsDetails: { interviewId: number; title: string; missing: MissingDetail[] }[];
}

/**
 * The whole plan of one interview at `ctx.now`, earliest first, or null when there is no such
 * interview. Every message the playbook plans is there, including done and cancelled ones.
 */
export async function loadPlan(
  ctx: StoreContext,
  interviewId: number,
): Promise<PlannedMessage[] | null> {
  return (await loadInterviewPlan(ctx, interviewId))?.items ?? null;
}

export async function loadInterviewPlan(
  ctx: StoreContext,
  interviewId: number,
): Promise<InterviewPlanView | null> {
  return planFromStore(ctx.store, interviewId, ctx.now);
}

/**
 * Every planned message across interviews that is due, late, upcoming within `days`, or missed
 * within the last `days`, most urgent first; each carries its interview's company.
 */
export async function loadAgenda(
  ctx: StoreContext,
  days: number = DEFAULT_AGENDA_DAYS,
): Promise<Agenda> {
  return agendaOf(await readAgendaSources(ctx.store), ctx.now, days);
}

/** The agenda at `now` planned from what the store held (see `loadAgenda`). */
export function agendaOf(
  { profile, interviews, histories }: AgendaSources,
  now: StoreContext["now"],
  days: number = DEFAULT_AGENDA_DAYS,
): Agenda {
  const timeZone = candidateZone(profile);
  const plans = interviews.map((interview) => ({
    interview,
    items: planOf(interview, profile, histories.get(interview.id) ?? [], now),
  }));
  return {
    now: formatInstant(now.setZone(timeZone)),
    timeZone,
    days,
    items: buildAgenda(plans, { now, days, timeZone }),
    closing: interviews.flatMap((interview) => {
      const proposal = closingProposal(
        planInput(interview, profile, histories.get(interview.id) ?? [], now),
      );
      return proposal
        ? [{ ...proposal, company: interview.company, position: interview.position }]
        : [];
    }),
    needsDetails: interviews
      .filter((interview) => interview.needsDetails && interview.status === "scheduled")
      .map((interview) => ({
        interviewId: interview.id,
        title: interview.invite?.summary ?? (interview.company || interview.position),
        missing: missingDetails(interview),
      })),
  };
}

/**
 * What the agenda is planned from, as the store holds it at one moment: read in one read-only
 * transaction, which on PostgreSQL costs three round trips (begin, the one statement, commit).
 */
export function readAgendaSources(store: Store): Promise<AgendaSources> {
  return store.read((tx) => tx.agenda.read());
}

/** The plan as the store holds it now; `store` may be a transaction. */
export async function planFromStore(
  store: Repositories,
  interviewId: number,
  now: StoreContext["now"],
): Promise<InterviewPlanView | null> {
  const interview = await store.interviews.get(interviewId);
  if (!interview) return null;
  const [profile, history] = await Promise.all([
    store.profile.get(),
    store.history.list(interviewId),
  ]);
  const items = planOf(interview, profile, history, now);
  return { interview, timeZone: candidateZone(profile), items, entries: entriesOf(items) };
}

export function planOf(
  interview: Interview,
  profile: Profile | null,
  history: readonly HistoryEvent[],
  now: StoreContext["now"],
): PlannedMessage[] {
  return planInterview(planInput(interview, profile, history, now));
}

function planInput(
  interview: Interview,
  profile: Profile | null,
  history: readonly HistoryEvent[],
  now: StoreContext["now"],
): PlanInput {
  return {
    interview,
    profile: {
      timeZone: candidateZone(profile),
      workingHours: profile?.workingHours ?? DEFAULT_WORKING_HOURS,
      cards: profile?.cards ?? "auto",
    },
    history,
    now,
  };
}

/**
 * This machine's zone, asked once: each interview of an agenda plans in it, and building the
 * formatter that knows it takes a quarter of a millisecond.
 */
let machineZone: string | undefined;

/** Where the candidate reads their reminders: the profile's zone, else this machine's. */
export function candidateZone(profile: Profile | null): string {
  return profile?.timeZone ?? (machineZone ??= Intl.DateTimeFormat().resolvedOptions().timeZone);
}
