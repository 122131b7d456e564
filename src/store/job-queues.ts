import type { Scope } from "./scope.js";

/** The schema pg-boss keeps its jobs in, beside Afterword's tables. */
export const JOB_SCHEMA = "pgboss";

/** Send one outbox item (or look at it again when it is due or its claim runs out). */
export const SEND_QUEUE = "afterword-send";
/** Read one candidate's mailbox for replies, and file the copies of what they sent. */
export const MAILBOX_QUEUE = "afterword-mailbox";

/**
 * The queues and their settings. A job a worker took and never finished (it was killed) is given
 * to another after `expireInSeconds`; one whose handler threw is tried again, later each time.
 * At-most-once sending does not rest on these: the outbox's own claim decides who sends.
 */
export const JOB_QUEUES = {
  [SEND_QUEUE]: {
    policy: "standard",
    expireInSeconds: 300,
    retryLimit: 50,
    retryDelay: 5,
    retryBackoff: true,
  },
  [MAILBOX_QUEUE]: {
    policy: "standard",
    expireInSeconds: 900,
    retryLimit: 50,
    retryDelay: 30,
    retryBackoff: true,
  },
} as const;

/** What every job carries: whose data it concerns, so the worker opens the store for them alone. */
export type CandidateJob = Scope;

export interface SendJob extends CandidateJob {
  outboxId: number;
}
