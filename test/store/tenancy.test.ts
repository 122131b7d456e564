import { afterEach, describe, expect, it } from "vitest";
import type { InterviewDetails } from "../../src/core/interview.js";
import type { NewOutboxItem } from "../../src/store/outbox.repository.js";
import type { ReceivedRecord } from "../../src/store/received-message.repository.js";
import type { Store } from "../../src/store/store.js";
import { addOrganisation } from "../../src/store/tenancy.js";
import { interviewFrom, profileFrom } from "../helpers/compose-records.js";
import { storesUnderTest, titled } from "../helpers/stores.js";

const STORES = await storesUnderTest();
const NOW = "2026-11-21T12:00:00.000Z";
const LATER = "2026-11-21T13:00:00.000Z";
const FAR = "2026-12-21T13:00:00.000Z";

function details(): InterviewDetails {
  const { id: _id, status: _status, ...rest } = interviewFrom("acme-onsite.yaml");
  return rest;
}

function outboxItem(interviewId: number | null, messageId: string): NewOutboxItem {
  return {
    messageId,
    interviewId,
    draftId: null,
    kind: "status-follow-up",
    from: { name: "Jordan Rivera", email: "jordan@example.com" },
    to: [{ name: "Dana Whitfield", email: "dana.whitfield@acme.example" }],
    subject: "Following up",
    body: "Hello",
    inReplyTo: null,
    references: [],
    dueAt: NOW,
  };
}

function received(messageKey: string, interviewId: number | null): ReceivedRecord {
  return {
    messageKey,
    messageId: messageKey,
    source: "file",
    folder: null,
    uid: null,
    from: { address: "dana.whitfield@acme.example", name: "Dana Whitfield" },
    subject: "Re: Thank you",
    date: NOW,
    inReplyTo: null,
    kind: "human",
    evidence: [],
    interviewId,
    outboxId: null,
    answersMessageId: null,
    matchedBy: null,
    rejectionPhrase: null,
    bouncedAddress: null,
    bounceReason: null,
    suggestion: "reply",
    suggestionReason: "",
    requested: null,
    inviteSource: Buffer.from("BEGIN:VCALENDAR"),
  };
}

/** Everything a candidate's store shows through its repositories. */
async function everything(store: Store) {
  return {
    profile: await store.profile.get(),
    interviews: await store.interviews.list(),
    history: [...(await store.history.listAll())],
    drafts: await store.drafts.list(),
    dictionary: await store.dictionary.list(),
    outbox: await store.outbox.list(),
    received: await store.received.list(),
    folder: await store.mailFolders.get("INBOX"),
    badAddresses: await store.badAddresses.list(),
    mailAccount: await store.mailAccount.settings(),
    mailSecrets: await Promise.all(
      ["smtp", "imap", "oauth:jordan"].map((name) => store.mailAccount.sealed(name)),
    ),
  };
}

/** One candidate's store with something in every table; returns the ids and keys it made. */
async function filled(store: Store) {
  await store.profile.save(profileFrom("profile.yaml"), NOW);
  const { id: interviewId } = await store.interviews.save(details(), "record", NOW);
  const inviteId = await store.invites.create(
    { ...details(), start: "2026-11-30T10:00:00-05:00", end: "2026-11-30T11:00:00-05:00" },
    "scheduled",
    {
      uid: "uid-1@acme.example",
      sequence: 0,
      stamp: null,
      occurrence: null,
      summary: "Onsite",
      description: null,
    },
    NOW,
  );
  await store.history.add(interviewId, { type: "reply", from: "Dana Whitfield", at: NOW }, NOW);
  const draft = await store.drafts.insert(
    {
      planItemId: `${interviewId}.thank-you.email.dana-whitfield`,
      interviewId,
      kind: "thank-you",
      channel: "email",
      recipient: { name: "Dana Whitfield", email: "dana.whitfield@acme.example" },
      sequence: 1,
      reason: null,
      subject: "Thank you",
      body: "Dear Dana",
      provenance: [],
      notices: [],
    },
    NOW,
  );
  await store.dictionary.add(["Kubernetes"], NOW);
  const queued = await store.outbox.add(outboxItem(interviewId, "<a-1@example.com>"), NOW);
  const failed = await store.outbox.add(outboxItem(interviewId, "<a-2@example.com>"), NOW);
  await store.outbox.claimNext("worker-a", NOW, LATER);
  await store.outbox.recordFailed(
    failed.id,
    "worker-a",
    { problem: "refused", serverSays: null, certain: true },
    NOW,
  );
  const reply = await store.received.add(received("<r-1@acme.example>", interviewId), NOW);
  await store.mailFolders.advance({ folder: "INBOX", uidValidity: "7", lastUid: 40 }, NOW);
  await store.badAddresses.mark({
    address: "gone@acme.example",
    reason: "no such user",
    receivedMessageId: null,
    markedAt: NOW,
  });
  await store.mailAccount.saveAccount(
    JSON.stringify({ smtp: { host: "smtp.example.com", user: "jordan" } }),
    new Map([["smtp", Buffer.from("sealed")]]),
    NOW,
  );
  await store.mailAccount.saveSealed("oauth:jordan", Buffer.from("sealed tokens"), NOW);
  return { interviewId, inviteId, draftId: draft.id, queued, failed, replyId: reply!.id };
}

