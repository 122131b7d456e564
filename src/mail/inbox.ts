import type { MailProblem } from "./mail-problem.js";

/** A folder's identity and where its numbering stands. */
export interface FolderStatus {
  /** Changes when the server renumbers the folder: every UID remembered before is void. */
  uidValidity: string;
  uidNext: number;
}

export interface FetchedHeaders {
  uid: number;
  /** The raw header block. */
  headers: Buffer;
}

/** A folder being watched for new mail; `stop` ends the watch and closes its connection. */
export interface FolderWatch {
  stop(): Promise<void>;
}

export interface WatchEvents {
  /** New mail arrived in the folder. */
  news(): void;
  /** Whether the server pushes news (IDLE); false: the caller keeps polling. Said on each connect. */
  pushing(idle: boolean): void;
  /** The watch lost its connection; it connects again after `retryInSeconds`. */
  problem(problem: MailProblem, retryInSeconds: number): void;
}

/**
 * The candidate's mailbox. `start` connects and logs in, `stop` logs out. Every method rejects with
 * a MailFailure (in the project's words) when the server or the network fails.
 */
export interface Inbox {
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Every folder's path, for `afterword mail test`. */
  folders(): Promise<string[]>;
  /** The folder that holds sent mail: the configured one, the one marked \Sent, or "Sent" (made when missing). */
  sentFolder(): Promise<string>;
  status(folder: string): Promise<FolderStatus>;
  /** UIDs above `afterUid`, or (with `since`) of messages received on or after that day. */
  uids(folder: string, from: { afterUid: number } | { since: Date }): Promise<number[]>;
  headers(folder: string, uids: number[]): Promise<FetchedHeaders[]>;
  source(folder: string, uid: number): Promise<Buffer | null>;
  /** UIDs of the messages in `folder` with this Message-ID. */
  find(folder: string, messageId: string): Promise<number[]>;
  append(folder: string, raw: Buffer, flags: string[]): Promise<void>;
  remove(folder: string, uids: number[]): Promise<void>;
  /** Watches a folder on a connection of its own, reconnecting with backoff until stopped. */
  watch(folder: string, events: WatchEvents): FolderWatch;
}
