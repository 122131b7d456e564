import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import type { Finding } from "../../src/core/check/index.js";
import type { AgendaItem } from "../../src/core/plan/agenda.js";
import { json, runCli, type CliResult } from "../helpers/cli.js";
import { tempHome } from "../helpers/temp-home.js";

const RECORDS = join(import.meta.dirname, "..", "fixtures", "records");
const NOW = "2026-11-21T15:00Z";

let home: string;
const cli = (args: string[], now = NOW): Promise<CliResult> => runCli(args, { home, now });

/** The Acme interview with a second interviewer, Lee, who gave no e-mail address. */
beforeEach(async () => {
  home = tempHome();
  expect((await cli(["profile", join(RECORDS, "profile.yaml")])).code).toBe(0);
  const record = readFileSync(join(RECORDS, "acme-onsite.yaml"), "utf8").replace(
    "interviewers:\n",
    "interviewers:\n  - name: Lee Okafor\n    discussed:\n      - the on-call rotation\n",
  );
  const file = join(home, "acme.yaml");
  writeFileSync(file, record);
  expect((await cli(["import", file])).code).toBe(0);
});

describe("--channel linkedin-message", () => {
  it("drafts a message to a connection: no subject, the e-mail's length", async () => {
    const result = await cli([
      "draft",
      "1",
      "--to",
      "Dana",
      "--channel",
      "linkedin-message",
      "--json",
    ]);
    expect(result.code).toBe(0);
    const [draft] =
      json<{ id: number; channel: string; subject: string | null; body: string }[]>(result);
    expect(draft).toMatchObject({ channel: "linkedin-message", subject: null });
    expect(draft!.body.length).toBeGreaterThan(300);
    const exported = await cli(["export", String(draft!.id), "--eml", join(home, "x.eml")]);
    expect(exported.code).not.toBe(0);
    expect(exported.stderr).toContain("is for a LinkedIn message, not an e-mail");
  });

  it("checks a note against a message's limit, and a connection note against 200", async () => {
    const note = join(home, "note.txt");
    writeFileSync(
      note,
      "Hi Dana, thank you for the conversation about moving the fleet telemetry pipeline to Kafka on Friday. I keep thinking about your point on replaying events after an outage, and I would be glad to stay in touch here.\nJordan",
    );
    const rules = async (channel: string) =>
      json<{ findings: Finding[] }>(
        await cli(["check", note, "--to", "Dana", "--channel", channel, "--json"]),
      ).findings.map((f) => f.rule);
    expect(await rules("linkedin")).toContain("length.linkedin-limit");
    expect(await rules("linkedin-message")).not.toContain("length.linkedin-limit");
  });

  it("records a thank-you sent to a connection as the LinkedIn thank-you, not an e-mail one", async () => {
    const before = json<AgendaItem[]>(await cli(["agenda", "--json"]));
    const lee = before.find((m) => m.kind === "thank-you" && m.recipient.name === "Lee Okafor");
    expect(lee!.channels.map((c) => c.channel)).toEqual(["card", "linkedin"]);

    const sent = await cli([
      "sent",
      "1",
      "--kind",
      "thank-you",
      "--to",
      "Lee",
      "--channel",
      "linkedin-message",
      "--json",
    ]);
    expect(sent.code).toBe(0);
    expect(json(sent)).toMatchObject({ event: { channel: "linkedin-message", to: "Lee Okafor" } });
    const plan = json<AgendaItem[]>(await cli(["plan", "1", "--json"]));
    expect(
      plan.find((m) => m.kind === "thank-you" && m.recipient.name === "Lee Okafor"),
    ).toMatchObject({ id: "1.thank-you.linkedin-message.lee-okafor", state: "done" });

    const wrong = await cli([
      "sent",
      "1",
      "--kind",
      "thank-you",
      "--to",
      "Dana",
      "--channel",
      "linkedin-message",
    ]);
    expect(wrong.code).not.toBe(0);
    expect(wrong.stderr).toContain("No linkedin-message thank-you is planned for Dana Whitfield");
  });

  it("is refused where the command does not know it", async () => {
    const bad = await cli(["draft", "1", "--channel", "linkedin-dm"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("linkedin-message");
  });
});
