import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { json, runCli } from "../../helpers/cli.js";
import { dovecotMissing } from "../../helpers/mail/dovecot.js";
import { connectImap } from "../../helpers/mail/smtp-sink.js";
import {
  FIXTURES,
  PASSWORD_ENV,
  mailConfig,
  preparedHome,
  startMailServers,
  writeMailConfig,
  type MailServers,
} from "../../helpers/mail/world.js";

const missing = dovecotMissing();
const OUTGOING = join(FIXTURES, "mail", "outgoing");
const REPLIES = join(FIXTURES, "mail", "replies");
const REAL = join(FIXTURES, "mail", "real-world");

interface FolderSync {
  folder: string;
  renumbered: boolean;
  looked: number;
  receptions: { uid: number; kind: string; messageId: string; cancelled: number[] }[];
}

describe.skipIf(missing)("reading the mailbox over IMAP, incrementally by UID", () => {
  let servers: MailServers;
  beforeAll(async () => {
    servers = await startMailServers();
  });
  afterAll(async () => {
    await servers?.stop();
  });

  /** Puts messages in one of the candidate's folders, as a server delivering them would. */
  async function deliver(folder: string, ...files: string[]): Promise<void> {
    const client = await connectImap(servers.dovecot, "candidate");
    try {
      if (folder !== "INBOX" && !(await client.list()).some((f) => f.path === folder)) {
        await client.mailboxCreate(folder);
      }
      for (const file of files) await client.append(folder, readFileSync(file));
    } finally {
      await client.logout();
    }
  }

  async function recreate(folder: string): Promise<void> {
    const client = await connectImap(servers.dovecot, "candidate");
    try {
      await client.mailboxDelete(folder);
      await client.mailboxCreate(folder);
    } finally {
      await client.logout();
    }
  }

  it("records replies once, reads only what is new, and starts over when UIDVALIDITY changes", async () => {
    const home = await preparedHome(servers);
    writeMailConfig(home, mailConfig(servers, { folders: ["Recruiting"] }));
    const cli = (args: string[], now = "2026-11-20T22:00Z") =>
      runCli(args, { home, env: PASSWORD_ENV, now });
    await cli(["send", join(OUTGOING, "thank-you-dana.eml"), "--yes"]);
    await cli(["send", join(OUTGOING, "thank-you-sam.eml"), "--yes"]);
    await cli(["worker", "--once"]);
    const followUp = json<{ id: number }>(
      await cli([
        "send",
        join(OUTGOING, "status-follow-up.eml"),
        "--kind",
        "status-follow-up",
        "--at",
        "2026-11-27 10:00",
        "--yes",
        "--json",
      ]),
    ).id;

    await deliver(
      "INBOX",
      join(REAL, "mailparser-sparrow-human.eml"),
      join(REPLIES, "dana-automatic-reply-auto-submitted.eml"),
    );
    await deliver("Recruiting", join(REPLIES, "sam-bounce-user-unknown.eml"));
    let synced = json<FolderSync[]>(await cli(["inbox", "sync", "--json"]));
    expect(synced.map((f) => [f.folder, f.renumbered, f.receptions.map((r) => r.kind)])).toEqual([
      ["INBOX", false, ["auto-reply"]],
      ["Recruiting", false, ["bounce"]],
    ]);

    synced = json<FolderSync[]>(await cli(["inbox", "sync", "--json"]));
    expect(synced.map((f) => f.looked)).toEqual([0, 0]);

    await deliver("INBOX", join(REPLIES, "dana-human-threaded.eml"));
    synced = json<FolderSync[]>(await cli(["inbox", "sync", "--json"]));
    expect(synced[0]).toMatchObject({
      looked: 1,
      receptions: [{ kind: "human", cancelled: [followUp] }],
    });

    // The server renumbers the folder: every UID seen before is void, so it is read again whole,
    // and what was recorded already is recognised by its Message-ID.
    await recreate("Recruiting");
    await deliver(
      "Recruiting",
      join(REPLIES, "sam-bounce-user-unknown.eml"),
      join(REPLIES, "sam-human-new-thread.eml"),
    );
    synced = json<FolderSync[]>(await cli(["inbox", "sync", "--json"]));
    expect(synced[1]).toMatchObject({
      folder: "Recruiting",
      renumbered: true,
      looked: 2,
      receptions: [{ kind: "human", messageId: "<20261124150100.sam@acme.example>" }],
    });

    const received = json<{ kind: string; folder: string | null }[]>(
      await cli(["inbox", "--json"]),
    );
    expect(received.map((r) => r.kind).sort()).toEqual(["auto-reply", "bounce", "human", "human"]);
  });

  it("says when a folder named in mail.yaml does not exist", async () => {
    const home = await preparedHome(servers);
    writeMailConfig(home, mailConfig(servers, { folders: ["Nowhere"] }));
    const result = await runCli(["inbox", "sync"], { home, env: PASSWORD_ENV });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('The folder "Nowhere" does not exist');
  });
});
