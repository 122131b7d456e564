import type { Interview } from "../../core/interview.js";
import type { PlannedMessage } from "../../core/plan/planned-message.js";
import type { FieldError } from "../../core/record/field-error.js";
import { distantDateWarning } from "../../core/record/distant-date.js";
import { resolveRecord } from "../../core/record/resolve-record.js";
import { fail, ok, type Result } from "../../core/result.js";
import { nowIso, type AppContext } from "../context.js";
import { planFromStore } from "../plan/plan.js";

/** What saving a debrief gives back: the interview as stored and the plan it now makes. */
export interface SavedDebrief {
  interview: Interview;
  created: boolean;
  plan: PlannedMessage[];
  warnings: string[];
}

/**
 * Stores what the candidate wrote down after an interview, as a whole interview record: a new
 * interview when `id` is null, else the stored one (often an imported invite) replaced by the
 * completed record. Validated first; one transaction; the plan is read back inside it.
 */
export async function saveDebrief(
  ctx: AppContext,
  id: number | null,
  raw: unknown,
): Promise<Result<SavedDebrief, FieldError> | null> {
  const profile = await ctx.store.profile.get();
  const resolved = resolveRecord(raw, profile?.timeZone ?? null);
  if (!resolved.ok) return resolved;
  const { interview } = resolved.value;
  const distant = distantDateWarning(interview.start, interview.timeZone, ctx.now);
  const warnings = distant ? [...resolved.value.warnings, distant] : resolved.value.warnings;
  const now = nowIso(ctx);
  return ctx.store.transaction(async (tx) => {
    let savedId: number;
    let created = false;
    if (id === null) {
      const saved = await tx.interviews.save(interview, "interactive", now);
      savedId = saved.id;
      created = saved.created;
    } else {
      if (!(await tx.interviews.get(id))) return null;
      await tx.interviews.replace(id, interview, now);
      savedId = id;
    }
    const view = await planFromStore(tx, savedId, ctx.now);
    if (!view) return fail({ path: "", expected: "an interview that stays stored", found: "none" });
    return ok({ interview: view.interview, created, plan: view.items, warnings });
  });
}
