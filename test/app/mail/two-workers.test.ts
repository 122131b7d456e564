import { describe, expect, it } from "vitest";
import { json, runCli } from "../../helpers/cli.js";
import { dovecotMissing } from "../../helpers/mail/dovecot.js";
import { preload, useWorkerWorld } from "../../helpers/mail/preloaded-cli.js";
import { countMessageId } from "../../helpers/mail/smtp-sink.js";
import { keepMailAccountIn, mailKeyEnv } from "../../helpers/mail/stored-account.js";
import { DANA, PASSWORD_ENV, emlFile, mailConfig, preparedHome } from "../../helpers/mail/world.js";
import { testDatabase } from "../../helpers/postgres.js";

const missing = dovecotMissing();
const ITEMS = 30;
const postgres = await testDatabase();

describe.skipIf(missing)("two workers on one store", () => {
  const world = useWorkerWorld("cli-child.ts");
  const stores = [
    { name: "SQLite", skip: null, env: PASSWORD_ENV },
    {
      name: "PostgreSQL",
      skip: postgres.skip,
      env: { ...PASSWORD_ENV, ...mailKeyEnv(), AFTERWORD_DATABASE_URL: postgres.url ?? "" },
    },
  ];

  for (const { name, skip, env } of stores)
    it.skipIf(skip !== null)(
      `on ${name} never send the same item: each message leaves once, and both do their share${skip ? ` (skipped: ${skip})` : ""}`,
      // Two worker processes and thirty messages each way: more than the usual half minute.
      { timeout: 90_000 },
      async () => {
        const home = await preparedHome(world.servers);
        const database = (env as Record<string, string>).AFTERWORD_DATABASE_URL;
        if (database) await keepMailAccountIn(database, env, mailConfig(world.servers));
        const file = emlFile(home, "note.eml", { to: DANA, subject: "Two workers", body: "Once." });
        for (let i = 0; i < ITEMS; i++) {
          expect((await runCli(["send", file, "--yes"], { home, env })).code).toBe(0);
        }
        // Each delivery takes a moment, so the two workers are sure to overlap.
        world.servers.sink.delayMs = 40;
        const args = ["--home", home, "worker", "--once"];
        const workers = [preload(world.bundle, args, env), preload(world.bundle, args, env)];
        await Promise.all(workers.map((worker) => worker.ready));
        for (const worker of workers) worker.go();
        const codes = await Promise.all(workers.map((worker) => worker.exited));
        world.servers.sink.delayMs = 0;
        expect(codes, workers.map((w) => w.output.stderr).join("\n")).toEqual([0, 0]);

        const sentBy = workers.map(
          (worker) =>
            new Set([...worker.output.stdout.matchAll(/^Sent #(\d+)/gm)].map((m) => Number(m[1]))),
        );
        const [first, second] = sentBy as [Set<number>, Set<number>];
        expect([...first].filter((id) => second.has(id))).toEqual([]);
        expect(first.size + second.size).toBe(ITEMS);
        expect(first.size).toBeGreaterThan(0);
        expect(second.size).toBeGreaterThan(0);

        const items = json<{ state: string; messageId: string }[]>(
          await runCli(["outbox", "--json"], { home, env }),
        );
        expect(items.every((item) => item.state === "sent")).toBe(true);
        for (const item of items) {
          expect(await countMessageId(world.servers.dovecot, "dana", "INBOX", item.messageId)).toBe(
            1,
          );
        }
      },
    );
});
