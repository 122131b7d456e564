import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { json, runCli } from "../helpers/cli.js";
import { dovecotMissing } from "../helpers/mail/dovecot.js";
import {
  FIXTURES,
  PASSWORD_ENV,
  emlFile,
  preparedHome,
  startMailServers,
  type MailServers,
} from "../helpers/mail/world.js";

const missing = dovecotMissing();
const OUTGOING = join(FIXTURES, "mail", "outgoing");
const REPLIES = join(FIXTURES, "mail", "replies");
const REAL = join(FIXTURES, "mail", "real-world");

interface Added {
  file: string;
  messageId: string | null;
  inReplyTo: string | null;
  kind: string;
  matched: { interviewId: number | null; messageId: string | null; by: string } | null;
  recorded: boolean;
  answers: boolean;
  rejection: { suggestion: string } | null;
  bounce: { address: string; reason: string } | null;
  cancelled: number[];
}

describe.skipIf(missing)("afterword inbox add: replies, auto-replies and bounces", () => {
  let servers: MailServers;
  let home: string;
  let followUp: number;
  const cli = (args: string[], now = "2026-11-20T22:00Z") =>
    runCli(args, { home, env: PASSWORD_ENV, now });
  const add = async (...files: string[]) => {
    const result = await cli(["inbox", "add", ...files, "--json"]);
    expect(result.code, result.stderr).toBe(0);
    return json<Added[]>(result);
  };
  const followUpState = async () =>
    json<{ id: number; state: string; note: string | null }[]>(
      await cli(["outbox", "--json"]),
    ).find((item) => item.id === followUp)!;

  beforeAll(async () => {
    servers = await startMailServers();
  });
  afterAll(async () => {
    await servers?.stop();
  });

  /** A fresh data folder: both thank-you notes sent, a status follow-up queued for next week. */
  async function sentBoth(): Promise<void> {
    home = await preparedHome(servers);
    for (const file of ["thank-you-dana.eml", "thank-you-sam.eml"]) {
      const queued = await cli(["send", join(OUTGOING, file), "--kind", "thank-you", "--yes"]);
      expect(queued.code, queued.stderr).toBe(0);
    }
    const worked = await cli(["worker", "--once"]);
    expect(worked.stderr).not.toContain("The plan was not updated");
    const queued = await cli([
      "send",
      join(OUTGOING, "status-follow-up.eml"),
      "--kind",
      "status-follow-up",
      "--at",
      "2026-11-27 10:00",
      "--yes",
      "--json",
    ]);
    followUp = json<{ id: number }>(queued).id;
  }

  it("takes auto-replies, with and without Auto-Submitted, for what they are: follow-ups stay", async () => {
    await sentBoth();
    const added = await add(
      join(REPLIES, "dana-automatic-reply-auto-submitted.eml"),
      join(REPLIES, "dana-abwesenheitsnotiz-no-header.eml"),
      join(REPLIES, "careers-ticket-acknowledgement.eml"),
    );
    expect(added.map((a) => a.kind)).toEqual(["auto-reply", "auto-reply", "auto-reply"]);
    expect(added[0]).toMatchObject({
      messageId: "<oof-dana-1@mail.acme.example>",
      inReplyTo: "<thank-you-dana@example.com>",
      matched: { interviewId: 1, messageId: "<thank-you-dana@example.com>", by: "thread" },
      cancelled: [],
    });
    expect(added[2]!.matched).toMatchObject({ interviewId: 1, by: "domain" });
    expect(await followUpState()).toMatchObject({ state: "queued" });
    const plan = json<{ kind: string; state: string }[]>(await cli(["plan", "1", "--json"]));
    expect(plan.filter((i) => i.kind === "status-follow-up").map((i) => i.state)).not.toContain(
      "cancelled",
    );
  });

  it("marks a bounced address as bad and says so; follow-ups stay", async () => {
    await sentBoth();
    const [bounce] = await add(join(REPLIES, "sam-bounce-user-unknown.eml"));
    expect(bounce).toMatchObject({
      kind: "bounce",
      matched: { interviewId: 1, messageId: "<thank-you-sam@example.com>", by: "returned" },
      bounce: { address: "sam.okafor@acme.example" },
    });
    expect(bounce!.bounce!.reason).toContain("550 5.1.1");
    expect(await followUpState()).toMatchObject({ state: "queued" });

    const told = await cli(["inbox", "add", join(REPLIES, "sam-bounce-user-unknown.eml")]);
    expect(told.stdout).toContain("already recorded");
    const [sam] = json<{ to: { email: string }[]; note: string | null }[]>(
      await cli(["outbox", "--json"]),
    ).filter((item) => item.to[0]!.email === "sam.okafor@acme.example");
    expect(sam!.note).toContain("Came back from sam.okafor@acme.example");

    const toSam = emlFile(home, "sam-again.eml", {
      to: "sam.okafor@acme.example",
      subject: "Trying again",
      body: "Hello Sam.",
    });
    const again = await cli(["send", toSam, "--yes"]);
    expect(again.code).toBe(0);
    expect(again.stderr).toContain("Mail to sam.okafor@acme.example came back before: 550 5.1.1");
    const other = await cli(["send", join(OUTGOING, "status-follow-up.eml"), "--yes"]);
    expect(other.stderr).not.toContain("came back");
  });

  it("lets a human reply, threaded by its headers, cancel the queued follow-up", async () => {
    await sentBoth();
    const [reply] = await add(join(REPLIES, "dana-human-threaded.eml"));
    expect(reply).toMatchObject({
      kind: "human",
      messageId: "<CAF8k2x9dana-reply@mail.acme.example>",
      inReplyTo: "<thank-you-dana@example.com>",
      matched: { interviewId: 1, messageId: "<thank-you-dana@example.com>", by: "thread" },
      recorded: true,
      cancelled: [followUp],
      rejection: null,
    });
    expect(await followUpState()).toMatchObject({
      state: "cancelled",
      note: "Dana Whitfield answered on 2026-11-23",
    });
    const [again] = await add(join(REPLIES, "dana-human-threaded.eml"));
    expect(again).toMatchObject({ recorded: false, cancelled: [] });

    const plan = json<{ kind: string; state: string; recipient: { name: string } }[]>(
      await cli(["plan", "1", "--json"], "2026-11-21T00:00Z"),
    );
    const followUps = plan.filter((item) => item.kind === "status-follow-up");
    expect(followUps.length).toBeGreaterThan(0);
    expect(followUps.every((item) => item.state === "cancelled")).toBe(true);
    const thanks = plan.filter((item) => item.kind === "thank-you" && item.state === "done");
    expect(thanks.map((item) => item.recipient.name).sort()).toEqual([
      "Dana Whitfield",
      "Sam Okafor",
    ]);
  });

  it("matches a reply by its sender alone, or by the company's domain", async () => {
    await sentBoth();
    const [sam, priya] = await add(
      join(REPLIES, "sam-human-new-thread.eml"),
      join(REPLIES, "recruiter-same-domain.eml"),
    );
    expect(sam).toMatchObject({
      kind: "human",
      inReplyTo: null,
      matched: { interviewId: 1, messageId: "<thank-you-sam@example.com>", by: "sender" },
    });
    expect(priya).toMatchObject({ kind: "human", matched: { interviewId: 1, by: "domain" } });
  });

  it("does not take a message written before the interview as an answer", async () => {
    await sentBoth();
    const [scheduling] = await add(join(REPLIES, "sam-scheduling-before-the-interview.eml"));
    expect(scheduling).toMatchObject({
      kind: "human",
      matched: { interviewId: 1, by: "sender" },
      recorded: true,
      answers: false,
      cancelled: [],
    });
    expect(await followUpState()).toMatchObject({ state: "queued" });
  });

  it("suggests recording a rejection, and never records it by itself", async () => {
    await sentBoth();
    const result = await cli(["inbox", "add", join(REPLIES, "dana-rejection.eml")]);
    expect(result.stdout).toContain("reads like a rejection");
    expect(result.stdout).toContain("afterword outcome 1 rejected");
    const [listed] = json<{ status: string }[]>(await cli(["interviews", "--json"]));
    expect(listed!.status).toBe("scheduled");
    const received = await cli(["inbox"]);
    expect(received.stdout).toContain("afterword outcome 1 rejected");
  });

  it("reads real-world messages: auto-replies, a delay notice and bounces of other people's mail", async () => {
    await sentBoth();
    const added = await add(
      join(REAL, "sisimai-rfc3834-01-out-of-office-no-auto-submitted.eml"),
      join(REAL, "sisimai-rfc3834-02-lotus-auto-out-of-office.eml"),
      join(REAL, "mikel-mail-report-422-delayed.eml"),
      join(REAL, "mikel-mail-report-530-bounce.eml"),
      join(REAL, "mailparser-delivery-status-ses-bounce.eml"),
      join(REAL, "mailparser-sparrow-human.eml"),
    );
    expect(added.map((a) => [a.kind, a.matched])).toEqual([
      ["auto-reply", null],
      ["auto-reply", null],
      ["auto-reply", null],
      ["bounce", null],
      ["bounce", null],
      ["human", null],
    ]);
    expect(added[5]).toMatchObject({
      messageId: "<D1EF79F061C34ED99669A2A1E0548B63@node.ee>",
      inReplyTo: null,
    });
  });

  it("reports a file it cannot read and goes on with the others", async () => {
    await sentBoth();
    const result = await cli([
      "inbox",
      "add",
      join(REPLIES, "missing.eml"),
      join(REPLIES, "dana-rejection.eml"),
      "--json",
    ]);
    expect(result.code).toBe(1);
    const [missingFile, read] = json<({ error: string } | Added)[]>(result);
    expect(missingFile).toMatchObject({ error: "expected a readable file, found no such file" });
    expect(read).toMatchObject({ kind: "human", recorded: true });
  });

  describe("one step on each reply", () => {
    interface Listed {
      id: number;
      suggestion: string;
      decision: string | null;
      decidedAs: string | null;
    }
    const listed = async () => json<Listed[]>(await cli(["inbox", "--json"], "2026-12-05T18:00Z"));
    const decide = (args: string[]) => cli(args, "2026-12-05T18:00Z");

    it("suggests a kind for each reply and changes nothing until the candidate confirms", async () => {
      await sentBoth();
      await add(
        join(REPLIES, "dana-rejection.eml"),
        join(REPLIES, "dana-offer.eml"),
        join(REPLIES, "sam-asks-for-references.eml"),
        join(REPLIES, "sam-bounce-keeps-re-subject.eml"),
        join(REPLIES, "careers-receipt-no-headers.eml"),
      );
      const messages = await listed();
      expect(messages.map((m) => [m.suggestion, m.decision])).toEqual([
        ["auto-reply", null],
        ["bounce", null],
        ["request", null],
        ["offer", null],
        ["rejection", null],
      ]);
      const shown = await decide(["inbox"]);
      expect(shown.stdout).toContain("5 waiting for your decision");
      const plan = json<{ kind: string }[]>(
        await cli(["plan", "1", "--json"], "2026-12-05T18:00Z"),
      );
      expect(plan.some((item) => item.kind === "rejection-reply")).toBe(false);
    });

    it("records a rejection as the outcome on accept, and decides a message once", async () => {
      await sentBoth();
      await add(join(REPLIES, "dana-rejection.eml"));
      const [message] = await listed();
      const accepted = await decide(["inbox", "accept", String(message!.id)]);
      expect(accepted.code, accepted.stderr).toBe(0);
      expect(accepted.stdout).toContain("accepted as rejection");
      const plan = json<{ kind: string; state: string }[]>(
        await cli(["plan", "1", "--json"], "2026-12-05T18:00Z"),
      );
      expect(plan.some((item) => item.kind === "rejection-reply")).toBe(true);
      expect((await listed())[0]).toMatchObject({ decision: "accepted", decidedAs: "rejection" });
      const again = await decide(["inbox", "dismiss", String(message!.id)]);
      expect(again.code).toBe(1);
      expect(again.stderr).toContain("already accepted as rejection");
    });

    it("imports an invitation's calendar part as the next round", async () => {
      await sentBoth();
      await add(join(REPLIES, "dana-next-round-invitation.eml"));
      const [message] = await listed();
      expect(message!.suggestion).toBe("invitation");
      const accepted = await decide(["inbox", "accept", String(message!.id), "--json"]);
      expect(accepted.code, accepted.stderr).toBe(0);
      const effect = json<{ effect: { type: string; import: { created: number[] } } }>(
        accepted,
      ).effect;
      expect(effect.type).toBe("invite-imported");
      expect(effect.import.created).toHaveLength(1);
      const interviews = json<{ id: number; start: string }[]>(
        await cli(["interviews", "--json"], "2026-12-05T18:00Z"),
      );
      expect(interviews.map((i) => i.id)).toContain(effect.import.created[0]);
    });

    it("turns a request for documents into an additional-information draft", async () => {
      await sentBoth();
      await add(join(REPLIES, "sam-asks-for-references.eml"));
      const [message] = await listed();
      const accepted = await decide(["inbox", "accept", String(message!.id), "--json"]);
      expect(accepted.code, accepted.stderr).toBe(0);
      const { effect } = json<{
        effect: { type: string; requested: unknown; drafts: { draft: { kind: string } }[] };
      }>(accepted);
      expect(effect).toMatchObject({
        type: "additional-info",
        requested: { type: "material", what: "the names of two references" },
      });
      expect(effect.drafts.map((d) => d.draft.kind)).toEqual(["additional-info"]);
    });

    it("dismisses a message without touching the plan, and takes --as over the suggestion", async () => {
      await sentBoth();
      await add(join(REPLIES, "dana-offer.eml"), join(REPLIES, "dana-human-threaded.eml"));
      const [reply, offer] = await listed();
      expect(offer!.suggestion).toBe("offer");
      const dismissed = await decide(["inbox", "dismiss", String(offer!.id)]);
      expect(dismissed.stdout).toContain("nothing in the plan changed");
      const asOffer = await decide(["inbox", "accept", String(reply!.id), "--as", "offer"]);
      expect(asOffer.code, asOffer.stderr).toBe(0);
      const plan = json<{ kind: string; state: string; reason: string }[]>(
        await cli(["plan", "1", "--json"], "2026-12-05T18:00Z"),
      );
      const checkIns = plan.filter((item) => item.kind === "check-in");
      expect(checkIns.every((item) => item.state === "cancelled")).toBe(true);
      expect(checkIns[0]!.reason).toContain("You have an offer");
      const unknown = await decide(["inbox", "accept", "99"]);
      expect(unknown.code).toBe(1);
      expect(unknown.stderr).toContain("There is no received message 99");
    });
  });
});
