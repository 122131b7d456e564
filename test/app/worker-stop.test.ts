import { rmSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { json, runCli } from "../helpers/cli.js";
import { dovecotMissing } from "../helpers/mail/dovecot.js";
import { bundleChild, preload } from "../helpers/mail/preloaded-cli.js";
import { countMessageId } from "../helpers/mail/smtp-sink.js";
import {
  DANA,
  PASSWORD_ENV,
  emlFile,
  preparedHome,
  startMailServers,
  type MailServers,
} from "../helpers/mail/world.js";

const missing = dovecotMissing();

describe.skipIf(missing)("afterword worker and SIGTERM", () => {
  let servers: MailServers;
  let bundle: string;
  beforeAll(async () => {
    [servers, bundle] = await Promise.all([startMailServers(), bundleChild("cli-child.ts")]);
  });
  afterAll(async () => {
    await servers?.stop();
    if (bundle) rmSync(bundle, { force: true });
  });

  it("finishes the message it is handing over, then stops cleanly and sends nothing more", async () => {
    const home = await preparedHome(servers);
    const file = emlFile(home, "note.eml", { to: DANA, subject: "Stop", body: "Stop after me." });
    for (let i = 0; i < 3; i++) await runCli(["send", file, "--yes"], { home, env: PASSWORD_ENV });
    servers.sink.delayMs = 500;
    const before = servers.sink.receiving;
    const worker = preload(bundle, ["--home", home, "worker"], PASSWORD_ENV);
    await worker.ready;
    worker.go();
    const deadline = Date.now() + 20_000;
    while (servers.sink.receiving === before && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    worker.child.kill("SIGTERM");
    expect(await worker.exited, worker.output.stderr).toBe(0);
    servers.sink.delayMs = 0;

    const items = json<{ state: string; messageId: string }[]>(
      await runCli(["outbox", "--json"], { home }),
    );
    expect(items.map((item) => item.state).sort()).toEqual(["queued", "queued", "sent"]);
    const sent = items.find((item) => item.state === "sent")!;
    expect(await countMessageId(servers.dovecot, "dana", "INBOX", sent.messageId)).toBe(1);
    expect(worker.output.stdout).toContain("Sent #");
  });
});
