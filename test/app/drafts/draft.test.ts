import { readFileSync } from "node:fs";
import { join } from "node:path";
import { simpleParser } from "mailparser";
import { DateTime } from "luxon";
import { afterEach, describe, expect, it } from "vitest";
import type { AppContext } from "../../../src/app/context.js";
import {
  draftMessages,
  exportDraftEml,
  listDrafts,
  saveDraftEdit,
} from "../../../src/app/drafts/draft.js";
import { findInterviewer } from "../../../src/app/drafts/draft-targets.js";
import { otherDrafts } from "../../../src/app/drafts/other-drafts.js";
import { letterSentences } from "../../../src/core/letter-sentences.js";
import { loadPlan } from "../../../src/app/plan/plan.js";
import { openSqliteStore } from "../../../src/store/store.js";
import { interviewFrom, minimalInterview, profileFrom } from "../../helpers/compose-records.js";
import { tempHome } from "../../helpers/temp-home.js";
import { contextFor } from "../../helpers/context.js";

const contexts: AppContext[] = [];
afterEach(async () => {
  for (const ctx of contexts.splice(0)) await ctx.store.close();
});

async function context(
  options: { profile?: boolean } = {},
): Promise<AppContext & { home: string }> {
  const home = tempHome();
  const store = await openSqliteStore(home);
  const ctx = {
    ...contextFor(home, store, DateTime.fromISO("2026-11-21T15:00:00Z", { zone: "utc" })),
    home,
  };
  contexts.push(ctx);
  const interview = interviewFrom("acme-onsite.yaml");
  interview.interviewers.push(
    {
      name: "Sam Ortiz",
      title: null,
      email: null,
      discussed: ["the mobile release train"],
      notes: null,
    },
    {
      name: "Dana Reyes",
      title: null,
      email: "dana.reyes@acme.example",
      discussed: [],
      notes: null,
    },
  );
  await store.interviews.save(interview, "record", "2026-11-21T12:00:00Z");
  if (options.profile !== false)
    await store.profile.save(profileFrom("profile.yaml"), "2026-11-21T12:00:00Z");
  return ctx;
}

function value<T>(
  result: { ok: true; value: T } | { ok: false; errors: { message: string }[] },
): T {
  if (!result.ok) throw new Error(result.errors[0]!.message);
  return result.value;
}

