import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DateTime } from "luxon";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runWorker, type WorkerEvent } from "../../../src/app/mail/worker.js";
import { DEFAULT_RETRY_POLICY } from "../../../src/core/outbox/retry-policy.js";
import { reconnectDelay } from "../../../src/mail/imap-watch.js";
import { openSqliteStore } from "../../../src/store/store.js";
import { dovecotMissing } from "../../helpers/mail/dovecot.js";
import { connectImap } from "../../helpers/mail/smtp-sink.js";
import {
  FIXTURES,
  PASSWORD_ENV,
  preparedHome,
  startMailServers,
  type MailServers,
} from "../../helpers/mail/world.js";
import { DataFolderMailAccounts } from "../../../src/mail/data-folder-accounts.js";

const missing = dovecotMissing();
const REPLY = join(FIXTURES, "mail", "replies", "sam-human-new-thread.eml");

describe.skipIf(missing)("the worker hears of new mail at once (IMAP IDLE)", () => {
  let servers: MailServers;
  beforeAll(async () => {
    servers = await startMailServers();
  });
  afterAll(async () => {
    await servers?.stop();
  });

  /** Runs a worker that would poll only once an hour; returns its events and how to stop it. */
  async function startWorker(home: string) {
    const store = await openSqliteStore(home);
    const mail = new DataFolderMailAccounts(home, PASSWORD_ENV);
    const events: { at: number; event: WorkerEvent }[] = [];
    const stop = new AbortController();
    const running = runWorker(
      { store, mail },
      {
        worker: "idle-test",
        once: false,
        leaseSeconds: 120,
        pollSeconds: 3600,
        retry: DEFAULT_RETRY_POLICY,
        clock: () => DateTime.utc(),
      },
      stop.signal,
      (event) => events.push({ at: Date.now(), event }),
    );
    return {
      events,
      stop: async () => {
        stop.abort();
        expect((await running).ok).toBe(true);
        await store.close();
      },
    };
  }

  const until = async (test: () => boolean, ms: number) => {
    const deadline = Date.now() + ms;
    while (!test() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    return test();
  };

  it("records a reply delivered into Dovecot within 5 seconds, with an hour between polls", async () => {
    const home = await preparedHome(servers);
    const worker = await startWorker(home);
    try {
      const watching = () => worker.events.some((e) => e.event.type === "watching");
      const firstSync = () => worker.events.some((e) => e.event.type === "synced");
      expect(await until(() => watching() && firstSync(), 10_000)).toBe(true);
      expect(worker.events.find((e) => e.event.type === "watching")!.event).toEqual({
        type: "watching",
        idle: true,
      });

      const client = await connectImap(servers.dovecot, "candidate");
      const delivered = Date.now();
      await client.append("INBOX", readFileSync(REPLY));
      await client.logout();

      const seen = () =>
        worker.events.find(
          (e) =>
            e.event.type === "synced" &&
            e.event.folders.some((f) =>
              f.receptions.some((r) => r.messageId === "<20261124150100.sam@acme.example>"),
            ),
        );
      expect(await until(() => seen() !== undefined, 5_000)).toBe(true);
      expect(seen()!.at - delivered).toBeLessThan(5_000);
    } finally {
      await worker.stop();
    }
  });
});

describe("reconnecting after a lost connection", () => {
  it("waits longer after each failure, up to five minutes", () => {
    expect([1, 2, 3, 4, 5, 9, 10, 20].map(reconnectDelay)).toEqual([1, 2, 4, 8, 16, 256, 300, 300]);
  });
});
