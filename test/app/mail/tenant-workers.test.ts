import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DateTime } from "luxon";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AppContext } from "../../../src/app/context.js";
import { draftFromEml } from "../../../src/app/drafts/draft-file.js";
import { importRecordText } from "../../../src/app/interviews/import-records.js";
import { loadMailAccount } from "../../../src/app/mail/mail-account.js";
import { queueMail } from "../../../src/app/mail/queue-mail.js";
import { mailConfigSchema } from "../../../src/mail/mail-config.js";
import { StoredMailAccounts } from "../../../src/mail/stored-accounts.js";
import { openPostgresStores, type PostgresStores } from "../../../src/store/postgres-store.js";
import type { Scope } from "../../../src/store/scope.js";
import type { Store } from "../../../src/store/store.js";
import { addOrganisation } from "../../../src/store/tenancy.js";
import { runCli } from "../../helpers/cli.js";
import { DICTIONARY_ENGINES } from "../../helpers/context.js";
import { dovecotMissing, startDovecot, type Dovecot } from "../../helpers/mail/dovecot.js";
import {
  connectImap,
  countMessageId,
  startSmtpSink,
  type SmtpSink,
} from "../../helpers/mail/smtp-sink.js";
import { keepMailAccount, mailKeyEnv } from "../../helpers/mail/stored-account.js";
import { DANA, FIXTURES, emlFile } from "../../helpers/mail/world.js";
import { testDatabase } from "../../helpers/postgres.js";
import { tempHome } from "../../helpers/temp-home.js";

const missing = dovecotMissing();
const postgres = await testDatabase();
const skip = missing ?? postgres.skip;
const NOW = "2026-11-21T12:00:00.000Z";
// Long and unusual, so that finding it anywhere in the database means it was kept in clear.
const PASSWORD = "tenant-mailbox-pass-5c1e9a";
const REPLY = join(FIXTURES, "mail", "replies", "sam-human-new-thread.eml");
const REPLY_ID = "<20261124150100.sam@acme.example>";

/** One candidate of their own organisation, with their own login on their own SMTP server. */
interface Candidate {
  login: string;
  address: string;
  scope: Scope;
  store: Store;
  sink: SmtpSink;
  mail: StoredMailAccounts;
}

