import {
  checkContext,
  knownElsewhere,
  type CheckContext,
  type Finding,
  type SiblingNote,
} from "../../core/check/index.js";
import { matchPerson, mismatchMessage } from "../../core/person-match.js";
import type { Interview } from "../../core/interview.js";
import type { Channel, MessageKind } from "../../core/message.js";
import { fail, ok, type Result } from "../../core/result.js";
import { varietyOf, type EnglishVariety } from "../../core/english-variety.js";
import { nowIso, type AppContext } from "../context.js";
import { userError, type UserError } from "../user-error.js";

/** What the person asked to check, and what they told us about it. */
export interface CheckRequest {
  text: string;
  kind?: MessageKind | null;
  channel?: Channel | null;
  interviewId?: number | null;
  /** The recipient's name, or part of it ("Dana"). */
  to?: string | null;
  /** Other notes to the same company, for the near-copy check. */
  others?: SiblingNote[];
  /** Dictionary spelling only: skip the grammar engine. */
  quick?: boolean;
}

/** What the check knew about the message, so a reader can tell which rules could apply. */
export interface CheckedAs {
  kind: MessageKind;
  channel: Channel;
  interviewId: number | null;
  company: string | null;
  recipient: string | null;
  /** True when the interview was found from the recipient's name rather than given. */
  interviewInferred: boolean;
  /** True when a recipient was named, no interview was given, and none of them has that person. */
  recipientUnmatched: boolean;
}

export interface CheckReport {
  findings: Finding[];
  /** The engines that checked spelling and grammar, e.g. "harper+nspell". */
  engine: string;
  checkedAs: CheckedAs;
  /** Things the person should know, such as an engine that could not load. */
  notices: string[];
}

/** A request that cannot be checked as asked, with what to do instead. */
export type CheckProblem = UserError<
  "no-such-interview" | "unknown-recipient" | "ambiguous-recipient"
>;

/** Checks a message against our rules and the engines, in the context the store knows. */
export async function checkMessage(
  ctx: AppContext,
  request: CheckRequest,
): Promise<Result<CheckReport, CheckProblem>> {
  const loaded = await loadCheckContext(ctx, request);
  if (!loaded.ok) return loaded;
  const { context, checkedAs, english } = loaded.value;
  const proofreader = ctx.engines.proofreader(english, request.quick ?? false);
  const result = await proofreader.check(request.text, context);
  return ok({
    findings: result.findings,
    engine: result.engine,
    checkedAs,
    notices: proofreader.engineErrors.map((error) => error.message),
  });
}

export interface LoadedContext {
  context: CheckContext;
  checkedAs: CheckedAs;
  /** The English the candidate writes: the profile's, else guessed from its time zone. */
  english: EnglishVariety;
}

/**
 * The context the rules need, from the store: the interview (given, or found from the
 * recipient's name), the recipient, the profile, the candidate's other applications and their
 * personal dictionary.
 */
export async function loadCheckContext(
  ctx: AppContext,
  request: Omit<CheckRequest, "text">,
): Promise<Result<LoadedContext, CheckProblem>> {
  const [profile, interviews, words] = await Promise.all([
    ctx.store.profile.get(),
    ctx.store.interviews.list(),
    ctx.store.dictionary.list(),
  ]);
  let interview: Interview | null = null;
  let inferred = false;
  if (request.interviewId != null) {
    interview = interviews.find((candidate) => candidate.id === request.interviewId) ?? null;
    if (!interview) {
      return fail(
        userError("no-such-interview", `There is no interview ${request.interviewId}.`, {
          id: request.interviewId,
        }),
      );
    }
  } else if (request.to) {
    interview = latestInterviewWith(interviews, request.to, nowIso(ctx));
    inferred = interview !== null;
  }

  let recipient: CheckContext["recipient"] = null;
  if (request.to) {
    const found = interview ? matchPerson(interview.interviewers, request.to) : null;
    if (interview && found && !found.ok) {
      const mismatch = found.errors[0]!;
      return fail(
        userError(
          mismatch.code === "ambiguous-person" ? "ambiguous-recipient" : "unknown-recipient",
          `${mismatchMessage(mismatch, `among the interviewers of interview ${interview.id}`)} Check the name.`,
          { field: "to", id: interview.id },
        ),
      );
    }
    const person = found?.ok ? found.value : null;
    recipient = person ? { name: person.name, email: person.email } : { name: request.to.trim() };
  }

  const kind = request.kind ?? "thank-you";
  const channel = request.channel ?? "email";
  const history = interview ? await ctx.store.history.list(interview.id) : [];
  const context = checkContext({
    kind,
    channel,
    interview,
    recipient,
    profile,
    elsewhere: knownElsewhere(
      interviews.filter((other) => other.id !== interview?.id),
      interview,
    ),
    history,
    siblings: request.others ?? [],
    words,
    now: nowIso(ctx),
  });
  return ok({
    context,
    english: varietyOf(profile),
    checkedAs: {
      kind,
      channel,
      interviewId: interview?.id ?? null,
      company: interview?.company ?? null,
      recipient: recipient?.name ?? null,
      interviewInferred: inferred,
      recipientUnmatched: Boolean(request.to) && interview === null && interviews.length > 0,
    },
  });
}

/** The interview with this person that most recently took place (or, failing that, the next one). */
function latestInterviewWith(interviews: Interview[], name: string, now: string): Interview | null {
  const theirs = interviews.filter(
    (interview) => interview.status !== "cancelled" && matchPerson(interview.interviewers, name).ok,
  );
  const at = (interview: Interview) => Date.parse(interview.start);
  const past = theirs.filter((interview) => at(interview) <= Date.parse(now));
  if (past.length > 0) return past.sort((a, b) => at(b) - at(a))[0]!;
  return theirs.sort((a, b) => at(a) - at(b))[0] ?? null;
}
