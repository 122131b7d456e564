import type { StoredDraft } from "../../store/draft.repository.js";
import type { AppContext } from "../context.js";
import { loadPlan } from "../plan/plan.js";

/** Where a draft stands on its way out: sent, waiting in the outbox, or not sent yet. */
export type DraftSending = "sent" | "queued" | "not sent";

/** Each draft's sending, from the outbox (sent or waiting) and the plan (sent another way). */
export async function draftSendings(
  ctx: AppContext,
  drafts: readonly StoredDraft[],
): Promise<Map<number, DraftSending>> {
  const outbox = await ctx.store.outbox.list();
  const done = new Set<string>();
  for (const interviewId of new Set(drafts.map((draft) => draft.interviewId))) {
    for (const item of (await loadPlan(ctx, interviewId)) ?? [])
      if (item.state === "done") done.add(item.id);
  }
  return new Map(
    drafts.map((draft) => {
      const items = outbox.filter((item) => item.draftId === draft.id);
      const sent =
        items.some((item) => item.state === "sent") ||
        (draft.planItemId !== null && done.has(draft.planItemId));
      const queued = items.some((item) => ["queued", "sending"].includes(item.state));
      return [draft.id, sent ? "sent" : queued ? "queued" : "not sent"];
    }),
  );
}
