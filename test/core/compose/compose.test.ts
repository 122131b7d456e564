import { describe, expect, it } from "vitest";
import { composeMessage, NEAR_COPY_NOTICE } from "../../../src/core/compose/compose.js";
import type { ComposeRequest } from "../../../src/core/compose/composed-message.js";
import {
  CHANNELS,
  MESSAGE_KINDS,
  type Channel,
  type MessageKind,
} from "../../../src/core/message.js";
import { noteWordCount, readMessage } from "../../../src/core/check/message-text.js";
import { panelOverlap, trigramJaccard } from "../../../src/core/trigram-overlap.js";
import type { Interview } from "../../../src/core/interview.js";
import { interviewFrom, minimalInterview, profileFrom } from "../../helpers/compose-records.js";
import { formProblems, missingElements } from "../../helpers/message-checks.js";

const acme = interviewFrom("acme-onsite.yaml");
const profile = profileFrom("profile.yaml");
const REASON = "I read about your new office in Lisbon.";

function compose(
  interview: Interview,
  kind: MessageKind,
  channel: Channel,
  reader = 0,
  extra: Partial<ComposeRequest> = {},
) {
  const person = interview.interviewers[reader]!;
  const result = composeMessage({
    interview,
    profile,
    kind,
    channel,
    recipient: { name: person.name, email: person.email },
    reason: REASON,
    ...extra,
  });
  if (!result.ok) throw new Error(result.errors[0]!.message);
  return result.value;
}

describe.each(MESSAGE_KINDS)("%s", (kind) => {
  it.each(CHANNELS)(
    "on %s has every required element, within its limit, with nothing to fill in",
    (channel) => {
      const message = compose(acme, kind, channel);
      expect(missingElements(message, acme, profile)).toEqual([]);
      expect(formProblems(message)).toEqual([]);
    },
  );

  it.each(CHANNELS)("on %s is written from a record with only the required fields", (channel) => {
    const interview = minimalInterview();
    const result = composeMessage({
      interview,
      profile,
      kind,
      channel,
      recipient: { name: "Sam", email: null },
      reason: REASON,
    });
    if (kind === "additional-info") {
      expect(result).toMatchObject({ ok: false, errors: [{ code: "nothing-to-add" }] });
      return;
    }
    if (!result.ok) throw new Error(result.errors[0]!.message);
    expect(formProblems(result.value)).toEqual([]);
    expect(missingElements(result.value, interview, profile)).toEqual([]);
  });
});

describe("a reader whose name differs from a colleague's only by an accent", () => {
  it("gets the note written for them", () => {
    const base = minimalInterview();
    const interview: Interview = {
      ...base,
      interviewers: [
        { ...base.interviewers[0]!, name: "Zoë Martin", discussed: ["the ward rota"] },
        { ...base.interviewers[0]!, name: "Zoe Martin", discussed: ["the audit backlog"] },
      ],
    };
    const result = composeMessage({
      interview,
      profile,
      kind: "thank-you",
      channel: "email",
      recipient: { name: "Zoe Martin", email: null },
    });
    if (!result.ok) throw new Error(result.errors[0]!.message);
    expect(result.value.body).toContain("the audit backlog");
    expect(result.value.body).not.toContain("the ward rota");
  });
});

describe("a panel whose notes cannot be told apart", () => {
  it("says so in the note rather than pass it off as personal", () => {
    const base = minimalInterview();
    const interview: Interview = {
      ...base,
      interviewers: ["Mei-Ling Sørensen", "Prince", "Dr. Dana D'Angelo", "Oyelaran"].map(
        (name) => ({ ...base.interviewers[0]!, name }),
      ),
      promised: [
        { what: "the caching benchmarks for the Q3 migration", url: null },
        {
          what: "a write-up of how we moved the on-call rota and the loyalty data API to the new forecasting platform",
          url: "https://example.com/work",
        },
      ],
    };
    const notes = interview.interviewers.map((person) => {
      const result = composeMessage({
        interview,
        profile,
        kind: "additional-info",
        channel: "linkedin",
        recipient: { name: person.name, email: null },
      });
      if (!result.ok) throw new Error(result.errors[0]!.message);
      return result.value;
    });
    const flagged = notes.filter((note) => note.notices.includes(NEAR_COPY_NOTICE));
    for (const [i, note] of notes.entries()) {
      const closest = Math.max(0, ...notes.slice(0, i).map((o) => panelOverlap(o.body, note.body)));
      expect(flagged.includes(note)).toBe(closest >= 0.5);
    }
  });
});

