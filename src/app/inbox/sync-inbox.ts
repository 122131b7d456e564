import { DateTime } from "luxon";
import { classifyMail } from "../../core/reply/classify.js";
import { matchReply, type Correspondence } from "../../core/reply/match.js";
import type { Inbox } from "../../mail/inbox.js";
import type { MailAccount } from "../../mail/mail-config.js";
import { readReceived } from "../../mail/read-received.js";
import type { Store } from "../../store/store.js";
import { loadCorrespondence } from "./correspondence.js";
import { receiveMail, type Reception } from "./receive-mail.js";

export interface FolderSync {
  folder: string;
  /** The server renumbered the folder (UIDVALIDITY changed): it was read again from the start. */
  renumbered: boolean;
  looked: number;
  receptions: (Reception & { uid: number })[];
}

const BATCH = 200;

/**
 * Reads what arrived in each watched folder since the last UID seen. Headers come first; only a
 * message that may be about an interview (a reply to ours, from an interviewer or their company,
 * or a bounce) is fetched whole and recorded, exactly as one added from a file.
 */
export async function syncInbox(
  { store }: { store: Store },
  inbox: Inbox,
  account: MailAccount,
  now: () => DateTime,
  onProgress: (folder: string, done: number, total: number) => void = () => undefined,
): Promise<FolderSync[]> {
  const results: FolderSync[] = [];
  for (const folder of account.folders) {
    const status = await inbox.status(folder);
    const progress = await store.mailFolders.get(folder);
    const renumbered = progress !== null && progress.uidValidity !== status.uidValidity;
    const uids =
      progress === null || renumbered
        ? await inbox.uids(folder, { since: await firstDay(store, now()) })
        : status.uidNext - 1 > progress.lastUid
          ? await inbox.uids(folder, { afterUid: progress.lastUid })
          : [];
    const result: FolderSync = { folder, renumbered, looked: uids.length, receptions: [] };
    let known = await loadCorrespondence(store, account);
    let lastUid = renumbered || progress === null ? 0 : progress.lastUid;
    for (let start = 0; start < uids.length; start += BATCH) {
      const batch = uids.slice(start, start + BATCH);
      for (const { uid, headers } of await inbox.headers(folder, batch)) {
        if (await mayConcern(headers, known)) {
          const raw = await inbox.source(folder, uid);
          if (raw) {
            const reception = await receiveMail({ store, now: now() }, known, raw, {
              source: "imap",
              folder,
              uid,
            });
            if (reception.recorded) result.receptions.push({ ...reception, uid });
            if (reception.cancelled.length > 0) known = await loadCorrespondence(store, account);
          }
        }
      }
      lastUid = Math.max(lastUid, ...batch);
      await store.mailFolders.advance(
        { folder, uidValidity: status.uidValidity, lastUid },
        now().toUTC().toISO()!,
      );
      onProgress(folder, Math.min(start + BATCH, uids.length), uids.length);
    }
    if (uids.length === 0) {
      await store.mailFolders.advance(
        { folder, uidValidity: status.uidValidity, lastUid },
        now().toUTC().toISO()!,
      );
    }
    results.push(result);
  }
  return results;
}

async function mayConcern(headers: Buffer, known: Correspondence): Promise<boolean> {
  const mail = await readReceived(Buffer.concat([headers, Buffer.from("\r\n")]));
  if (mail.messageId && known.sent.some((sent) => sent.messageId === mail.messageId)) return false;
  const { kind } = classifyMail(mail);
  return kind === "bounce" || matchReply(mail, kind, known) !== null;
}

/** The first sync reads back to a day before the earliest interview or queued message. */
async function firstDay(store: Store, now: DateTime): Promise<Date> {
  const interviews = await store.interviews.list();
  const queued = await store.outbox.list();
  const instants = [
    ...interviews.map((i) => DateTime.fromISO(i.start, { setZone: true })),
    ...queued.map((q) => DateTime.fromISO(q.queuedAt)),
  ].filter((d) => d.isValid);
  const earliest = instants.length > 0 ? DateTime.min(...instants)! : now;
  return earliest.minus({ days: 1 }).toJSDate();
}
