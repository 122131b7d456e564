import { simpleParser } from "mailparser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { json, runCli } from "../helpers/cli.js";
import { dovecotMissing } from "../helpers/mail/dovecot.js";
import { countMessageId, readFolder } from "../helpers/mail/smtp-sink.js";
import {
  CANDIDATE,
  DANA,
  PASSWORD_ENV,
  emlFile,
  preparedHome,
  startMailServers,
  type MailServers,
} from "../helpers/mail/world.js";

const missing = dovecotMissing();
if (missing) console.warn(missing);

interface OutboxJson {
  id: number;
  state: string;
  messageId: string;
  interviewId: number | null;
  attempts: number;
  problem: string | null;
  serverResponse: string | null;
  filedInSent: boolean;
  dueAt: string;
}

describe.skipIf(missing)(
  "afterword send and the worker, against Dovecot and an SMTP server",
  () => {
    let servers: MailServers;
    beforeAll(async () => {
      servers = await startMailServers();
    });
    afterAll(async () => {
      await servers?.stop();
    });

    const cli = (home: string, args: string[], now?: string) =>
      runCli(args, { home, env: PASSWORD_ENV, ...(now ? { now } : {}) });

    it("sends now: the recipient gets it once, with our Message-ID, encoded headers and a Sent copy", async () => {
      const home = await preparedHome(servers);
      const file = emlFile(home, "note.eml", {
        to: `Dana Whitfield <${DANA}>`,
        subject: "Thank you — Kafka, Zürich & the demo day",
        body: "Hi Dana,\n\nThank you for the conversation about the telemetry pipeline. Größe matters.\n\nJordan",
      });
      const queued = await cli(home, ["send", file, "--yes", "--json"]);
      expect(queued.code, queued.stderr).toBe(0);
      const item = json<OutboxJson>(queued);
      expect(item).toMatchObject({ state: "queued", interviewId: 1 });
      expect(item.messageId).toMatch(/^<[0-9a-f-]{36}@example\.com>$/);

      const worked = await cli(home, ["worker", "--once"]);
      expect(worked.code, worked.stderr).toBe(0);
      expect(worked.stdout).toContain(`Sent #${item.id}`);

      expect(await countMessageId(servers.dovecot, "dana", "INBOX", item.messageId)).toBe(1);
      const delivered = (await readFolder(servers.dovecot, "dana", "INBOX")).find((raw) =>
        raw.toString().includes(item.messageId),
      )!;
      const text = delivered.toString();
      expect(text).toMatch(/^Subject: =\?UTF-8\?Q\?/m);
      expect(text).toMatch(/^Content-Transfer-Encoding: quoted-printable/m);
      expect(text).toMatch(/^From: Jordan Rivera <jordan@example\.com>/m);
      expect(/[^\t\r\n -~]/.test(text)).toBe(false);
      const parsed = await simpleParser(delivered);
      expect(parsed.subject).toBe("Thank you — Kafka, Zürich & the demo day");
      expect(parsed.messageId).toBe(item.messageId);
      expect(parsed.text).toContain("Größe matters.");
      expect(parsed.date).toBeInstanceOf(Date);
      expect(parsed.to).toMatchObject({ value: [{ address: DANA, name: "Dana Whitfield" }] });
      // The envelope copy to ourselves is the send's witness; it leaves INBOX once the Sent copy is filed.
      expect(await countMessageId(servers.dovecot, "candidate", "Sent", item.messageId)).toBe(1);
      expect(await countMessageId(servers.dovecot, "candidate", "INBOX", item.messageId)).toBe(0);
      expect(servers.sink.accepted.at(-1)!.to).toEqual([DANA, CANDIDATE]);

      const [listed] = json<OutboxJson[]>(await cli(home, ["outbox", "--json"]));
      expect(listed).toMatchObject({ state: "sent", filedInSent: true, attempts: 1 });
      expect(listed!.serverResponse).toContain("250");

      const again = await cli(home, ["worker", "--once"]);
      expect(again.stdout).not.toContain("Sent #");
      expect(await countMessageId(servers.dovecot, "dana", "INBOX", item.messageId)).toBe(1);
    });

    it("sends at the moment given, not before", async () => {
      const home = await preparedHome(servers);
      const file = emlFile(home, "later.eml", { to: DANA, subject: "Later", body: "Hello later." });
      const queued = json<OutboxJson>(
        await cli(
          home,
          ["send", file, "--at", "2026-11-23 09:00", "--yes", "--json"],
          "2026-11-21T12:00Z",
        ),
      );
      expect(queued.dueAt).toBe("2026-11-23T14:00:00.000Z");
      await cli(home, ["worker", "--once"], "2026-11-23T13:59Z");
      expect(await countMessageId(servers.dovecot, "dana", "INBOX", queued.messageId)).toBe(0);
      const [waiting] = json<OutboxJson[]>(await cli(home, ["outbox", "--json"]));
      expect(waiting!.state).toBe("queued");

      await cli(home, ["worker", "--once"], "2026-11-23T14:00Z");
      expect(await countMessageId(servers.dovecot, "dana", "INBOX", queued.messageId)).toBe(1);
    });

    it("retries after the connection drops mid-DATA, checking first that it did not leave", async () => {
      const home = await preparedHome(servers);
      const file = emlFile(home, "drop.eml", { to: DANA, subject: "Dropped", body: "Once only." });
      const item = json<OutboxJson>(
        await cli(home, ["send", file, "--yes", "--json"], "2026-11-21T12:00Z"),
      );
      servers.sink.faults.push({ stage: "data", drop: true });
      const first = await cli(home, ["worker", "--once"], "2026-11-21T12:00Z");
      expect(first.stderr).toContain("dropped");
      const [waiting] = json<OutboxJson[]>(await cli(home, ["outbox", "--json"]));
      expect(waiting).toMatchObject({ state: "queued", attempts: 1 });

      const second = await cli(home, ["worker", "--once"], "2026-11-21T12:05Z");
      expect(second.stdout).toContain(`Sent #${item.id}`);
      expect(await countMessageId(servers.dovecot, "dana", "INBOX", item.messageId)).toBe(1);
    });

    it("retries after 421 with backoff, and fails with the server's words after 550", async () => {
      const home = await preparedHome(servers);
      const busy = emlFile(home, "busy.eml", { to: DANA, subject: "Busy", body: "Try again." });
      const unknown = emlFile(home, "unknown.eml", {
        to: "nobody@acme.example",
        subject: "Nobody",
        body: "Hello?",
      });
      const first = json<OutboxJson>(
        await cli(home, ["send", busy, "--yes", "--json"], "2026-11-21T12:00Z"),
      );
      servers.sink.faults.push({
        stage: "data",
        code: 421,
        message: "4.3.2 Service shutting down, try later",
      });
      await cli(home, ["worker", "--once"], "2026-11-21T12:00Z");
      let [item] = json<OutboxJson[]>(await cli(home, ["outbox", "--json"]));
      expect(item).toMatchObject({ state: "queued", attempts: 1 });
      expect(item!.problem).toContain("421 4.3.2 Service shutting down");

      await cli(home, ["worker", "--once"], "2026-11-21T12:00:10Z");
      [item] = json<OutboxJson[]>(await cli(home, ["outbox", "--json"]));
      expect(item!.state).toBe("queued");
      await cli(home, ["worker", "--once"], "2026-11-21T12:01Z");
      expect(await countMessageId(servers.dovecot, "dana", "INBOX", first.messageId)).toBe(1);

      const second = json<OutboxJson>(
        await cli(home, ["send", unknown, "--yes", "--json"], "2026-11-21T12:02Z"),
      );
      const failed = await cli(home, ["worker", "--once"], "2026-11-21T12:02Z");
      expect(failed.stderr).toContain(
        "550 5.1.1 <nobody@acme.example>: Recipient address rejected",
      );
      const rows = json<OutboxJson[]>(await cli(home, ["outbox", "--json"]));
      expect(rows.find((row) => row.id === second.id)).toMatchObject({ state: "failed" });
      expect(await countMessageId(servers.dovecot, "candidate", "INBOX", second.messageId)).toBe(0);
    });

    it("cancels a queued message, and refuses to cancel a sent one", async () => {
      const home = await preparedHome(servers);
      const file = emlFile(home, "cancel.eml", { to: DANA, subject: "Cancel me", body: "Never." });
      const item = json<OutboxJson>(
        await cli(home, ["send", file, "--at", "2026-12-01 09:00", "--yes", "--json"]),
      );
      const cancelled = await cli(home, ["outbox", "cancel", String(item.id)]);
      expect(cancelled.code).toBe(0);
      await cli(home, ["worker", "--once"], "2026-12-02T00:00Z");
      expect(await countMessageId(servers.dovecot, "dana", "INBOX", item.messageId)).toBe(0);

      const sentFile = emlFile(home, "sent.eml", { to: DANA, subject: "Sent", body: "Gone." });
      const sent = json<OutboxJson>(await cli(home, ["send", sentFile, "--yes", "--json"]));
      await cli(home, ["worker", "--once"]);
      const refused = await cli(home, ["outbox", "cancel", String(sent.id)]);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain("cannot be called back");
    });

    it("refuses a message that says a file comes with it, since the outbox sends text only", async () => {
      const home = await preparedHome(servers);
      const file = emlFile(home, "attached.eml", {
        to: `Dana Whitfield <${DANA}>`,
        subject: "Thank you",
        body: "Hi Dana,\n\nThank you for today. I've attached the load-testing write-up, as I said I would.\n\nJordan",
      });
      const refused = await cli(home, ["send", file, "--yes"]);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain(
        `says a file comes with it ("I've attached the load-testing write-up, as I said I would.")`,
      );
      expect(refused.stderr).toContain("the outbox sends text only");
      expect(refused.stderr).not.toMatch(/\n\s+at /);
      expect(json<unknown[]>(await cli(home, ["outbox", "--json"]))).toEqual([]);
    });

    it("sends a stored draft: the plan counts it as sent, a card or a second send is refused", async () => {
      const home = await preparedHome(servers);
      const now = "2026-11-20T22:00Z";
      const drafted = await cli(home, ["draft", "1", "--kind", "thank-you", "--json"], now);
      expect(drafted.code, drafted.stderr).toBe(0);
      const drafts =
        json<{ id: number; channel: string; recipient: { email: string | null } }[]>(drafted);
      const email = drafts.find((d) => d.channel === "email" && d.recipient.email === DANA)!;
      const [card] = json<{ id: number }[]>(
        await cli(
          home,
          ["draft", "1", "--kind", "thank-you", "--channel", "card", "--to", "Dana", "--json"],
          now,
        ),
      );

      const queued = await cli(home, ["send", String(email.id), "--yes", "--json"], now);
      expect(queued.code, queued.stderr).toBe(0);
      const item = json<OutboxJson & { draftId: number; kind: string }>(queued);
      expect(item).toMatchObject({ draftId: email.id, kind: "thank-you", interviewId: 1 });

      const twice = await cli(home, ["send", String(email.id), "--yes"], now);
      expect(twice.code).toBe(1);
      expect(twice.stderr).toContain(`already in the outbox as item ${item.id}`);
      const notEmail = await cli(home, ["send", String(card!.id), "--yes"], now);
      expect(notEmail.code).toBe(1);
      expect(notEmail.stderr).toContain("not an e-mail");
      const missingDraft = await cli(home, ["send", "999", "--yes"], now);
      expect(missingDraft.stderr).toContain("There is no draft 999");

      await cli(home, ["worker", "--once"], now);
      expect(await countMessageId(servers.dovecot, "dana", "INBOX", item.messageId)).toBe(1);
      const plan = json<
        { kind: string; channel: string; state: string; recipient: { name: string } }[]
      >(await cli(home, ["plan", "1", "--json"], "2026-11-20T23:00Z"));
      expect(
        plan.find(
          (p) =>
            p.kind === "thank-you" &&
            p.channel === "email" &&
            p.recipient.name === "Dana Whitfield",
        ),
      ).toMatchObject({ state: "done" });
    });
  },
);
