import type { Interview } from "../../core/interview.js";
import { fail, ok, type Result } from "../../core/result.js";
import { nowIso, type AppContext } from "../context.js";
import { userError, type UserError } from "../user-error.js";

/** What forgetting an interview took away. */
export interface Forgotten {
  interview: Interview;
  /** Drafts deleted with it. */
  drafts: number;
  /** Outbox items that were waiting to be sent, now cancelled. */
  cancelled: number[];
  /** Outbox items being handed to the server at this moment: too late to call back. */
  sending: number[];
}

/**
 * Forgets an interview entered by mistake or twice (a rescheduled invite imported as a new
 * round): its interviewers, history, drafts and plan go, and what waited in the outbox for it is
 * cancelled, all in one transaction. Sent and received mail stays in the outbox and the inbox.
 */
export async function forgetInterview(
  ctx: AppContext,
  id: number,
): Promise<Result<Forgotten, UserError<"no-such-interview">>> {
  const now = nowIso(ctx);
  const forgotten = await ctx.store.transaction(async (tx) => {
    const interview = await tx.interviews.get(id);
    if (!interview) return null;
    const drafts = (await tx.drafts.list(id)).length;
    const cancelled = await tx.outbox.cancelForInterview(id, "its interview was forgotten", now);
    const sending = (await tx.outbox.list())
      .filter((item) => item.interviewId === id && item.state === "sending")
      .map((item) => item.id);
    await tx.interviews.remove(id);
    return { interview, drafts, cancelled, sending };
  });
  return forgotten
    ? ok(forgotten)
    : fail(userError("no-such-interview", `There is no interview ${id}.`, { id }));
}
