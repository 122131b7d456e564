import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import type { Command } from "commander";
import type { DateTime } from "luxon";
import { runJobWorker, type JobWorkerEvent } from "../../app/mail/job-worker.js";
import { runWorker, type WorkerSettings } from "../../app/mail/worker.js";
import { DEFAULT_RETRY_POLICY } from "../../core/outbox/retry-policy.js";
import { UsageError } from "../exit-code.js";
import { outboxJson } from "../present/outbox.js";
import { receptionLines } from "../present/reception.js";
import { mailWithHint } from "../hints.js";
import { refuse } from "../refusal.js";
import type { Scope } from "../../store/scope.js";
import type { Runtime } from "../runtime.js";

interface WorkerOptions {
  once?: boolean;
  lease: string;
  poll: string;
}

export function registerWorker(program: Command, rt: Runtime): void {
  program
    .command("worker")
    .description("send what is due from the outbox and read the mailbox for replies, until stopped")
    .option("--once", "send what is due and read the mailbox once, then stop")
    .option("--lease <seconds>", "how long a claimed message stays claimed without renewal", "120")
    .option("--poll <seconds>", "how often to read the mailbox for replies", "60")
    .action(async (options: WorkerOptions) => {
      const leaseSeconds = seconds(options.lease, "--lease");
      const pollSeconds = seconds(options.poll, "--poll");
      // The worker's clock runs from the moment the context is made (`--now` moves it).
      const startedReal = Date.now();
      const ctx = await rt.context();
      const started = ctx.now;
      const clock = (): DateTime => started.plus({ milliseconds: Date.now() - startedReal });
      const stop = new AbortController();
      const onSignal = () => stop.abort();
      process.once("SIGTERM", onSignal);
      process.once("SIGINT", onSignal);
      const settings: WorkerSettings = {
        worker: `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`,
        once: Boolean(options.once),
        leaseSeconds,
        pollSeconds,
        retry: DEFAULT_RETRY_POLICY,
        clock,
      };
      const url = rt.databaseUrl();
      const report = (event: JobWorkerEvent) => {
        if (event.type === "started") {
          if (!rt.json && !options.once) {
            rt.warn(
              url
                ? `Worker started: taking every candidate's jobs from the queue (sending, and reading each mailbox every ${pollSeconds} s). Stop it with Ctrl-C.`
                : `Worker started: sending what is due${event.reading ? `, reading the mailbox every ${pollSeconds} s` : ""}. Stop it with Ctrl-C.`,
            );
          }
        } else if (rt.json) rt.print(JSON.stringify(eventJson(event)));
        else describe(rt, event);
      };
      try {
        if (url) await workJobs(rt, url, ctx.store.scope, settings, stop, report);
        else {
          const ran = await runWorker(ctx, settings, stop.signal, report);
          if (!ran.ok) return refuse(rt, ran.errors[0]!);
        }
      } finally {
        process.off("SIGTERM", onSignal);
        process.off("SIGINT", onSignal);
      }
    });
}

/**
 * On PostgreSQL the worker takes every candidate's jobs from the queue: each in that candidate's
 * context, their store alone and their own mail account kept in the database. The candidate the
 * command runs as is looked after on starting, as on the candidate's own machine.
 */
async function workJobs(
  rt: Runtime,
  url: string,
  own: Scope,
  settings: WorkerSettings,
  stop: AbortController,
  report: (event: JobWorkerEvent) => void,
): Promise<void> {
  const [{ JobQueue }, { openPostgresStores }] = await Promise.all([
    import("../../store/job-queue.js"),
    import("../../store/postgres-store.js"),
  ]);
  const jobs = await JobQueue.open(url);
  const stores = await openPostgresStores(url, { scope: own }).catch(async (error: unknown) => {
    await jobs.close();
    throw error;
  });
  try {
    await runJobWorker(
      {
        jobs,
        contextFor: (scope, now) => {
          const store = stores.storeFor(scope);
          return { store, now, mail: rt.mailAccountsOf(store) };
        },
        served: [own],
      },
      settings,
      stop.signal,
      report,
    );
  } finally {
    await jobs.close();
    await stores.close();
  }
}

function seconds(text: string, option: string): number {
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0) {
    throw new UsageError(`${option} must be a number of seconds above 0; got "${text}".`);
  }
  return value;
}

function eventJson(event: JobWorkerEvent) {
  switch (event.type) {
    case "synced":
    case "no-account":
    case "started":
      return event;
    case "stopped":
      return event;
    case "inbox-problem":
    case "watching":
      return event;
    default:
      return { ...event, item: outboxJson(event.item) };
  }
}

function describe(rt: Runtime, event: JobWorkerEvent): void {
  switch (event.type) {
    case "sent":
      rt.print(
        `Sent #${event.item.id} to ${event.item.to.map((p) => p.email).join(", ")} (${event.response}).`,
      );
      for (const address of event.rejected) rt.warn(`  ${address} was refused by the server.`);
      if (event.planNote) rt.warn(`  The plan was not updated: ${event.planNote}`);
      return;
    case "already-sent":
      rt.print(`#${event.item.id} had already left (found in ${event.folder}); not sent again.`);
      if (event.planNote) rt.warn(`  The plan was not updated: ${event.planNote}`);
      return;
    case "retry": {
      const words = typeof event.problem === "string" ? event.problem : mailWithHint(event.problem);
      rt.warn(`#${event.item.id} not sent yet: ${words} Next try at ${event.at}.`);
      return;
    }
    case "failed":
      rt.warn(`#${event.item.id} failed: ${event.problem}`);
      return;
    case "lost-claim":
      rt.warn(`#${event.item.id} was taken over by another worker; leaving it to that one.`);
      return;
    case "filed":
      if (event.appended) rt.print(`#${event.item.id} copied to the Sent folder.`);
      return;
    case "inbox-problem":
      rt.warn(`Mailbox: ${mailWithHint(event.problem)}`);
      return;
    case "watching":
      rt.warn(
        event.idle
          ? "The mail server tells the worker of new mail at once (IMAP IDLE)."
          : "The mail server cannot tell the worker of new mail (no IMAP IDLE): the mailbox is read every --poll seconds.",
      );
      return;
    case "synced":
      for (const folder of event.folders) {
        for (const reception of folder.receptions) {
          rt.print(receptionLines(`${folder.folder} UID ${reception.uid}`, reception).join("\n"));
        }
      }
      return;
    case "no-account":
      rt.warn(
        `A job for candidate ${event.scope.candidateId} of organisation ${event.scope.organisationId} waits for their mail account: ${event.problem}`,
      );
      return;
    case "started":
      return;
    case "stopped":
      return;
  }
}
