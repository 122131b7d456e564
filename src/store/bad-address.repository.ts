import type { Kysely } from "kysely";
import { SCOPE_COLUMNS } from "./scope.js";
import type { Database } from "./schema.js";

export interface BadAddress {
  address: string;
  reason: string;
  receivedMessageId: number | null;
  markedAt: string;
}

/** Addresses that mail came back from: nothing more is sent there without a warning. */
export class BadAddressRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async mark(entry: BadAddress): Promise<void> {
    await this.db
      .insertInto("bad_addresses")
      .values({
        address: entry.address.toLowerCase(),
        reason: entry.reason,
        received_message_id: entry.receivedMessageId,
        marked_at: entry.markedAt,
      })
      .onConflict((oc) =>
        oc.columns([...SCOPE_COLUMNS, "address"]).doUpdateSet({
          reason: entry.reason,
          received_message_id: entry.receivedMessageId,
          marked_at: entry.markedAt,
        }),
      )
      .execute();
  }

  async get(address: string): Promise<BadAddress | null> {
    const row = await this.db
      .selectFrom("bad_addresses")
      .selectAll()
      .where("address", "=", address.toLowerCase())
      .executeTakeFirst();
    return row
      ? {
          address: row.address,
          reason: row.reason,
          receivedMessageId: row.received_message_id,
          markedAt: row.marked_at,
        }
      : null;
  }

  async list(): Promise<BadAddress[]> {
    const rows = await this.db.selectFrom("bad_addresses").selectAll().orderBy("address").execute();
    return rows.map((row) => ({
      address: row.address,
      reason: row.reason,
      receivedMessageId: row.received_message_id,
      markedAt: row.marked_at,
    }));
  }

  /** Makes the address usable again, e.g. after the interviewer's mailbox was fixed. */
  async clear(address: string): Promise<boolean> {
    const result = await this.db
      .deleteFrom("bad_addresses")
      .where("address", "=", address.toLowerCase())
      .executeTakeFirst();
    return result.numDeletedRows > 0n;
  }
}
