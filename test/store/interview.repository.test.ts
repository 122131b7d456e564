import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import type { InterviewDetails } from "../../src/core/interview.js";
import { contactKey } from "../../src/store/contact.repository.js";
import { openSqliteStore } from "../../src/store/store.js";
import { storesUnderTest, titled } from "../helpers/stores.js";
import { tempHome } from "../helpers/temp-home.js";

const STORES = await storesUnderTest();

const NOW = "2026-11-21T12:00:00.000Z";

function details(overrides: Partial<InterviewDetails> = {}): InterviewDetails {
  return {
    company: "Acme Robotics",
    position: "Platform Engineer",
    stage: "onsite",
    format: "video",
    location: null,
    joinUrl: null,
    timeZone: "America/Chicago",
    start: "2026-11-20T14:00:00-06:00",
    end: "2026-11-20T15:00:00-06:00",
    interviewers: [
      {
        name: "Dana Whitfield",
        title: null,
        email: "dana@acme.example",
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
    ...overrides,
  };
}

describe("the SQLite store", () => {
  it("uses WAL and keeps what a finished transaction wrote", async () => {
    const home = tempHome();
    const store = await openSqliteStore(home);
    await store.transaction((tx) => tx.interviews.save(details(), "record", NOW));
    await store.close();
    const again = await openSqliteStore(home);
    const mode = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(again.db);
    expect(mode.rows[0]?.journal_mode).toBe("wal");
    expect(await again.interviews.list()).toHaveLength(1);
    await again.close();
  });
});

for (const kind of STORES)
  describe.skipIf(kind.skip !== null)(titled("the store", kind), () => {
    it("writes nothing from a transaction that fails part-way", async () => {
      const store = await kind.fresh();
      await expect(
        store.transaction(async (tx) => {
          await tx.interviews.save(details(), "record", NOW);
          throw new Error("the second record was bad");
        }),
      ).rejects.toThrow("the second record was bad");
      expect(await store.interviews.list()).toEqual([]);
      expect(await store.db.selectFrom("contacts").selectAll().execute()).toEqual([]);
      await store.close();
    });

    it("recognises a person by e-mail across companies' spellings, else by name at one company", async () => {
      const store = await kind.fresh();
      await store.interviews.save(details(), "record", NOW);
      await store.interviews.save(
        details({
          start: "2026-11-25T10:00:00-06:00",
          end: "2026-11-25T11:00:00-06:00",
          interviewers: [
            {
              name: "Dana W.",
              title: "Director",
              email: "DANA@acme.example",
              discussed: [],
              notes: null,
            },
          ],
        }),
        "record",
        NOW,
      );
      await store.interviews.save(
        details({
          company: "Lumen",
          interviewers: [
            { name: "Dana Whitfield", title: null, email: null, discussed: [], notes: null },
          ],
        }),
        "record",
        NOW,
      );
      const contacts = await store.db
        .selectFrom("contacts")
        .select(["name", "email", "title"])
        .orderBy("id")
        .execute();
      expect(contacts).toEqual([
        { name: "Dana W.", email: "dana@acme.example", title: "Director" },
        { name: "Dana Whitfield", email: null, title: null },
      ]);
      await store.close();
    });

    it("finds the same interview whatever the case of its company and position, in any alphabet", async () => {
      const store = await kind.fresh();
      const saved = await store.interviews.save(
        details({ company: "Électricité Öresund", position: "Ingénieure Données" }),
        "record",
        NOW,
      );
      const same = {
        company: "ÉLECTRICITÉ ÖRESUND",
        position: "INGÉNIEURE DONNÉES",
        start: details().start,
      };
      expect(await store.interviews.findSame(same)).toBe(saved.id);
      expect(await store.interviews.findAtSameTime(same)).toEqual({
        id: saved.id,
        position: "Ingénieure Données",
      });
      expect(
        await store.interviews.findSame({ ...same, company: "Electricite Oresund" }),
      ).toBeNull();
      await store.close();
    });

    it("lists each interview once, earliest first, with its interviewers in their order, and one with none", async () => {
      const store = await kind.fresh();
      const person = (name: string, email: string | null) => ({
        name,
        title: null,
        email,
        discussed: [`${name}'s topic`],
        notes: null,
      });
      const panel = await store.interviews.save(
        details({
          interviewers: [
            person("Zoe Park", "zoe@acme.example"),
            person("Abe Lund", null),
            person("Mia Chen", "mia@acme.example"),
          ],
        }),
        "record",
        NOW,
      );
      const earlier = await store.interviews.save(
        details({
          company: "Lumen",
          start: "2026-11-18T09:00:00-06:00",
          end: "2026-11-18T10:00:00-06:00",
          interviewers: [],
        }),
        "record",
        NOW,
      );
      const listed = await store.interviews.list();
      expect(listed.map((interview) => interview.id)).toEqual([earlier.id, panel.id]);
      expect(listed[0]?.interviewers).toEqual([]);
      expect(listed[1]?.interviewers).toEqual([
        person("Zoe Park", "zoe@acme.example"),
        person("Abe Lund", null),
        person("Mia Chen", "mia@acme.example"),
      ]);
      expect(await store.interviews.get(panel.id)).toEqual(listed[1]);
      expect(await store.interviews.get(earlier.id)).toEqual(listed[0]);
      expect(await store.interviews.get(panel.id + earlier.id)).toBeNull();
      await store.close();
    });

    it("folds case and spacing in the key that recognises a person", () => {
      expect(
        contactKey({ name: " Dana  Whitfield", email: null, company: "ACME", title: null }),
      ).toBe(contactKey({ name: "dana whitfield", email: null, company: "acme ", title: null }));
    });
  });