describe("a thank-you e-mail", () => {
  // Dana raised the concern and asked for the write-up; the open question is a colleague's.
  const raised: Interview = {
    ...acme,
    interviewers: [
      acme.interviewers[0]!,
      { ...acme.interviewers[0]!, name: "Lee Park", email: "lee@acme.example", discussed: [] },
    ],
    concerns: acme.concerns.map((c) => ({ ...c, raisedBy: "Dana Whitfield" })),
    promised: acme.promised.map((p) => ({ ...p, raisedBy: "Dana Whitfield" })),
    unanswered: acme.unanswered.map((q) => ({ ...q, raisedBy: "Lee Park" })),
  };
  const message = compose(raised, "thank-you", "email");

  it("greets the reader and signs with the candidate's name and phone", () => {
    expect(message.body).toMatch(/^(Dear|Hello|Hi) Dana,\n\n/);
    // The reader has the address the message came from; a short block reads as a person's.
    expect(message.body.endsWith("Jordan Rivera\n+1 555 0100")).toBe(true);
  });

  it("cites the reader's point, answers the concern and links the promised material", () => {
    expect(message.body).toContain("moving the fleet telemetry pipeline to Kafka");
    expect(message.body).toContain("Since we spoke I have ported our ingest service to Go");
    expect(message.body).toContain("\nhttps://example.com/load-testing\n");
    expect(message.body).toContain("December 1");
  });

  it("never quotes the interviewer's private notes", () => {
    expect(message.body).not.toContain("free text");
  });

  it("runs to the length a thank-you e-mail should", () => {
    const words = message.body.match(/[\p{L}\p{N}]+/gu)!.length;
    expect(words).toBeGreaterThanOrEqual(75);
    expect(words).toBeLessThanOrEqual(200);
  });

  it("offers anything else they need only when the notes are too sparse to reach 60 words without it", () => {
    const sparse = compose(minimalInterview(), "thank-you", "email");
    const words = (body: string) => noteWordCount(readMessage(body));
    expect(words(sparse.body)).toBeGreaterThanOrEqual(60);
    expect(sparse.body).toMatch(/anything else|anything further/);
    expect(sparse.provenance.some((entry) => entry.slot === "offer")).toBe(true);
    expect(message.body).not.toMatch(/anything else|anything further/);
    expect(message.provenance.some((entry) => entry.slot === "offer")).toBe(false);
  });

  it("says for each sentence which record fields it came from", () => {
    const bySlot = (slot: string) => message.provenance.filter((p) => p.slot === slot);
    expect(bySlot("greeting")[0]!.sources).toEqual(["interviewers[0].name"]);
    expect(bySlot("specific-point")[0]!.sources).toEqual(["interviewers[0].discussed[0]"]);
    // The subject names the position; the body names the company once, with the interest.
    expect(message.subject).toContain("Backend");
    expect(bySlot("opening-thanks")).toHaveLength(1);
    expect(bySlot("interest").flatMap((p) => p.sources)).toContain("company");
    expect(bySlot("concern-answered").flatMap((p) => p.sources)).toEqual(
      expect.arrayContaining(["concerns[0].concern", "concerns[0].response"]),
    );
    expect(bySlot("promised-material")[0]!.sources).toEqual([
      "promised[0].what",
      "promised[0].url",
    ]);
    expect(bySlot("signature")[0]!.sources).toEqual(["profile.name", "profile.phone"]);
    for (const entry of message.provenance) {
      const text = message.body.slice(entry.start, entry.end);
      expect(text.trim()).toBe(text);
      expect(text.length).toBeGreaterThan(0);
    }
    const point = bySlot("specific-point")[0]!;
    expect(message.body.slice(point.start, point.end)).toContain(
      "moving the fleet telemetry pipeline",
    );
  });

  it("comes out the same every time", () => {
    expect(compose(raised, "thank-you", "email")).toEqual(message);
  });
});

