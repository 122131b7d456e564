import type { Kysely } from "kysely";
import type { Database } from "./schema.js";

export interface ContactInput {
  name: string;
  email: string | null;
  company: string;
  title: string | null;
}

/** One person is one row: recognised by e-mail, else by name at the same company. */
export function contactKey(person: ContactInput): string {
  const fold = (value: string) => value.trim().toLowerCase().replace(/\s+/g, " ");
  return person.email
    ? `email:${fold(person.email)}`
    : `name:${fold(person.name)}|${fold(person.company)}`;
}

export class ContactRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** The id of the person, created or brought up to date. */
  async upsert(person: ContactInput, now: string): Promise<number> {
    const match_key = contactKey(person);
    const existing = await this.db
      .selectFrom("contacts")
      .select(["id", "title"])
      .where("match_key", "=", match_key)
      .executeTakeFirst();
    if (existing) {
      await this.db
        .updateTable("contacts")
        .set({
          name: person.name,
          company: person.company,
          title: person.title ?? existing.title,
          updated_at: now,
        })
        .where("id", "=", existing.id)
        .execute();
      return existing.id;
    }
    const inserted = await this.db
      .insertInto("contacts")
      .values({ match_key, ...person, created_at: now, updated_at: now })
      .returning("id")
      .executeTakeFirstOrThrow();
    return inserted.id;
  }
}
