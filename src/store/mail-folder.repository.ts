import { sql, type Kysely } from "kysely";
import { SCOPE_COLUMNS } from "./scope.js";
import type { Database } from "./schema.js";

/** How far a folder has been read: its UIDVALIDITY and the last UID looked at. */
export interface FolderProgress {
  folder: string;
  uidValidity: string;
  lastUid: number;
}

export class MailFolderRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async get(folder: string): Promise<FolderProgress | null> {
    const row = await this.db
      .selectFrom("mail_folders")
      .selectAll()
      .where("folder", "=", folder)
      .executeTakeFirst();
    return row
      ? { folder: row.folder, uidValidity: row.uid_validity, lastUid: row.last_uid }
      : null;
  }

  /** Moves the mark forward only: a slower worker reading the same folder never moves it back. */
  async advance(progress: FolderProgress, now: string): Promise<void> {
    await this.db
      .insertInto("mail_folders")
      .values({
        folder: progress.folder,
        uid_validity: progress.uidValidity,
        last_uid: progress.lastUid,
        synced_at: now,
      })
      .onConflict((oc) =>
        oc.columns([...SCOPE_COLUMNS, "folder"]).doUpdateSet((eb) => ({
          uid_validity: eb.ref("excluded.uid_validity"),
          last_uid: sql<number>`CASE WHEN mail_folders.uid_validity = excluded.uid_validity
            AND mail_folders.last_uid > excluded.last_uid
            THEN mail_folders.last_uid ELSE excluded.last_uid END`,
          synced_at: eb.ref("excluded.synced_at"),
        })),
      )
      .execute();
  }
}
