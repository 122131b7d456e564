import type { Kysely } from "kysely";
import { queueMailboxJob } from "./job-queue.js";
import { onPostgres } from "./migrations/portable.js";
import { SCOPE_COLUMNS } from "./scope.js";
import type { Database } from "./schema.js";

/**
 * The candidate's mail account as the store keeps it: its settings as JSON, and its secrets
 * already sealed. The store never sees a secret in clear; sealing and opening happen in the mail
 * adapter, under a key the database does not hold.
 */
/** The names the account's passwords are sealed under; a sign-in's tokens go by others. */
const PASSWORD_NAMES = ["smtp", "imap"];

export class MailAccountRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** The settings, as JSON; null when the candidate has no account here. */
  async settings(): Promise<string | null> {
    const row = await this.db.selectFrom("mail_accounts").select("settings").executeTakeFirst();
    return row?.settings ?? null;
  }

  /** Keeps the settings and the account's passwords at once, replacing the passwords it had. */
  async saveAccount(settings: string, passwords: Map<string, Buffer>, now: string): Promise<void> {
    const save = async (db: Kysely<Database>) => {
      const owner = await db
        .insertInto("mail_accounts")
        .values({ settings, updated_at: now })
        .onConflict((oc) =>
          oc.columns([...SCOPE_COLUMNS]).doUpdateSet({ settings, updated_at: now }),
        )
        .returning(["organisation_id as organisationId", "candidate_id as candidateId"])
        .executeTakeFirstOrThrow();
      // On a shared database the workers read the new account's mailbox from now on.
      if (onPostgres(db)) await queueMailboxJob(db, owner);
      await db.deleteFrom("mail_secrets").where("name", "in", PASSWORD_NAMES).execute();
      for (const [name, sealed] of passwords)
        await new MailAccountRepository(db).saveSealed(name, sealed, now);
    };
    if (this.db.isTransaction) await save(this.db);
    else await this.db.transaction().execute(save);
  }

  async sealed(name: string): Promise<Buffer | null> {
    const row = await this.db
      .selectFrom("mail_secrets")
      .select("sealed")
      .where("name", "=", name)
      .executeTakeFirst();
    return row ? Buffer.from(row.sealed) : null;
  }

  async saveSealed(name: string, sealed: Buffer, now: string): Promise<void> {
    await this.db
      .insertInto("mail_secrets")
      .values({ name, sealed, updated_at: now })
      .onConflict((oc) =>
        oc.columns([...SCOPE_COLUMNS, "name"]).doUpdateSet({ sealed, updated_at: now }),
      )
      .execute();
  }

  async removeSealed(name: string): Promise<void> {
    await this.db.deleteFrom("mail_secrets").where("name", "=", name).execute();
  }
}