describe("draftMessages", () => {
  it("drafts a thank-you for every interviewer, by e-mail where there is an address, else a card", async () => {
    const ctx = await context();
    const outcomes = value(await draftMessages(ctx, { interviewId: 1 }));
    expect(outcomes.map((o) => [o.draft.recipient.name, o.draft.channel, o.status])).toEqual([
      ["Dana Whitfield", "email", "created"],
      ["Sam Ortiz", "card", "created"],
      ["Dana Reyes", "email", "created"],
    ]);
    expect(outcomes[0]!.draft.planItemId).toBe("1.thank-you.email.dana-whitfield");
    expect(await listDrafts(ctx)).toHaveLength(3);
  });

  it("drafts for one person named by full name, given name or address", async () => {
    const ctx = await context();
    expect(
      value(await draftMessages(ctx, { interviewId: 1, to: "sam" }))[0]!.draft.recipient.name,
    ).toBe("Sam Ortiz");
    expect(
      value(await draftMessages(ctx, { interviewId: 1, to: "DANA REYES" }))[0]!.draft.recipient
        .name,
    ).toBe("Dana Reyes");
    const ambiguous = await draftMessages(ctx, { interviewId: 1, to: "Dana" });
    expect(ambiguous).toMatchObject({ ok: false, errors: [{ code: "ambiguous-recipient" }] });
    const unknown = await draftMessages(ctx, { interviewId: 1, to: "Pat" });
    expect(unknown).toMatchObject({ ok: false, errors: [{ code: "unknown-recipient" }] });
    expect(unknown.ok || unknown.errors[0]!.message).toMatch(
      /Dana Whitfield, Sam Ortiz, Dana Reyes/,
    );
  });

  it("is stable: drafting again changes nothing", async () => {
    const ctx = await context();
    const first = value(await draftMessages(ctx, { interviewId: 1 }));
    const again = value(await draftMessages(ctx, { interviewId: 1 }));
    expect(again.map((o) => o.status)).toEqual(["unchanged", "unchanged", "unchanged"]);
    expect(again.map((o) => o.draft.body)).toEqual(first.map((o) => o.draft.body));
  });

  it("keeps an edited draft unless forced", async () => {
    const ctx = await context();
    const [first] = value(await draftMessages(ctx, { interviewId: 1, to: "Dana Whitfield" }));
    value(
      await saveDraftEdit(ctx, first!.draft.id, {
        subject: first!.draft.subject,
        body: "Dear Dana,\n\nMy own words.",
      }),
    );
    const kept = value(await draftMessages(ctx, { interviewId: 1, to: "Dana Whitfield" }));
    expect(kept[0]).toMatchObject({
      status: "kept-edited",
      draft: { body: "Dear Dana,\n\nMy own words.", edited: true },
    });
    const forced = value(
      await draftMessages(ctx, { interviewId: 1, to: "Dana Whitfield", force: true }),
    );
    expect(forced[0]).toMatchObject({
      status: "replaced-edited",
      draft: { body: first!.draft.body, edited: false },
    });
  });

  it("refuses e-mail to someone without an address, and a check-in without a reason", async () => {
    const ctx = await context();
    expect(
      await draftMessages(ctx, { interviewId: 1, to: "Sam Ortiz", channel: "email" }),
    ).toMatchObject({
      ok: false,
      errors: [{ code: "no-email-address" }],
    });
    expect(await draftMessages(ctx, { interviewId: 1, kind: "check-in" })).toMatchObject({
      ok: false,
      errors: [{ code: "reason-needed" }],
    });
    expect(await listDrafts(ctx)).toEqual([]);
  });

  it("remembers a check-in's reason for the next re-draft", async () => {
    const ctx = await context();
    const reason = "I saw your talk at the Chicago meetup.";
    const [made] = value(await draftMessages(ctx, { interviewId: 1, kind: "check-in", reason }));
    expect(made!.draft.body).toContain(reason);
    const [again] = value(await draftMessages(ctx, { interviewId: 1, kind: "check-in" }));
    expect(again).toMatchObject({ status: "unchanged", draft: { reason } });
  });

  it("says what is missing: the interview, or the profile that signs the messages", async () => {
    const ctx = await context({ profile: false });
    expect(await draftMessages(ctx, { interviewId: 1 })).toMatchObject({
      ok: false,
      errors: [{ code: "no-profile" }],
    });
    expect(await draftMessages(ctx, { interviewId: 9 })).toMatchObject({
      ok: false,
      errors: [{ code: "no-such-interview" }],
    });
  });
});

describe("variety across drafts", () => {
  it("gives a second interview's thank-you every sentence of the first's to avoid, not its greeting or sign-off", async () => {
    const ctx = await context();
    await ctx.store.interviews.save(
      { ...minimalInterview(), start: "2026-11-20T10:00:00Z", end: "2026-11-20T11:00:00Z" },
      "record",
      "2026-11-21T12:00:00Z",
    );
    const [first] = value(await draftMessages(ctx, { interviewId: 1, to: "Dana Whitfield" }));
    const [second] = value(await draftMessages(ctx, { interviewId: 2 }));
    const avoided = (await otherDrafts(ctx)).except(second!.draft.planItemId);
    const body = first!.draft.body;
    const [greeting, ...rest] = body.split("\n\n");
    expect(greeting).toMatch(/^(?:Dear|Hello|Hi) Dana,$/);
    const middle = rest.slice(0, -1).join(" ");
    expect(avoided.length).toBeGreaterThan(2);
    for (const sentence of avoided) expect(middle).toContain(sentence);
    expect(avoided.join(" ").replace(/\s+/g, " ")).toBe(middle.replace(/\s+/g, " "));
    expect(avoided.some((s) => s.includes("Dear") || s.includes("Jordan Rivera"))).toBe(false);
  });

  it("avoids the drafts written before it, not its own earlier text or later ones, and reads an edited draft as the candidate wrote it", async () => {
    const ctx = await context();
    const outcomes = value(await draftMessages(ctx, { interviewId: 1 }));
    const [dana, sam] = outcomes;
    const sentencesOf = (o: (typeof outcomes)[number]) =>
      letterSentences(o.draft.body, o.draft.provenance);
    // The first draft redrafted avoids nothing: drafting it again comes out the same.
    expect((await otherDrafts(ctx)).except(dana!.draft.planItemId)).toEqual([]);
    const forSam = (await otherDrafts(ctx)).except(sam!.draft.planItemId);
    const samOnly = sentencesOf(sam!).filter((s) => !dana!.draft.body.includes(s));
    expect(samOnly.length).toBeGreaterThan(0);
    expect(forSam.filter((sentence) => samOnly.includes(sentence))).toEqual([]);
    expect(forSam.some((sentence) => dana!.draft.body.includes(sentence))).toBe(true);
    value(
      await saveDraftEdit(ctx, dana!.draft.id, {
        subject: dana!.draft.subject,
        body: "Dear Dana,\n\nThe release train sounded fun. I will bring my notes.\n\nBest regards,\nJordan",
      }),
    );
    const edited = (await otherDrafts(ctx)).except(sam!.draft.planItemId);
    expect(edited).toContain("The release train sounded fun.");
    expect(edited).toContain("I will bring my notes.");
    expect(edited.some((s) => /Dear Dana|Best regards|^Jordan$/.test(s))).toBe(false);
  });
});

