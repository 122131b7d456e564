import { extname } from "node:path";
import { parseDocument } from "../../core/record/document.js";
import { fromZodIssues, type FieldError } from "../../core/record/field-error.js";
import { PROFILE_FIELD_NAMES, profileSchema, type Profile } from "../../core/record/profile.js";
import { fail, ok, type Result } from "../../core/result.js";
import { nowIso, type AppContext } from "../context.js";
import { readTextFile } from "../read-file.js";

/** Validates a profile from a YAML/JSON file and stores it, replacing the previous one. */
export async function setProfileFromFile(
  ctx: AppContext,
  file: string,
): Promise<Result<Profile, FieldError>> {
  const text = await readTextFile(file);
  if (!text.ok) return text;
  const document = parseDocument(
    text.value,
    extname(file).toLowerCase() === ".json" ? "json" : "yaml",
  );
  if (!document.ok) return document;
  if (document.value.length !== 1 || document.value[0]!.path !== "") {
    return fail({ path: "", expected: "one profile", found: `${document.value.length} documents` });
  }
  return saveProfile(ctx, document.value[0]!.value);
}

export async function saveProfile(
  ctx: AppContext,
  raw: unknown,
): Promise<Result<Profile, FieldError>> {
  const parsed = profileSchema.safeParse(raw, { reportInput: true });
  if (!parsed.success) return fail(...fromZodIssues(parsed.error.issues, "", PROFILE_FIELD_NAMES));
  await ctx.store.profile.save(parsed.data, nowIso(ctx));
  return ok(parsed.data);
}
