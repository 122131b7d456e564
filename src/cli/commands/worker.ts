import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import type { Command } from "commander";
import type { DateTime } from "luxon";
import { connectionsFor, loadMailAccount } from "../../app/mail/mail-account.js";
import { runWorker, type WorkerEvent } from "../../app/mail/worker.js";
import { DEFAULT_RETRY_POLICY } from "../../core/outbox/retry-policy.js";
import { UsageError } from "../exit-code.js";
import { outboxJson } from "../present/outbox.js";
import { receptionLines } from "../present/reception.js";
import { refuse } from "../refusal.js";
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
      const ctx = await rt.context();
      const account = await loadMailAccount(ctx.mail);
      if (!account.ok) return refuse(rt, account.errors[0]!);
      const connections = await connectionsFor(ctx.mail, account.value);
      if (!connections.ok) return refuse(rt, connections.errors[0]!);

      const started = ctx.now;
      const startedReal = Date.now();
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
      try {
        await runWorker(
          ctx.store,
          connections.value,
          {
            worker: `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`,
            once: Boolean(options.once),
            leaseSeconds,
            pollSeconds,
            retry: DEFAULT_RETRY_POLICY,
            clock,
          },
          stop.signal,
          (event) => (rt.json ? rt.print(JSON.stringify(eventJson(event))) : describe(rt, event)),
        );
      } finally {
        process.off("SIGTERM", onSignal);
        process.off("SIGINT", onSignal);
      }
    });
}

function seconds(text: string, option: string): number {
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0) {
    throw new UsageError(`${option} must be a number of seconds above 0; got "${text}".`);
  }
  return value;
}

function eventJson(event: WorkerEvent) {
  switch (event.type) {
    case "synced":
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

function describe(rt: Runtime, event: WorkerEvent): void {
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
    case "stopped":
      return;
  }
}