describe.skipIf(skip !== null)(
  `one worker, two candidates of two organisations on PostgreSQL${skip ? ` (skipped: ${skip})` : ""}`,
  () => {
    const keyEnv = mailKeyEnv();
    const admin = new pg.Client({ connectionString: postgres.admin ?? "" });
    let dovecot: Dovecot;
    let stores: PostgresStores;
    const candidates: Candidate[] = [];

    beforeAll(async () => {
      await admin.connect();
      dovecot = await startDovecot(["jordan", "casey", "dana"], PASSWORD);
      stores = await openPostgresStores(postgres.url!);
      for (const [login, organisation] of [
        ["jordan", "Northbridge Careers"],
        ["casey", "Harbour Outplacement"],
      ] as const) {
        const address = `${login}@example.com`;
        const scope = await addOrganisation(stores.first, organisation, NOW);
        const store = stores.storeFor(scope);
        // Each has a server of their own that lets only them in.
        const sink = await startSmtpSink({
          dovecot,
          user: login,
          mailboxes: { [DANA]: "dana", [address]: login },
        });
        const server = { host: "127.0.0.1", security: "none", user: login };
        // The password is read once, at setup, from where the person said; then kept sealed.
        await keepMailAccount(
          store,
          { ...keyEnv, AFTERWORD_MAIL_PASSWORD: PASSWORD },
          {
            address,
            name: login,
            smtp: { ...server, port: sink.port },
            imap: { ...server, port: dovecot.port },
          },
        );
        const mail = new StoredMailAccounts(store.mailAccount, scope, keyEnv, tempHome());
        candidates.push({ login, address, scope, store, sink, mail });
      }
    });
    afterAll(async () => {
      for (const { sink } of candidates) await sink.stop();
      await dovecot?.stop();
      await stores?.close();
      await admin.end();
    });

    const contextOf = (candidate: Candidate): AppContext => ({
      store: candidate.store,
      now: DateTime.utc(),
      engines: DICTIONARY_ENGINES,
      mail: candidate.mail,
    });

    /** Queues a message from the candidate to Dana through the use cases, as the CLI would. */
    async function queueFrom(candidate: Candidate): Promise<number> {
      const ctx = contextOf(candidate);
      const file = emlFile(tempHome(), "note.eml", {
        to: DANA,
        subject: `From ${candidate.login}`,
        body: "Thank you for your time.",
      });
      const draft = await draftFromEml(ctx, file, { interviewId: null, kind: null });
      if (!draft.ok) throw new Error(draft.errors[0]!.message);
      const account = await loadMailAccount(ctx.mail);
      if (!account.ok) throw new Error(account.errors[0]!.message);
      const queued = await queueMail(ctx, account.value, draft.value, null);
      if (!queued.ok) throw new Error(queued.errors[0]!.message);
      return queued.value.item.id;
    }

    it("keeps each account's settings with no secret in them, and its password only sealed", async () => {
      const rows = (
        await admin.query<{ candidate_id: number; settings: string }>(
          "select candidate_id, settings from mail_accounts order by candidate_id",
        )
      ).rows;
      expect(rows.map((row) => row.candidate_id)).toEqual(
        candidates.map((c) => c.scope.candidateId),
      );
      for (const row of rows) {
        expect(row.settings).not.toContain(PASSWORD);
        expect(row.settings).not.toMatch(/password/i);
      }
      const secrets = (
        await admin.query<{ name: string; sealed: Buffer }>("select name, sealed from mail_secrets")
      ).rows;
      expect(secrets.map((s) => s.name).sort()).toEqual(["imap", "imap", "smtp", "smtp"]);
      for (const { sealed } of secrets) expect(sealed.includes(PASSWORD)).toBe(false);
      // Each candidate opens their own.
      for (const { mail } of candidates) {
        expect(await mail.secret({ stored: "smtp" })).toEqual({ ok: true, value: PASSWORD });
      }
    });

    it("a worker holding no account of its own delivers each candidate's message through that candidate's server, files it in their Sent folder, and reads each one's mailbox", async () => {
      const [jordan, casey] = candidates as [Candidate, Candidate];
      // Casey has an interview, and a reply about it waits in Casey's INBOX alone.
      const record = readFileSync(join(FIXTURES, "mail", "interview-acme.yaml"), "utf8");
      const imported = await importRecordText(contextOf(casey), "acme.yaml", record, "yaml");
      expect(imported.errors).toEqual([]);
      const client = await connectImap(dovecot, "casey");
      try {
        await client.append("INBOX", readFileSync(REPLY));
      } finally {
        await client.logout();
      }
      const ids = [await queueFrom(jordan), await queueFrom(casey)];

      // The worker's environment has the key and the database, and no password at all.
      const ran = await runCli(["worker", "--once", "--poll", "3600"], {
        home: tempHome(),
        env: { ...keyEnv, AFTERWORD_DATABASE_URL: postgres.url! },
      });
      expect(ran.code, ran.stderr).toBe(0);

      for (const [i, candidate] of candidates.entries()) {
        const other = candidates[1 - i]!;
        const item = (await candidate.store.outbox.get(ids[i]!))!;
        expect(item.state, `${candidate.login}: ${item.problem}`).toBe("sent");
        expect(ran.stdout).toContain(`Sent #${item.id} to ${DANA}`);
        // Through the candidate's own server, from the candidate's own address; never the other's.
        expect(candidate.sink.accepted.map((message) => message.from)).toEqual([candidate.address]);
        expect(candidate.sink.accepted[0]!.raw.toString()).toContain(item.messageId);
        expect(await countMessageId(dovecot, "dana", "INBOX", item.messageId)).toBe(1);
        expect(await countMessageId(dovecot, candidate.login, "Sent", item.messageId)).toBe(1);
        expect(await countMessageId(dovecot, other.login, "Sent", item.messageId)).toBe(0);
        // The other's store has no such item: each job ran in its own candidate's store.
        expect(await other.store.outbox.findByMessageId(item.messageId)).toBeNull();
      }
      // The mailbox readings the accounts' setup queued ran as jobs of each candidate.
      expect((await casey.store.received.list()).map((m) => m.messageId)).toContain(REPLY_ID);
      expect(await jordan.store.received.list()).toEqual([]);
    });

    it("`afterword mail setup` on PostgreSQL reads the password once and seals it: `mail test` then logs in with no password at hand", async () => {
      const [jordan] = candidates as [Candidate];
      const database = { ...keyEnv, AFTERWORD_DATABASE_URL: postgres.url! };
      const home = tempHome();
      const setup = await runCli(
        [
          "mail",
          "setup",
          "--address",
          jordan.address,
          "--user",
          jordan.login,
          "--smtp",
          `127.0.0.1:${jordan.sink.port}`,
          "--imap",
          `127.0.0.1:${dovecot.port}`,
          "--security",
          "none",
        ],
        { home, env: { ...database, AFTERWORD_MAIL_PASSWORD: PASSWORD } },
      );
      expect(setup.code, setup.stderr).toBe(0);
      expect(setup.stderr).toContain(
        "Kept the mail account of candidate 1 of organisation 1 in the database, its secrets sealed.",
      );
      const test = await runCli(["mail", "test"], { home, env: database });
      expect(test.code, test.stdout + test.stderr).toBe(0);
      const row = await admin.query<{ settings: string }>(
        "select settings from mail_accounts where candidate_id = 1",
      );
      expect(JSON.parse(row.rows[0]!.settings)).toMatchObject({ address: jordan.address });
      expect(row.rows[0]!.settings).not.toContain(PASSWORD);
    });

    it("a password sealed for one candidate does not open for another, even copied into their row", async () => {
      const [jordan, casey] = candidates as [Candidate, Candidate];
      await admin.query(
        `update mail_secrets set sealed = (
           select sealed from mail_secrets where candidate_id = $2 and name = 'smtp')
         where candidate_id = $1 and name = 'smtp'`,
        [jordan.scope.candidateId, casey.scope.candidateId],
      );
      const opened = await jordan.mail.secret({ stored: "smtp" });
      expect(opened.ok).toBe(false);
      expect(opened.ok ? "" : opened.errors[0]).toContain("does not open");
    });

    it("a job for a candidate whose password cannot be opened sends nothing, says why, and is tried again later", async () => {
      const [jordan] = candidates as [Candidate];
      const before = jordan.sink.accepted.length;
      const id = await queueFrom(jordan);
      const ran = await runCli(["worker", "--once", "--poll", "3600"], {
        home: tempHome(),
        env: { ...keyEnv, AFTERWORD_DATABASE_URL: postgres.url! },
      });
      expect(ran.code, ran.stderr).toBe(0);
      expect(ran.stderr).toContain(
        `A job for candidate ${jordan.scope.candidateId} of organisation ${jordan.scope.organisationId} waits for their mail account: SMTP: The password kept in the database does not open`,
      );
      expect((await jordan.store.outbox.get(id))?.state).toBe("queued");
      expect(jordan.sink.accepted.length).toBe(before);
      const retry = await admin.query<{ state: string }>(
        `select state from pgboss.job where name = 'afterword-send' and (data->>'outboxId')::int = $1
           and (data->>'candidateId')::int = $2`,
        [id, jordan.scope.candidateId],
      );
      expect(retry.rows.map((row) => row.state)).toEqual(["retry"]);
    });

    it("an account kept in the database reads no password from the worker's environment or files", async () => {
      const [jordan] = candidates as [Candidate];
      const mail = new StoredMailAccounts(
        jordan.store.mailAccount,
        jordan.scope,
        { ...keyEnv, AFTERWORD_MAIL_PASSWORD: PASSWORD },
        tempHome(),
      );
      for (const source of [{ env: "AFTERWORD_MAIL_PASSWORD" }, { file: "/etc/hostname" }]) {
        const read = await mail.secret(source);
        expect(read.ok).toBe(false);
      }
      // Nor a setting naming one, written into the row by hand.
      const settings = mailConfigSchema.parse({
        smtp: { host: "127.0.0.1", user: "jordan", password: { file: "/etc/hostname" } },
      });
      await jordan.store.mailAccount.saveAccount(JSON.stringify(settings), new Map(), NOW);
      const account = await loadMailAccount(mail);
      expect(account.ok && account.value.smtp.password).toEqual({ stored: "smtp" });
    });

    it("without the key, an account is neither kept nor opened, and says which setting names it", async () => {
      const [jordan] = candidates as [Candidate];
      const mail = new StoredMailAccounts(jordan.store.mailAccount, jordan.scope, {}, tempHome());
      const opened = await mail.secret({ stored: "smtp" });
      expect(opened.ok ? "" : opened.errors[0]).toContain("AFTERWORD_MAIL_KEY_FILE");
      const kept = await mail.write({ smtp: { host: "127.0.0.1", user: "jordan" } });
      expect(kept.ok ? "" : kept.errors[0]).toContain("AFTERWORD_MAIL_KEY_FILE");
    });
  },
);
