import { afterEach, describe, expect, it } from "vitest";
import type { InterviewDetails } from "../../src/core/interview.js";
import type { Store } from "../../src/store/store.js";
import { interviewFrom, profileFrom } from "../helpers/compose-records.js";
import { storesUnderTest, titled } from "../helpers/stores.js";

const STORES = await storesUnderTest();
const NOW = "2026-11-21T12:00:00.000Z";

function details(overrides: Partial<InterviewDetails>): InterviewDetails {
  const { id: _id, status: _status, ...rest } = interviewFrom("acme-onsite.yaml");
  return { ...rest, ...overrides };
}

/** What the three reads on their own give, which the agenda's one read must give as well. */
async function apart(store: Store) {
  return {
    profile: await store.profile.get(),
    interviews: await store.interviews.list(),
    histories: await store.history.listAll(),
  };
}

for (const kind of STORES)
  describe.skipIf(kind.skip !== null)(titled("the agenda repository", kind), () => {
    let store: Store;
    afterEach(() => store.close());

    it("reads nothing from an empty store", async () => {
      store = await kind.fresh();
      expect(await store.agenda.read()).toEqual({
        profile: null,
        interviews: [],
        histories: new Map(),
      });
    });

    it("reads the profile, the interviews with their interviewers and the history as the repositories do", async () => {
      store = await kind.fresh();
      await store.profile.save(profileFrom("profile.yaml"), NOW);
      // Saved out of order, in different zones, with interviewers in a chosen order, and one
      // interview without any: the order and the instants must come back as the repositories give them.
      const later = await store.interviews.save(
        details({
          company: "Société Générale Ñandú",
          timeZone: "Europe/Paris",
          start: "2026-11-28T10:00:00+01:00",
          end: "2026-11-28T11:00:00+01:00",
          interviewers: [
            { name: "Zoë Ångström", title: "CTO", email: null, discussed: ["π"], notes: "kind" },
            { name: "Ada Byrne", title: null, email: "ada@sg.example", discussed: [], notes: null },
          ],
        }),
        "record",
        NOW,
      );
      const earlier = await store.interviews.save(
        details({ start: "2026-11-18T09:00:00-06:00", end: "2026-11-18T10:00:00-06:00" }),
        "record",
        NOW,
      );
      await store.interviews.save(
        details({
          company: "Lumen",
          start: "2026-11-24T09:00:00-06:00",
          end: "2026-11-24T10:00:00-06:00",
          interviewers: [],
        }),
        "calendar",
        NOW,
      );
      await store.history.add(later.id, { type: "reply", from: "Zoë", at: NOW }, NOW);
      await store.history.add(
        earlier.id,
        {
          type: "sent",
          kind: "thank-you",
          channel: "email",
          to: "Dana Whitfield",
          at: "2026-11-18T17:45:00-06:00",
        },
        NOW,
      );
      await store.history.add(
        earlier.id,
        { type: "outcome", outcome: "rejected", at: "2026-11-18T10:00:00Z", from: null },
        NOW,
      );

      const read = await store.agenda.read();
      expect(read).toEqual(await apart(store));
      expect(read.interviews.map((interview) => interview.company)).toEqual([
        "Acme Robotics",
        "Lumen",
        "Société Générale Ñandú",
      ]);
      expect(read.interviews[2]!.interviewers.map((person) => person.name)).toEqual([
        "Zoë Ångström",
        "Ada Byrne",
      ]);
      expect(read.histories.get(earlier.id)?.map((event) => event.type)).toEqual([
        "outcome",
        "sent",
      ]);
    });
  });
