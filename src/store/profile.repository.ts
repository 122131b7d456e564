import type { Kysely } from "kysely";
import { profileSchema, type Profile } from "../core/record/profile.js";
import { fromJson, toJson } from "./json-column.js";
import { SCOPE_COLUMNS } from "./scope.js";
import type { Database } from "./schema.js";

/** A candidate has one profile, under this id. */
export const THE_PROFILE = 1;

export class ProfileRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async get(): Promise<Profile | null> {
    const row = await this.db
      .selectFrom("profile")
      .select("document")
      .where("id", "=", THE_PROFILE)
      .executeTakeFirst();
    return row ? profileOf(row.document) : null;
  }

  async save(profile: Profile, now: string): Promise<void> {
    const document = toJson(profile);
    await this.db
      .insertInto("profile")
      .values({ id: THE_PROFILE, document, updated_at: now })
      .onConflict((oc) => oc.columns([...SCOPE_COLUMNS]).doUpdateSet({ document, updated_at: now }))
      .execute();
  }
}

/** The profile a stored document holds. */
export function profileOf(document: string): Profile {
  return profileSchema.parse(fromJson(document));
}
