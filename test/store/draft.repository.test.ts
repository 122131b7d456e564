import { afterEach, describe, expect, it } from "vitest";
import type { NewDraft } from "../../src/store/draft.repository.js";
import type { Store } from "../../src/store/store.js";
import { interviewFrom } from "../helpers/compose-records.js";
import { storesUnderTest, titled, type StoreUnderTest } from "../helpers/stores.js";

const NOW = "2026-11-21T12:00:00.000Z";
const LATER = "2026-11-21T13:00:00.000Z";
const open: Store[] = [];

afterEach(async () => {
  for (const store of open.splice(0)) await store.close();
});

const STORES = await storesUnderTest();

async function storeWithInterview(kind: StoreUnderTest) {
  const store = await kind.fresh();
  open.push(store);
  const { id } = await store.interviews.save(interviewFrom("acme-onsite.yaml"), "record", NOW);
  return { store, interviewId: id };
}

function draft(interviewId: number, overrides: Partial<NewDraft> = {}): NewDraft {
  return {
    planItemId: `${interviewId}.thank-you.email.dana-whitfield`,
    interviewId,
    kind: "thank-you",
    channel: "email",
    recipient: { name: "Dana Whitfield", email: "dana.whitfield@acme.example" },
    sequence: 1,
    reason: null,
    subject: "Thank you",
    body: "Dear Dana,\n\nThank you.",
    provenance: [{ start: 0, end: 10, slot: "greeting", sources: ["interviewers[0].name"] }],
    notices: [],
    ...overrides,
  };
}

for (const kind of STORES)
  describe.skipIf(kind.skip !== null)(titled("DraftRepository", kind), () => {
    it("stores a draft for a planned message and finds it again", async () => {
      const { store, interviewId } = await storeWithInterview(kind);
      const saved = await store.drafts.insert(draft(interviewId), NOW);
      expect(saved).toMatchObject({
        id: 1,
        edited: false,
        generatedBody: "Dear Dana,\n\nThank you.",
        createdAt: NOW,
      });
      expect(await store.drafts.findByPlanItem(saved.planItemId)).toEqual(saved);
      expect(await store.drafts.get(saved.id)).toEqual(saved);
      expect(await store.drafts.list(interviewId)).toEqual([saved]);
      expect(await store.drafts.list(interviewId + 1)).toEqual([]);
    });

    it("keeps the candidate's edits beside what the composer wrote", async () => {
      const { store, interviewId } = await storeWithInterview(kind);
      const saved = await store.drafts.insert(draft(interviewId), NOW);
      const edited = await store.drafts.saveEdit(
        saved.id,
        { subject: "Thanks!", body: "Dear Dana,\n\nThanks so much.", provenance: [] },
        LATER,
      );
      expect(edited).toMatchObject({
        edited: true,
        subject: "Thanks!",
        generatedSubject: "Thank you",
        generatedBody: "Dear Dana,\n\nThank you.",
        editedAt: LATER,
      });
    });

    it("replaces a draft with a fresh composition, clearing the edit", async () => {
      const { store, interviewId } = await storeWithInterview(kind);
      const saved = await store.drafts.insert(draft(interviewId), NOW);
      await store.drafts.saveEdit(saved.id, { subject: "x", body: "y", provenance: [] }, LATER);
      const replaced = await store.drafts.replace(
        saved.id,
        draft(interviewId, { body: "Dear Dana,\n\nNew." }),
        LATER,
      );
      expect(replaced).toMatchObject({
        edited: false,
        body: "Dear Dana,\n\nNew.",
        editedAt: null,
        createdAt: NOW,
      });
    });

    it("refuses a second draft for the same planned message", async () => {
      const { store, interviewId } = await storeWithInterview(kind);
      await store.drafts.insert(draft(interviewId), NOW);
      await expect(store.drafts.insert(draft(interviewId), NOW)).rejects.toThrow(/unique/i);
    });

    it("goes with its interview", async () => {
      const { store, interviewId } = await storeWithInterview(kind);
      await store.drafts.insert(draft(interviewId), NOW);
      await store.db.deleteFrom("interviews").where("id", "=", interviewId).execute();
      expect(await store.drafts.list()).toEqual([]);
    });

    it("writes nothing when its transaction fails", async () => {
      const { store, interviewId } = await storeWithInterview(kind);
      await expect(
        store.transaction(async (tx) => {
          await tx.drafts.insert(draft(interviewId), NOW);
          throw new Error("boom");
        }),
      ).rejects.toThrow("boom");
      expect(await store.drafts.list()).toEqual([]);
    });
  });
