// The worker loop in a child process, loaded and connected before it is told to start: it prints
// "ready", waits for a line on stdin, then works until it is killed. Crash tests spawn the next one
// while the current one works, so starting Node does not dominate a trial.
import { randomUUID } from "node:crypto";
import { DateTime } from "luxon";
import { runWorker } from "../../../src/app/mail/worker.js";
import { DEFAULT_RETRY_POLICY } from "../../../src/core/outbox/retry-policy.js";
import { openSqliteStore } from "../../../src/store/store.js";
import { DataFolderMailAccounts } from "../../../src/mail/data-folder-accounts.js";

const [home, lease] = process.argv.slice(2) as [string, string];
const store = await openSqliteStore(home);
const mail = new DataFolderMailAccounts(home, process.env);

process.stdout.write("ready\n");
process.stdin.once("data", () => {
  process.stdin.pause();
  void runWorker(
    { store, mail },
    {
      worker: `child:${process.pid}:${randomUUID().slice(0, 8)}`,
      once: false,
      leaseSeconds: Number(lease),
      pollSeconds: 3600,
      retry: DEFAULT_RETRY_POLICY,
      clock: () => DateTime.utc(),
    },
    new AbortController().signal,
    (event) => {
      if (event.type === "sent") process.stdout.write(`Sent #${event.item.id}\n`);
    },
  );
});