for (const kind of STORES)
  describe.skipIf(kind.skip !== null)(titled("a candidate of another organisation", kind), () => {
    const open: Store[] = [];
    afterEach(async () => {
      for (const store of open.splice(0).reverse()) await store.close();
    });

    it("sees nothing of another candidate's through any repository method, and changes nothing", async () => {
      const first = await kind.fresh();
      open.push(first);
      const made = await filled(first);
      const before = await everything(first);
      const otherScope = await addOrganisation(first, "Northbridge Careers", NOW);
      const other = await kind.open(otherScope);
      open.push(other);
      const { interviewId, inviteId, draftId, queued, failed, replyId } = made;
      // Without interviewers: SQLite, which holds one candidate, keeps a person's key unique store-wide.
      const sample = { ...details(), interviewers: [] };

      // Each read finds nothing; each change finds nothing to change.
      const reads: [string, () => Promise<unknown>, unknown][] = [
        ["profile.get", () => other.profile.get(), null],
        ["interviews.findSame", () => other.interviews.findSame(sample), null],
        ["interviews.findAtSameTime", () => other.interviews.findAtSameTime(sample), null],
        ["interviews.get", () => other.interviews.get(interviewId), null],
        ["interviews.list", () => other.interviews.list(), []],
        ["interviews.remove", () => other.interviews.remove(interviewId), false],
        ["invites.findByUid", () => other.invites.findByUid("uid-1@acme.example"), []],
        ["history.list", () => other.history.list(interviewId), []],
        ["history.listAll", async () => [...(await other.history.listAll())], []],
        [
          "agenda.read",
          async () => {
            const { profile, interviews, histories } = await other.agenda.read();
            return [profile, interviews, [...histories]];
          },
          [null, [], []],
        ],
        ["drafts.get", () => other.drafts.get(draftId), null],
        [
          "drafts.findByPlanItem",
          () => other.drafts.findByPlanItem(before.drafts[0]!.planItemId),
          null,
        ],
        ["drafts.list", () => other.drafts.list(), []],
        ["dictionary.list", () => other.dictionary.list(), []],
        ["dictionary.remove", () => other.dictionary.remove(["Kubernetes"]), []],
        ["outbox.get", () => other.outbox.get(queued.id), null],
        ["outbox.findByMessageId", () => other.outbox.findByMessageId(queued.messageId), null],
        ["outbox.forDraft", () => other.outbox.forDraft(draftId), []],
        ["outbox.list", () => other.outbox.list(), []],
        ["outbox.sentOrSending", () => other.outbox.sentOrSending(), []],
        ["outbox.isOurs", () => other.outbox.isOurs(queued.messageId), false],
        ["outbox.claimNext", () => other.outbox.claimNext("worker-b", FAR, FAR), null],
        ["outbox.renewLease", () => other.outbox.renewLease(queued.id, "worker-a", FAR), false],
        [
          "outbox.startAttempt",
          () => other.outbox.startAttempt(queued.id, "worker-a", "raw", FAR),
          false,
        ],
        [
          "outbox.recordSent",
          () => other.outbox.recordSent(queued.id, "worker-a", "250", FAR),
          false,
        ],
        [
          "outbox.recordRetry",
          () =>
            other.outbox.recordRetry(
              queued.id,
              "worker-a",
              { at: FAR, problem: "x", serverSays: null, certain: true },
              FAR,
            ),
          false,
        ],
        [
          "outbox.recordFailed",
          () =>
            other.outbox.recordFailed(
              queued.id,
              "worker-a",
              { problem: "x", serverSays: null, certain: true },
              FAR,
            ),
          false,
        ],
        ["outbox.release", () => other.outbox.release(queued.id, "worker-a", FAR), undefined],
        ["outbox.cancel", () => other.outbox.cancel(failed.id, "no", FAR), null],
        ["outbox.retry", () => other.outbox.retry(failed.id, FAR), false],
        ["outbox.cancelFollowUps", () => other.outbox.cancelFollowUps(interviewId, "no", FAR), []],
        [
          "outbox.cancelForInterview",
          () => other.outbox.cancelForInterview(interviewId, "no", FAR),
          [],
        ],
        ["outbox.addNote", () => other.outbox.addNote(queued.id, "note", FAR), undefined],
        ["outbox.unfiled", () => other.outbox.unfiled(), []],
        ["outbox.markFiled", () => other.outbox.markFiled(queued.id, FAR), undefined],
        ["outbox.nextWake", () => other.outbox.nextWake(), null],
        ["received.findByKey", () => other.received.findByKey("<r-1@acme.example>"), null],
        ["received.get", () => other.received.get(replyId), null],
        ["received.inviteSource", () => other.received.inviteSource(replyId), null],
        ["received.decide", () => other.received.decide(replyId, "dismissed", null, FAR), false],
        ["received.list", () => other.received.list(), []],
        ["mailFolders.get", () => other.mailFolders.get("INBOX"), null],
        ["badAddresses.get", () => other.badAddresses.get("gone@acme.example"), null],
        ["badAddresses.list", () => other.badAddresses.list(), []],
        ["badAddresses.clear", () => other.badAddresses.clear("gone@acme.example"), false],
        ["mailAccount.settings", () => other.mailAccount.settings(), null],
        ["mailAccount.sealed", () => other.mailAccount.sealed("smtp"), null],
      ];
      for (const [method, call, expected] of reads) {
        expect(await call(), method).toEqual(expected);
      }
      // Changes aimed at the first candidate's rows by id reach none of them.
      await other.interviews.replace(interviewId, { ...sample, company: "Changed" }, FAR);
      await other.invites.update(
        inviteId,
        sample,
        "cancelled",
        {
          uid: "uid-1@acme.example",
          sequence: 9,
          stamp: null,
          occurrence: null,
          summary: null,
          description: null,
        },
        FAR,
      );
      await other.invites.cancel(inviteId, { sequence: 9, stamp: null }, FAR);
      await expect(
        other.drafts.saveEdit(draftId, { subject: "x", body: "y", provenance: [] }, FAR),
      ).rejects.toThrow();
      await expect(other.drafts.saveFindings(draftId, [], FAR)).rejects.toThrow();
      expect(await everything(first)).toEqual(before);
      // What the other candidate writes is theirs alone.
      await other.dictionary.add(["Terraform"], FAR);
      await other.mailFolders.advance({ folder: "Archive", uidValidity: "9", lastUid: 2 }, FAR);
      await other.mailAccount.removeSealed("oauth:jordan");
      await other.mailAccount.saveAccount("{}", new Map([["smtp", Buffer.from("theirs")]]), FAR);
      await other.mailAccount.saveSealed("oauth:jordan", Buffer.from("theirs"), FAR);
      expect(await other.mailAccount.sealed("smtp")).toEqual(Buffer.from("theirs"));
      expect(await other.dictionary.list()).toEqual(["Terraform"]);
      expect(await everything(first)).toEqual(before);
    });
  });
