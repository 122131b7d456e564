import type { Kysely } from "kysely";
import type { Database } from "./schema.js";

export class DictionaryRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** Every word, in alphabetical order. */
  async list(): Promise<string[]> {
    const rows = await this.db
      .selectFrom("dictionary_words")
      .select("word")
      .orderBy("word")
      .execute();
    return rows.map((row) => row.word);
  }

  /** Adds the words not already there; returns those that were new. */
  async add(words: string[], now: string): Promise<string[]> {
    const existing = new Set(await this.list());
    const fresh = [...new Set(words)].filter((word) => !existing.has(word));
    if (fresh.length > 0) {
      await this.db
        .insertInto("dictionary_words")
        .values(fresh.map((word) => ({ word, added_at: now })))
        .execute();
    }
    return fresh;
  }

  /** Removes the words; returns those that were there. */
  async remove(words: string[]): Promise<string[]> {
    const existing = new Set(await this.list());
    const present = [...new Set(words)].filter((word) => existing.has(word));
    if (present.length > 0) {
      await this.db.deleteFrom("dictionary_words").where("word", "in", present).execute();
    }
    return present;
  }
}
