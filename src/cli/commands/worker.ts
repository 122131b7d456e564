import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import type { Command } from "commander";
import type { DateTime } from "luxon";
import { runJobWorker, type JobWorkerEvent } from "../../app/mail/job-worker.js";
import {
  connectionsFor,
  loadMailAccount,
  type MailConnections,
} from "../../app/mail/mail-account.js";
import { runWorker, type WorkerSettings } from "../../app/mail/worker.js";
import { DEFAULT_RETRY_POLICY } from "../../core/outbox/retry-policy.js";
import { UsageError } from "../exit-code.js";
import { outboxJson } from "../present/outbox.js";
import { receptionLines } from "../present/reception.js";
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
      const account = await loadMailAccount(ctx.mail);
      if (!account.ok) return refuse(rt, account.errors[0]!);
      const connections = await connectionsFor(ctx.mail, account.value);
      if (!connections.ok) return refuse(rt, connections.errors[0]!);

      const started = ctx.now;
      const clock = (): DateTime => started.plus({ milliseconds: Date.now() - startedReal });
      const stop = new AbortController();
      const onSignal = () => stop.abort();
      process.once("SIGTERM", onSignal);
      process.once("SIGINT", onSignal);
      if (!rt.json && !options.once) {
        rt.warn(
          `Worker started: sending what is due${connections.value.inbox ? `, reading the mailbox every ${pollSeconds} s` : ""}. Stop it with Ctrl-C.`,
        );
      }
      const settings: WorkerSettings = {
        worker: `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`,
        once: Boolean(options.once),
        leaseSeconds,
        pollSeconds,
        retry: DEFAULT_RETRY_POLICY,
        clock,
      };
      const report = (event: JobWorkerEvent) =>
        rt.json ? rt.print(JSON.stringify(eventJson(event))) : describe(rt, event);
      const url = rt.databaseUrl();
      try {
        if (url) await workJobs(url, ctx.store.scope, connections.value, settings, stop, report);
        else await runWorker(ctx.store, connections.value, settings, stop.signal, report);
      } finally {
        process.off("SIGTERM", onSignal);
        process.off("SIGINT", onSignal);
      }
    });
}

/**
 * On PostgreSQL the worker takes jobs from the queue. It holds the mail account of the data folder,
 * so it sends and reads mail for that folder's candidate; jobs of others wait for a worker that
 * holds theirs.
 */
async function workJobs(
  url: string,
  scope: Scope,
  connections: MailConnections,
  settings: WorkerSettings,
  stop: AbortController,
  report: (event: JobWorkerEvent) => void,
): Promise<void> {
  const [{ JobQueue }, { openPostgresStores }] = await Promise.all([
    import("../../store/job-queue.js"),
    import("../../store/postgres-store.js"),
  ]);
  const jobs = await JobQueue.open(url);
  const stores = await openPostgresStores(url, { scope }).catch(async (error: unknown) => {
    await jobs.close();
    throw error;
  });
  let started: Promise<void> | null = null;
  const mine = (other: Scope) =>
    other.organisationId === scope.organisationId && other.candidateId === scope.candidateId;
  try {
    await runJobWorker(
      {
        jobs,
        storeFor: (candidate) => stores.storeFor(candidate),
        mailFor: async (candidate) => {
          if (!mine(candidate)) return null;
          await (started ??= connections.transport.start());
          return connections;
        },
        served: [scope],
      },
      settings,
      stop.signal,
      report,
    );
  } finally {
    if (started) await connections.transport.stop();
    await connections.inbox?.stop();
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
      const words = typeof event.problem === "string" ? event.problem : event.problem.message;
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
      rt.warn(`Mailbox: ${event.problem.message}`);
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
        `A job for candidate ${event.scope.candidateId} of organisation ${event.scope.organisationId} was left for a worker that holds their mail account.`,
      );
      return;
    case "stopped":
      return;
  }
}
