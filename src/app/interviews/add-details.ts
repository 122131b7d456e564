import type { Interview } from "../../core/interview.js";
import { mergeDetails } from "../../core/merge-details.js";
import { fromZodIssues, type FieldError } from "../../core/record/field-error.js";
import { detailsPatchSchema } from "../../core/record/details-patch.js";
import { fail, ok, type Result } from "../../core/result.js";
import { nowIso, type AppContext } from "../context.js";

/**
 * Adds what the candidate knows to a stored interview (typically one imported from an invite
 * that did not name the company or position): fields given replace the stored ones, the rest
 * are kept. Validated as a whole first; nothing is written if any of it is wrong.
 */
export async function addDetails(
  ctx: AppContext,
  id: number,
  raw: unknown,
): Promise<Result<Interview, FieldError> | null> {
  const parsed = detailsPatchSchema.safeParse(raw, { reportInput: true });
  if (!parsed.success) return fail(...fromZodIssues(parsed.error.issues));
  if (Object.keys(parsed.data).length === 0) {
    return fail({ path: "", expected: "at least one field to change", found: "none" });
  }
  return ctx.store.transaction(async (tx) => {
    const current = await tx.interviews.get(id);
    if (!current) return null;
    const merged = mergeDetails(current, parsed.data);
    if (!merged.ok) return merged;
    await tx.interviews.replace(id, merged.value, nowIso(ctx));
    const saved = await tx.interviews.get(id);
    return saved ? ok(saved) : null;
  });
}
