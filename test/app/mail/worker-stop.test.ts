import { describe, expect, it } from "vitest";
import { json, runCli } from "../../helpers/cli.js";
import { dovecotMissing } from "../../helpers/mail/dovecot.js";
import { preload, useWorkerWorld } from "../../helpers/mail/preloaded-cli.js";
import { countMessageId } from "../../helpers/mail/smtp-sink.js";
import { keepMailAccountIn, mailKeyEnv } from "../../helpers/mail/stored-account.js";
import { DANA, PASSWORD_ENV, emlFile, mailConfig, preparedHome } from "../../helpers/mail/world.js";
import { testDatabase } from "../../helpers/postgres.js";

const missing = dovecotMissing();
const postgres = await testDatabase();

describe.skipIf(missing)("afterword worker and SIGTERM", () => {
  const world = useWorkerWorld("cli-child.ts");
  const STORES = [
    { name: "SQLite", skip: null, env: PASSWORD_ENV },
    {
      name: "PostgreSQL",
      skip: postgres.skip,
      env: { ...PASSWORD_ENV, ...mailKeyEnv(), AFTERWORD_DATABASE_URL: postgres.url ?? "" },
    },
  ];

  for (const { name, skip, env } of STORES)
    it.skipIf(skip !== null)(
      `on ${name} finishes the message it is handing over, then stops cleanly and sends nothing more${skip ? ` (skipped: ${skip})` : ""}`,
      async () => {
        const home = await preparedHome(world.servers);
        const database = (env as Record<string, string>).AFTERWORD_DATABASE_URL;
        if (database) await keepMailAccountIn(database, env, mailConfig(world.servers));
        const file = emlFile(home, "note.eml", {
          to: DANA,
          subject: "Stop",
          body: "Stop after me.",
        });
        for (let i = 0; i < 3; i++) await runCli(["send", file, "--yes"], { home, env });
        world.servers.sink.delayMs = 500;
        const before = world.servers.sink.receiving;
        const worker = preload(world.bundle, ["--home", home, "worker"], env);
        await worker.ready;
        worker.go();
        const deadline = Date.now() + 20_000;
        while (world.servers.sink.receiving === before && Date.now() < deadline) {
          await new Promise((resolve) => setTimeout(resolve, 10));
        }
        worker.child.kill("SIGTERM");
        expect(await worker.exited, worker.output.stderr).toBe(0);
        world.servers.sink.delayMs = 0;

        const items = json<{ state: string; messageId: string }[]>(
          await runCli(["outbox", "--json"], { home, env }),
        );
        expect(items.map((item) => item.state).sort()).toEqual(["queued", "queued", "sent"]);
        const sent = items.find((item) => item.state === "sent")!;
        expect(await countMessageId(world.servers.dovecot, "dana", "INBOX", sent.messageId)).toBe(
          1,
        );
        expect(worker.output.stdout).toContain("Sent #");
      },
    );
});