describe("channels", () => {
  it("keeps links off a card, even links typed into the notes", () => {
    const interview = {
      ...acme,
      interviewers: [
        { ...acme.interviewers[0]!, discussed: ["the design doc at https://docs.example/abc"] },
      ],
    };
    const card = compose(interview, "thank-you", "card");
    expect(card.body).not.toMatch(/https?:|www\./);
    expect(card.body).toContain("the design doc");
  });

  it("fits a LinkedIn note to 300 characters however long the point, keeping its start", () => {
    const long =
      "the plan to move every regional warehouse onto the new routing engine before peak season, including the fallback runbooks, the staged rollout by region, the training for night-shift supervisors and the dashboards the operations team asked for";
    const interview = {
      ...acme,
      position: "Principal Staff Software Engineer, Logistics Platform and Routing Infrastructure",
      interviewers: [{ ...acme.interviewers[0]!, discussed: [long] }],
    };
    const note = compose(interview, "thank-you", "linkedin");
    expect([...note.body].length).toBeLessThanOrEqual(300);
    expect(note.body).toContain(
      "the plan to move every regional warehouse onto the new routing engine",
    );
    expect(note.body).toMatch(/^(?:Hi|Hello|Dear) Dana,/);
  });

  it("counts a LinkedIn note in characters a person sees", () => {
    const interview = { ...acme, company: "Société Générale 🚀" };
    const note = compose(interview, "rejection-reply", "linkedin");
    expect(formProblems(note)).toEqual([]);
  });

  it("gives a subject only to e-mail", () => {
    for (const kind of MESSAGE_KINDS) {
      expect(compose(acme, kind, "email").subject).toEqual(expect.any(String));
      expect(compose(acme, kind, "card").subject).toBeNull();
      expect(compose(acme, kind, "linkedin").subject).toBeNull();
    }
  });

  it("keeps the subject short when the position is long", () => {
    const interview = {
      ...acme,
      position: "Senior Principal Distributed Systems Engineer, Telemetry Platform",
    };
    for (const kind of MESSAGE_KINDS) {
      expect(compose(interview, kind, "email").subject!.length).toBeLessThanOrEqual(60);
    }
  });
});

describe("a panel", () => {
  const panel: Interview = {
    ...acme,
    interviewers: [
      {
        name: "Dana Whitfield",
        title: null,
        email: "dana@acme.example",
        discussed: ["the Kafka migration"],
        notes: null,
      },
      {
        name: "Sam Ortiz",
        title: null,
        email: "sam@acme.example",
        discussed: ["the mobile release train"],
        notes: null,
      },
      { name: "Kim Lee", title: null, email: "kim@acme.example", discussed: [], notes: null },
      { name: "Ana Ruiz", title: null, email: "ana@acme.example", discussed: [], notes: null },
    ],
  };

  it("gets notes that read apart, even for two readers the notes say nothing different about", () => {
    for (const kind of MESSAGE_KINDS) {
      for (const channel of CHANNELS) {
        const bodies = panel.interviewers.map((_, i) => compose(panel, kind, channel, i).body);
        for (let a = 0; a < bodies.length; a++) {
          for (let b = a + 1; b < bodies.length; b++) {
            expect(
              trigramJaccard(bodies[a]!, bodies[b]!),
              `${kind}/${channel} ${a}-${b}`,
            ).toBeLessThan(0.5);
          }
        }
      }
    }
  });

  it("never lets one reader's note cite a colleague's conversation", () => {
    const toSam = compose(panel, "thank-you", "email", 1);
    expect(toSam.body).toContain("the mobile release train");
    expect(toSam.body).not.toContain("Kafka migration");
    const toKim = compose(panel, "thank-you", "email", 2);
    expect(toKim.body).not.toContain("Kafka migration");
    expect(toKim.body).not.toContain("mobile release train");
    expect(toKim.body).toContain("the team's on-call rotation");
  });

  it("writes one reader's note the same whether or not the others are drafted too", () => {
    const alone = compose(panel, "thank-you", "email", 3);
    panel.interviewers.forEach((_, i) => compose(panel, "thank-you", "email", i));
    expect(compose(panel, "thank-you", "email", 3)).toEqual(alone);
  });

  it("tells the candidate when the notes hold nothing a reader discussed", () => {
    const bare = { ...panel, discussed: [] };
    const note = compose(bare, "thank-you", "email", 2);
    expect(note.notices.join(" ")).toMatch(/nothing discussed with Kim/);
    expect(formProblems(note)).toEqual([]);
  });
});

describe("what cannot be written", () => {
  it("a check-in without a reason to write", () => {
    const result = composeMessage({
      interview: acme,
      profile,
      kind: "check-in",
      channel: "email",
      recipient: { name: "Dana Whitfield", email: null },
    });
    expect(result).toMatchObject({ ok: false, errors: [{ code: "reason-needed" }] });
  });

  it("additional information when there is nothing to add", () => {
    const result = composeMessage({
      interview: { ...acme, concerns: [], unanswered: [], promised: [] },
      profile,
      kind: "additional-info",
      channel: "email",
      recipient: { name: "Dana Whitfield", email: null },
    });
    expect(result).toMatchObject({ ok: false, errors: [{ code: "nothing-to-add" }] });
  });
});

