import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { InterviewDetails } from "../../src/core/interview.js";
import type { HistoryEvent } from "../../src/core/plan/history.js";
import type { Store } from "../../src/store/store.js";
import { interview } from "../core/plan/fixtures.js";
import { storesUnderTest, titled } from "../helpers/stores.js";

const STORES = await storesUnderTest();

const NOW = "2026-11-25T12:00:00Z";

function details(company: string): InterviewDetails {
  const { id: _id, status: _status, ...rest } = interview({ end: "2026-11-20T15:30", company });
  return rest;
}

for (const kind of STORES)
  describe.skipIf(kind.skip !== null)(titled("history repository", kind), () => {
    let store: Store;
    let acme: number;
    let globex: number;

    beforeEach(async () => {
      store = await kind.fresh();
      acme = (await store.interviews.save(details("Acme Robotics"), "record", NOW)).id;
      globex = (await store.interviews.save(details("Globex"), "record", NOW)).id;
    });
    afterEach(() => store.close());

    it("gives events back in the order they happened, instants in UTC", async () => {
      const events: HistoryEvent[] = [
        { type: "reply", from: "Dana Whitfield", at: "2026-11-23T09:00:00-06:00" },
        {
          type: "sent",
          kind: "thank-you",
          channel: "email",
          to: "Dana Whitfield",
          at: "2026-11-20T17:45:00-06:00",
        },
        { type: "outcome", outcome: "rejected", at: "2026-11-24T10:00:00Z", from: "Sam Lee" },
        {
          type: "snooze",
          itemId: "1.check-in.email.dana-whitfield.1",
          until: "2026-12-01T09:00:00-06:00",
          at: "2026-11-24T11:00:00Z",
        },
      ];
      for (const event of events) await store.history.add(acme, event, NOW);
      expect(await store.history.list(acme)).toEqual([
        {
          type: "sent",
          kind: "thank-you",
          channel: "email",
          to: "Dana Whitfield",
          at: "2026-11-20T23:45:00Z",
        },
        { type: "reply", from: "Dana Whitfield", at: "2026-11-23T15:00:00Z" },
        { type: "outcome", outcome: "rejected", at: "2026-11-24T10:00:00Z", from: "Sam Lee" },
        {
          type: "snooze",
          itemId: "1.check-in.email.dana-whitfield.1",
          until: "2026-12-01T09:00:00-06:00",
          at: "2026-11-24T11:00:00Z",
        },
      ]);
      expect(await store.history.list(globex)).toEqual([]);
    });

    it("keeps events of the same moment in the order they were recorded", async () => {
      await store.history.add(acme, { type: "outcome", outcome: "offer", at: NOW }, NOW);
      await store.history.add(acme, { type: "outcome", outcome: "withdrawn", at: NOW }, NOW);
      const outcomes = (await store.history.list(acme)).map(
        (e) => e.type === "outcome" && e.outcome,
      );
      expect(outcomes).toEqual(["offer", "withdrawn"]);
    });

    it("lists every interview's events by interview", async () => {
      await store.history.add(acme, { type: "reply", from: null, at: NOW }, NOW);
      await store.history.add(globex, { type: "outcome", outcome: "offer", at: NOW }, NOW);
      const all = await store.history.listAll();
      expect([...all.keys()].sort()).toEqual([acme, globex].sort());
      expect(all.get(globex)).toEqual([{ type: "outcome", outcome: "offer", at: NOW }]);
    });

    it("goes with its interview when the interview is deleted", async () => {
      await store.history.add(acme, { type: "reply", from: null, at: NOW }, NOW);
      await store.db.deleteFrom("interviews").where("id", "=", acme).execute();
      expect(await store.history.list(acme)).toEqual([]);
    });

    it("refuses an event for an interview that does not exist", async () => {
      await expect(
        store.history.add(999, { type: "reply", from: null, at: NOW }, NOW),
      ).rejects.toThrow(/foreign key/i);
    });

    it("rolls back with the transaction it was written in", async () => {
      await expect(
        store.transaction(async (tx) => {
          await tx.history.add(acme, { type: "reply", from: null, at: NOW }, NOW);
          throw new Error("abandon");
        }),
      ).rejects.toThrow("abandon");
      expect(await store.history.list(acme)).toEqual([]);
    });

    it("treats a row that no longer parses as a bug, not as data", async () => {
      await store.db
        .insertInto("history_events")
        .values({ interview_id: acme, type: "sent", payload: "{}", at: NOW, created_at: NOW })
        .execute();
      await expect(store.history.list(acme)).rejects.toThrow();
    });
  });