describe("drafting from the plan", () => {
  it("drafts the plan's most urgent message, to the person and under the id the plan gives it", async () => {
    const ctx = await context();
    const later = { ...ctx, now: DateTime.fromISO("2026-11-28T16:00:00Z", { zone: "utc" }) };
    const plan = (await loadPlan(later, 1))!;
    const [outcome, ...rest] = value(await draftMessages(later, { interviewId: 1 }));
    expect(rest).toEqual([]);
    expect(outcome!.draft).toMatchObject({
      kind: "status-follow-up",
      channel: "email",
      sequence: 1,
      recipient: { name: "Dana Whitfield", email: "dana.whitfield@acme.example" },
    });
    expect(plan.map((item) => item.id)).toContain(outcome!.draft.planItemId);
    expect(outcome!.draft.body).toMatch(/November 20/);
  });

  it("files a thank-you under the plan's own item", async () => {
    const ctx = await context();
    const plan = (await loadPlan(ctx, 1))!;
    const outcomes = value(await draftMessages(ctx, { interviewId: 1 }));
    for (const { draft } of outcomes) {
      const item = plan.find((i) => i.id === draft.planItemId);
      expect(item, draft.planItemId).toMatchObject({ kind: "thank-you", channel: draft.channel });
    }
  });

  it("refuses an interview that does not yet name its company, position or interviewers", async () => {
    const ctx = await context();
    const id = (
      await ctx.store.interviews.save(
        {
          ...interviewFrom("acme-onsite.yaml"),
          company: "",
          start: "2026-12-01T10:00:00-06:00",
          end: "2026-12-01T11:00:00-06:00",
        },
        "calendar",
        "2026-11-21T12:00:00Z",
      )
    ).id;
    const result = await draftMessages(ctx, { interviewId: id });
    expect(result).toMatchObject({ ok: false, errors: [{ code: "missing-details" }] });
    expect(result.ok || result.errors[0]!).toMatchObject({ id, message: /does not name its/ });
  });
});

describe("saveDraftEdit", () => {
  it("keeps the provenance of the sentences the candidate left alone", async () => {
    const ctx = await context();
    const [made] = value(await draftMessages(ctx, { interviewId: 1, to: "Dana Whitfield" }));
    const body = `Hi there,\n\n${made!.draft.body.split("\n\n").slice(1).join("\n\n")}`;
    const { draft, changed } = value(
      await saveDraftEdit(ctx, made!.draft.id, { subject: "New subject", body }),
    );
    expect(changed).toBe(true);
    expect(draft.provenance.some((p) => p.slot === "greeting")).toBe(false);
    const point = draft.provenance.find((p) => p.slot === "specific-point")!;
    expect(body.slice(point.start, point.end)).toContain("Kafka");
  });

  it("saves nothing when nothing changed, and refuses an empty draft", async () => {
    const ctx = await context();
    const [made] = value(await draftMessages(ctx, { interviewId: 1, to: "Sam" }));
    const same = value(
      await saveDraftEdit(ctx, made!.draft.id, { subject: null, body: `${made!.draft.body}\n` }),
    );
    expect(same.changed).toBe(false);
    expect(await saveDraftEdit(ctx, made!.draft.id, { subject: null, body: " \n" })).toMatchObject({
      ok: false,
      errors: [{ code: "empty-draft" }],
    });
  });
});

