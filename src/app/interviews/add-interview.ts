import type { FieldError } from "../../core/record/field-error.js";
import { distantDateWarning } from "../../core/record/distant-date.js";
import { resolveRecord } from "../../core/record/resolve-record.js";
import { ok, type Result } from "../../core/result.js";
import { nowIso, type AppContext } from "../context.js";
import type { SavedInterview } from "../../store/interview.repository.js";

/** Validates one record given as answers (not a file) and stores it. */
export async function addInterview(
  ctx: AppContext,
  raw: unknown,
): Promise<Result<SavedInterview & { warnings: string[] }, FieldError>> {
  const profile = await ctx.store.profile.get();
  const resolved = resolveRecord(raw, profile?.timeZone ?? null);
  if (!resolved.ok) return resolved;
  const saved = await ctx.store.transaction((tx) =>
    tx.interviews.save(resolved.value.interview, "interactive", nowIso(ctx)),
  );
  const { interview } = resolved.value;
  const distant = distantDateWarning(interview.start, interview.timeZone, ctx.now);
  return ok({ ...saved, warnings: [...resolved.value.warnings, ...(distant ? [distant] : [])] });
}
