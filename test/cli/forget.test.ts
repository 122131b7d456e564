import { join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { json, runCli, type CliResult } from "../helpers/cli.js";
import { tempHome } from "../helpers/temp-home.js";

const RECORDS = join(import.meta.dirname, "..", "fixtures", "records");
const NOW = "2026-11-20T23:30Z";

let home: string;
const cli = (args: string[]): Promise<CliResult> => runCli(args, { home, now: NOW });

beforeEach(async () => {
  home = tempHome();
  expect((await cli(["profile", join(RECORDS, "profile.yaml")])).code).toBe(0);
  expect((await cli(["import", join(RECORDS, "acme-onsite.yaml")])).code).toBe(0);
});

describe("afterword forget", () => {
  it("deletes the interview with its drafts and cancels what waited in the outbox for it", async () => {
    const drafted = await cli(["draft", "1", "--json"]);
    expect(drafted.code, drafted.stderr).toBe(0);
    const [draft] = json<{ id: number }[]>(drafted);
    const queued = await cli([
      "send",
      String(draft!.id),
      "--at",
      "2026-11-21 09:00",
      "--yes",
      "--json",
    ]);
    expect(queued.code, queued.stderr).toBe(0);
    const item = json<{ id: number }>(queued);

    const forgot = await cli(["forget", "1", "--yes", "--json"]);
    expect(forgot.code, forgot.stderr).toBe(0);
    expect(json(forgot)).toEqual({ forgotten: 1, drafts: 1, cancelled: [item.id], sending: [] });

    expect(json(await cli(["interviews", "--json"]))).toEqual([]);
    expect(json<unknown[]>(await cli(["drafts", "--json"]))).toEqual([]);
    const outbox = json<{ id: number; state: string }[]>(await cli(["outbox", "--json"]));
    expect(outbox).toMatchObject([{ id: item.id, state: "cancelled" }]);
  });

  it("says in words what went", async () => {
    expect((await cli(["draft", "1"])).code).toBe(0);
    const forgot = await cli(["forget", "1", "--yes"]);
    expect(forgot.code, forgot.stderr).toBe(0);
    expect(forgot.stdout).toMatch(
      /^Forgot interview 1, Acme Robotics, Senior Backend Engineer \(Fri 20 Nov 2026/,
    );
    expect(forgot.stdout).toContain("1 draft deleted with it.");
  });

  it("asks first, and without a terminal to ask at wants --yes", async () => {
    const asked = await cli(["forget", "1"]);
    expect(asked.code).toBe(2);
    expect(asked.stderr).toContain("add --yes to forget interview 1");
    expect(json<unknown[]>(await cli(["interviews", "--json"]))).toHaveLength(1);
  });

  it("refuses an interview that does not exist", async () => {
    const missing = await cli(["forget", "7", "--yes", "--json"]);
    expect(missing.code).toBe(1);
    expect(json(missing)).toEqual({
      error: "There is no interview 7: `afterword interviews` lists them.",
      code: "no-such-interview",
    });
  });
});