describe("the record's own words", () => {
  it("reads correctly whatever case and punctuation the notes were typed in", () => {
    const interview: Interview = {
      ...acme,
      interviewers: [
        { ...acme.interviewers[0]!, discussed: ["The Weekly demo day.", "API DESIGN REVIEWS"] },
      ],
      // With nothing else in the notes, both points are named.
      fit: [],
      concerns: [],
      unanswered: [],
      promised: [],
    };
    const body = compose(interview, "thank-you", "email").body;
    expect(body).toContain("the Weekly demo day");
    expect(body).not.toContain("day.,");
    expect(body).toContain("API design reviews");
  });

  it("answers a question asked of the candidate as theirs to answer", () => {
    const interview: Interview = {
      ...acme,
      concerns: [],
      unanswered: [{ question: "How would you shard the job scheduler?", answer: "by tenant" }],
    };
    // A short answer goes in the thank-you, and no separate message repeats it.
    const message = compose(interview, "thank-you", "email");
    expect(message.body).toContain("how I would shard the job scheduler");
    expect(message.body).toMatch(/by tenant\./i);
    expect(formProblems(message)).toEqual([]);
  });

  it("writes the interview's date the way its readers do", () => {
    const london = { ...acme, timeZone: "Europe/London", start: "2026-11-20T14:00:00Z" };
    expect(compose(london, "status-follow-up", "email").body).toContain("20 November");
    expect(compose(acme, "status-follow-up", "email").body).toMatch(/November 20(,| )/);
  });

  it("opens a second follow-up differently from the first", () => {
    const first = compose(acme, "status-follow-up", "email", 0, { sequence: 1 });
    const second = compose(acme, "status-follow-up", "email", 0, { sequence: 2 });
    expect(second.body).not.toEqual(first.body);
    expect(second.body).toMatch(/once more|again|one more note/);
  });
});

describe("an additional-information e-mail from sparse notes", () => {
  const words = (body: string) => noteWordCount(readMessage(body));
  const sparse: Interview = {
    ...minimalInterview(),
    promised: [{ what: "the dashboard sample", url: "https://example.com/dashboard" }],
  };

  it("offers a call only when it would otherwise fall short of 40 words", () => {
    let offers = 0;
    for (const sequence of [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]) {
      const message = compose(sparse, "additional-info", "email", 0, { sequence });
      expect(words(message.body)).toBeGreaterThanOrEqual(40);
      const offer = message.provenance.find((entry) => entry.slot === "offer");
      if (!offer) continue;
      offers++;
      const without = message.body.slice(0, offer.start) + message.body.slice(offer.end);
      expect(words(without)).toBeLessThan(40);
    }
    expect(offers).toBeGreaterThan(0);
    const full = compose(acme, "additional-info", "email");
    expect(full.provenance.some((entry) => entry.slot === "offer")).toBe(false);
  });
});

describe("promised material typed as a bare noun", () => {
  const bare: Interview = {
    ...minimalInterview(),
    promised: [
      { what: "caching programme sample", url: "https://example.com/caching" },
      { what: "work samples", url: null },
    ],
  };

  it("is named with “the”, and no verb has to agree with a plural", () => {
    for (const sequence of [1, 2, 3, 4, 5, 6]) {
      const message = compose(bare, "additional-info", "email", 0, { sequence });
      expect(message.body).toContain("the caching programme sample");
      expect(message.body).toContain("the work samples");
      expect(message.body).not.toMatch(
        /samples? (?:is|are) (?:attached|online|here)|here (?:is|are) the/,
      );
    }
  });
});

describe("a note's closing line", () => {
  it("never says “again” when the opening already has", () => {
    for (const kind of MESSAGE_KINDS) {
      for (const sequence of [1, 2, 3, 4, 5, 6]) {
        const body = compose(acme, kind, "email", 0, { sequence }).body;
        const afterSubject = body.replace(/^Subject:.*\n/, "");
        expect(afterSubject.match(/\bagain\b/gi)?.length ?? 0, `${kind} #${sequence}`).toBeLessThan(
          2,
        );
      }
    }
  });
});
