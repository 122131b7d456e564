import { describe, expect, it } from "vitest";
import type { InterviewDetails } from "../../src/core/interview.js";
import { DEFAULT_SCOPE } from "../../src/store/scope.js";
import { interviewFrom } from "../helpers/compose-records.js";
import { storesUnderTest, titled } from "../helpers/stores.js";

const STORES = await storesUnderTest();
const NOW = "2026-11-21T12:00:00.000Z";

function details(company: string): InterviewDetails {
  const { id: _id, status: _status, ...rest } = interviewFrom("acme-onsite.yaml");
  return { ...rest, company };
}

/** A promise and the function that settles it. */
function gate(): { opened: Promise<void>; open: () => void } {
  let open = () => {};
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

for (const kind of STORES)
  describe.skipIf(kind.skip !== null)(titled("a read-only transaction", kind), () => {
    it("reads one moment: what another connection writes meanwhile shows only after it", async () => {
      const reader = await kind.fresh();
      const writer = await kind.open(DEFAULT_SCOPE);
      try {
        await writer.interviews.save(details("Acme Robotics"), "record", NOW);
        const seen = await reader.read(async (tx) => {
          const before = await tx.interviews.list();
          await writer.interviews.save(details("Lumen"), "record", NOW);
          const after = await tx.interviews.list();
          return [before, after].map((list) => list.map((interview) => interview.company));
        });
        expect(seen).toEqual([["Acme Robotics"], ["Acme Robotics"]]);
        expect((await reader.interviews.list()).map((interview) => interview.company)).toEqual([
          "Acme Robotics",
          "Lumen",
        ]);
      } finally {
        await writer.close();
        await reader.close();
      }
    });

    it("waits for no write of the same candidate under way", async () => {
      const reader = await kind.fresh();
      const writer = await kind.open(DEFAULT_SCOPE);
      const written = gate();
      const read = gate();
      try {
        const writing = writer.transaction(async (tx) => {
          await tx.interviews.save(details("Acme Robotics"), "record", NOW);
          written.open();
          // The write holds the candidate's turn until the read has ended.
          await read.opened;
        });
        await written.opened;
        expect(await reader.read((tx) => tx.interviews.list())).toEqual([]);
        read.open();
        await writing;
        expect(await reader.read((tx) => tx.interviews.list())).toHaveLength(1);
      } finally {
        read.open();
        await writer.close();
        await reader.close();
      }
    });

    // SQLite has no read-only transaction to refuse one.
    if (kind.name === "PostgreSQL")
      it("refuses a write", async () => {
        const store = await kind.fresh();
        try {
          await expect(
            store.read((tx) => tx.interviews.save(details("Acme Robotics"), "record", NOW)),
          ).rejects.toThrow(/read-only transaction/);
          expect(await store.interviews.list()).toEqual([]);
        } finally {
          await store.close();
        }
      });
  });
