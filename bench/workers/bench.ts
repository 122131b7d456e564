import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SMTPServer } from "smtp-server";
import { MAIL_KEY_VARIABLE } from "../../src/mail/secret-seal.js";
import { StoredMailAccounts } from "../../src/mail/stored-accounts.js";
import { openPostgresStore } from "../../src/store/postgres-store.js";
import { buildCli, isStale } from "../../scripts/build.js";
import { freshDatabase, postgresServer } from "../scale/bench.js";

/**
 * Sending throughput with 1, 2 and 4 `afterword worker` processes on one machine, taking pg-boss
 * jobs from one PostgreSQL database, printed as ratios to 1 worker. The SMTP sink on loopback waits
 * a fixed time before it accepts each message, as a real server does: sending is bound by waiting
 * on the network, not by this machine's cores. AFTERWORD_BENCH_MESSAGES (default 120) sets how many
 * messages each run sends; AFTERWORD_BENCH_SINK_DELAY_MS (default 100) the sink's delay;
 * AFTERWORD_BENCH_DATABASE_URL names a server (an administrator's URL), else a throwaway one starts.
 */
const MESSAGES = Number(process.env.AFTERWORD_BENCH_MESSAGES ?? "120");
const DELAY_MS = Number(process.env.AFTERWORD_BENCH_SINK_DELAY_MS ?? "100");
const WORKERS = [1, 2, 4];
const ROOT = join(import.meta.dirname, "..", "..");

export async function run(): Promise<void> {
  if (isStale()) await buildCli();
  const sink = await startSink(DELAY_MS);
  const server = await postgresServer();
  try {
    console.log(
      `${MESSAGES} messages per run; the SMTP sink takes ${DELAY_MS} ms to accept each (a real server's pace), so sending waits on the network`,
    );
    const rates = new Map<number, number>();
    for (const workers of WORKERS) rates.set(workers, await measure(server.url, sink, workers));
    const base = rates.get(1)!;
    console.log("\nworkers  messages/s  ratio to 1 worker");
    for (const [workers, rate] of rates) {
      console.log(
        `${String(workers).padStart(7)}  ${rate.toFixed(1).padStart(10)}  ${(rate / base).toFixed(2).padStart(6)}×`,
      );
    }
    console.log(
      `goal: 4 workers at least 3× one (measured here: ${(rates.get(4)! / base).toFixed(2)}×)`,
    );
  } finally {
    await server.stop();
    await sink.stop();
  }
}

/** Messages per second from the moment they are queued until the sink has accepted the last. */
async function measure(serverUrl: string, sink: Sink, workers: number): Promise<number> {
  const { app } = await freshDatabase(serverUrl);
  const home = mkdtempSync(join(tmpdir(), "afterword-bench-workers-"));
  // The candidate's account is kept in the database, its password sealed under this key.
  const key = join(home, "mail.key");
  writeFileSync(key, randomBytes(32).toString("base64"), { mode: 0o600 });
  const env = { [MAIL_KEY_VARIABLE]: key };
  const store = await openPostgresStore(app);
  const setup = { ...env, AFTERWORD_MAIL_PASSWORD: "bench" };
  const kept = await new StoredMailAccounts(store.mailAccount, store.scope, setup, home).write({
    address: "candidate@example.com",
    name: "Jordan Rivera",
    smtp: { host: "127.0.0.1", port: sink.port, security: "none", user: "candidate" },
  });
  const children: ChildProcess[] = [];
  try {
    if (!kept.ok) throw new Error(kept.errors[0]);
    for (let i = 0; i < workers; i++) children.push(startWorker(home, app, env));
    await Promise.all(children.map(started));
    const before = sink.accepted;
    const queuedAt = performance.now();
    const now = new Date().toISOString();
    await store.transaction(async (tx) => {
      for (let i = 0; i < MESSAGES; i++) {
        await tx.outbox.add(
          {
            messageId: `<bench-${workers}-${i}-${Date.now()}@example.com>`,
            interviewId: null,
            draftId: null,
            kind: null,
            from: { name: "Jordan Rivera", email: "candidate@example.com" },
            to: [{ name: "Dana Whitfield", email: "dana@example.com" }],
            subject: "Thank you",
            body: "Thank you for your time today.",
            inReplyTo: null,
            references: [],
            dueAt: now,
          },
          now,
        );
      }
    });
    let shown = 0;
    while (sink.accepted - before < MESSAGES) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      const done = sink.accepted - before;
      if (done >= shown + MESSAGES / 4) {
        shown = done;
        process.stdout.write(`\r${workers} worker(s): ${done}/${MESSAGES} sent`);
      }
    }
    const seconds = (sink.lastAt - queuedAt) / 1000;
    const rate = MESSAGES / seconds;
    console.log(`\r${workers} worker(s): ${MESSAGES} sent in ${seconds.toFixed(1)} s`);
    return rate;
  } finally {
    for (const child of children) child.kill("SIGTERM");
    await Promise.all(
      children.map((child) => new Promise((resolve) => child.once("exit", resolve))),
    );
    await store.close();
    rmSync(home, { recursive: true, force: true });
  }
}

function startWorker(home: string, url: string, keyEnv: Record<string, string>): ChildProcess {
  const child = spawn(
    process.execPath,
    [join(ROOT, "dist", "cli.js"), "--home", home, "worker", "--poll", "3600"],
    {
      env: { ...process.env, ...keyEnv, AFTERWORD_DATABASE_URL: url },
      stdio: ["ignore", "ignore", "pipe"],
    },
  );
  return child;
}

/** Resolves once the worker says it has started (it is then ready for jobs). */
function started(child: ChildProcess): Promise<void> {
  return new Promise((resolve, reject) => {
    let said = "";
    child.stderr!.on("data", (chunk: Buffer) => {
      said += chunk.toString();
      if (said.includes("Worker started")) resolve();
    });
    child.once("exit", (code) => reject(new Error(`a worker stopped (${code}): ${said}`)));
  });
}

interface Sink {
  port: number;
  accepted: number;
  /** `performance.now()` of the last acceptance. */
  lastAt: number;
  stop(): Promise<void>;
}

/** An SMTP server on loopback that takes any login and accepts every message after `delayMs`. */
async function startSink(delayMs: number): Promise<Sink> {
  const sink: Sink = { port: 0, accepted: 0, lastAt: 0, stop: async () => {} };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onAuth: (_auth, _session, callback) => callback(null, { user: "candidate" }),
    onData: (stream, _session, callback) => {
      stream.resume();
      stream.on("end", () =>
        setTimeout(() => {
          sink.accepted++;
          sink.lastAt = performance.now();
          callback();
        }, delayMs),
      );
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  sink.port = (server.server.address() as { port: number }).port;
  sink.stop = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return sink;
}
