import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { InterviewDetails } from "../../src/core/interview.js";
import { openPostgresStore } from "../../src/store/postgres-store.js";
import { StoreProblem } from "../../src/store/store-problem.js";
import { json, runCli } from "../helpers/cli.js";
import { freePort } from "../helpers/mail/free-port.js";
import { testDatabase } from "../helpers/postgres.js";
import { tempHome } from "../helpers/temp-home.js";

const postgres = await testDatabase();
const NOW = "2026-11-21T12:00:00.000Z";

const DETAILS: InterviewDetails = {
  company: "Acme Robotics",
  position: "Platform Engineer",
  stage: "onsite",
  format: "video",
  location: null,
  joinUrl: null,
  timeZone: "America/Chicago",
  start: "2026-11-20T14:00:00-06:00",
  end: "2026-11-20T15:00:00-06:00",
  interviewers: [],
  discussed: [],
  impressed: [],
  fit: [],
  concerns: [],
  unanswered: [],
  promised: [],
  nextSteps: null,
  decisionBy: null,
};

describe.skipIf(postgres.url === null)(
  `the PostgreSQL store${postgres.skip ? ` (skipped: ${postgres.skip})` : ""}`,
  () => {
    const url = postgres.url ?? "";

    it("takes turns between connections, so two saving the same interview at once store it once", async () => {
      const [one, two] = await Promise.all([openPostgresStore(url), openPostgresStore(url)]);
      // Each transaction reads (is it stored?) and then writes: interleaved, both would insert.
      const results = await Promise.all(
        [one!, two!].map((store) =>
          store.transaction((tx) => tx.interviews.save(DETAILS, "record", NOW)),
        ),
      );
      expect(results.map((result) => result.created).sort()).toEqual([false, true]);
      expect(await one!.interviews.list()).toHaveLength(1);
      await Promise.all([one!.close(), two!.close()]);
    });

    it("lets racing workers claim the outbox at once: every item is claimed once, and each worker gets some", async () => {
      const stores = await Promise.all([1, 2, 3, 4].map(() => openPostgresStore(url)));
      const [first] = stores;
      const ITEMS = 40;
      for (let i = 0; i < ITEMS; i++) {
        await first!.outbox.add(
          {
            messageId: `<race-${i}@example.com>`,
            interviewId: null,
            draftId: null,
            kind: null,
            from: { name: null, email: "jordan@example.com" },
            to: [{ name: null, email: "dana@acme.example" }],
            subject: "Hello",
            body: "Hello",
            inReplyTo: null,
            references: [],
            dueAt: NOW,
          },
          NOW,
        );
      }
      const claimed = await Promise.all(
        stores.map(async (store, worker) => {
          const mine: number[] = [];
          for (;;) {
            const item = await store.outbox.claimNext(
              `worker-${worker}`,
              NOW,
              "2026-11-21T13:00:00.000Z",
            );
            if (!item) return mine;
            mine.push(item.id);
          }
        }),
      );
      const all = claimed.flat().sort((a, b) => a - b);
      expect(all).toEqual([...new Set(all)]);
      expect(all).toHaveLength(ITEMS);
      expect(claimed.filter((mine) => mine.length > 0).length).toBeGreaterThan(1);
      await Promise.all(stores.map((store) => store.close()));
    });

    it("keeps what the command line records when AFTERWORD_DATABASE_URL or --database names it", async () => {
      const home = tempHome();
      const record = join(home, "record.yaml");
      writeFileSync(
        record,
        "company: Globex\nposition: Data Engineer\nstart: 2026-11-24T10:00\ntimeZone: Europe/London\ninterviewers:\n  - name: Priya Raman\n",
      );
      const env = { AFTERWORD_DATABASE_URL: url };
      const imported = await runCli(["import", record], { home, env });
      expect(imported.code, imported.stderr).toBe(0);
      const listed = json<{ company: string }[]>(
        await runCli(["--database", url, "interviews", "--json"], { home: tempHome() }),
      );
      expect(listed.map((interview) => interview.company)).toContain("Globex");
    });
  },
);

describe("a PostgreSQL database that cannot be reached", () => {
  it("is a store problem that names the database, never its password", async () => {
    const url = `postgres://afterword:hunter2@127.0.0.1:${await freePort()}/afterword`;
    const opened = openPostgresStore(url);
    await expect(opened).rejects.toBeInstanceOf(StoreProblem);
    await expect(opened).rejects.toMatchObject({ code: "unreachable" });
    const result = await runCli(["--database", url, "interviews"], { home: tempHome() });
    expect(result.code).toBe(74);
    expect(result.stderr).toContain('the PostgreSQL database "afterword" on 127.0.0.1:');
    expect(result.stderr).toContain(
      "that the database URL names the database. AFTERWORD_DATABASE_URL (or `--database URL`) sets that URL.",
    );
    expect(result.stderr).not.toContain("hunter2");
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