describe("exportDraftEml", () => {
  it("writes a name typed in lower case as the envelope should show it", async () => {
    const ctx = await context();
    const interview = { ...interviewFrom("acme-onsite.yaml"), company: "Northwind" };
    interview.interviewers = [
      { ...interview.interviewers[0]!, name: "priya natarajan", email: "priya@acme.example" },
    ];
    const saved = await ctx.store.interviews.save(interview, "record", "2026-11-21T12:00:00Z");
    const [made] = value(
      await draftMessages(ctx, { interviewId: saved.id, to: "priya natarajan" }),
    );
    const file = join(ctx.home, "priya.eml");
    value(await exportDraftEml(ctx, made!.draft.id, file));
    const parsed = await simpleParser(readFileSync(file));
    expect(parsed.to).toMatchObject({
      value: [{ name: "Priya Natarajan", address: "priya@acme.example" }],
    });
  });

  it("writes a standard message a mail program reads back whole", async () => {
    const ctx = await context();
    const [made] = value(await draftMessages(ctx, { interviewId: 1, to: "Dana Whitfield" }));
    value(
      await saveDraftEdit(ctx, made!.draft.id, {
        subject: "Merci — Senior Backend Engineer",
        body: `${made!.draft.body}\n\nP.S. Zoë sends her best. 🚀`,
      }),
    );
    const file = join(ctx.home, "dana.eml");
    value(await exportDraftEml(ctx, made!.draft.id, file));
    const raw = readFileSync(file);
    const text = raw.toString("latin1");
    expect(text).toMatch(/^MIME-Version: 1\.0\r$/m);
    expect(text).toMatch(/^Content-Type: text\/plain; charset=utf-8\r$/m);
    expect(text).toMatch(/^Content-Transfer-Encoding: (quoted-printable|base64)\r$/m);
    expect(text).toMatch(/^Subject: =\?UTF-8\?[QB]\?/m);
    expect(text).toMatch(/^Message-ID: <[^>]+@example\.com>\r$/m);
    expect(/[^\p{ASCII}]/u.test(text)).toBe(false);

    const parsed = await simpleParser(raw);
    expect(parsed.subject).toBe("Merci — Senior Backend Engineer");
    expect(parsed.from?.value[0]).toMatchObject({
      name: "Jordan Rivera",
      address: "jordan@example.com",
    });
    expect(parsed.to).toMatchObject({
      value: [{ name: "Dana Whitfield", address: "dana.whitfield@acme.example" }],
    });
    expect(parsed.date?.toISOString()).toBe("2026-11-21T15:00:00.000Z");
    expect(parsed.text?.trimEnd()).toBe(`${made!.draft.body}\n\nP.S. Zoë sends her best. 🚀`);
  });

  it("refuses a card and a folder it cannot write to", async () => {
    const ctx = await context();
    const [card] = value(await draftMessages(ctx, { interviewId: 1, to: "Sam" }));
    expect(await exportDraftEml(ctx, card!.draft.id, join(ctx.home, "x.eml"))).toMatchObject({
      ok: false,
      errors: [{ code: "not-an-email" }],
    });
    const [mail] = value(await draftMessages(ctx, { interviewId: 1, to: "Dana Whitfield" }));
    expect(
      await exportDraftEml(ctx, mail!.draft.id, join(ctx.home, "missing", "x.eml")),
    ).toMatchObject({
      ok: false,
      errors: [{ code: "cannot-write-file" }],
    });
  });
});

describe("findInterviewer", () => {
  const base = minimalInterview();
  const interview = {
    ...base,
    interviewers: [
      { ...base.interviewers[0]!, name: "Zoë Martin" },
      { ...base.interviewers[0]!, name: "Zoe Martin" },
    ],
  };

  it("takes the name as typed before a match that ignores accents", () => {
    expect(value(findInterviewer(interview, "Zoe Martin")).name).toBe("Zoe Martin");
    expect(value(findInterviewer(interview, "zoë martin")).name).toBe("Zoë Martin");
  });

  it("asks for more when only an accent-blind match is left", () => {
    expect(findInterviewer(interview, "Zoé Martin")).toMatchObject({
      ok: false,
      errors: [{ code: "ambiguous-recipient" }],
    });
  });
});
