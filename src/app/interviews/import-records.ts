import { parseDocument, type DocumentFormat } from "../../core/record/document.js";
import type { FieldError } from "../../core/record/field-error.js";
import { resolveRecord, type ResolvedRecord } from "../../core/record/resolve-record.js";
import { recordOntoInvite } from "../../core/invite/record-onto-invite.js";
import { nowIso, type AppContext } from "../context.js";
import { emptyImport, refusedImport, type FileImport } from "./import-result.js";

/**
 * Imports the interview records of one YAML/JSON file in one transaction: every record is
 * checked first, and a single bad one refuses the whole file.
 */
export async function importRecordText(
  ctx: AppContext,
  file: string,
  text: string,
  format: DocumentFormat,
): Promise<FileImport> {
  const document = parseDocument(text, format);
  if (!document.ok) return refusedImport(file, document.errors);

  const profile = await ctx.store.profile.get();
  const resolved: ResolvedRecord[] = [];
  const errors: FieldError[] = [];
  for (const entry of document.value) {
    const result = resolveRecord(entry.value, profile?.timeZone ?? null, entry.path);
    if (result.ok) resolved.push(result.value);
    else errors.push(...result.errors);
  }
  if (errors.length > 0) return refusedImport(file, errors);

  const outcome = emptyImport(file);
  await ctx.store.transaction(async (tx) => {
    for (const { interview, warnings } of resolved) {
      outcome.warnings.push(...warnings.map((w) => `${interview.company}: ${w}`));
      const same = await tx.interviews.findSame(interview);
      // A record for an interview imported from an invite that did not name the company or position completes it.
      const invited = same === null ? await tx.invites.findNeedingDetailsAt(interview.start) : null;
      const current = invited === null ? null : await tx.interviews.get(invited);
      if (current) {
        await tx.interviews.replace(current.id, recordOntoInvite(current, interview), nowIso(ctx));
        outcome.updated.push(current.id);
        continue;
      }
      // One company cannot interview the candidate twice at once: a new position is a correction.
      const retitled = same === null ? await tx.interviews.findAtSameTime(interview) : null;
      if (retitled) {
        await tx.interviews.replace(retitled.id, interview, nowIso(ctx));
        outcome.updated.push(retitled.id);
        outcome.warnings.push(
          `${interview.company}: interview ${retitled.id} at the same time was for "${retitled.position}"; its position is now "${interview.position}".`,
        );
        continue;
      }
      const saved = await tx.interviews.save(interview, "record", nowIso(ctx));
      (saved.created ? outcome.created : outcome.updated).push(saved.id);
    }
  });
  return outcome;
}
