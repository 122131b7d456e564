import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { json, runCli } from "../helpers/cli.js";
import { tempHome } from "../helpers/temp-home.js";

const FIXTURES = join(import.meta.dirname, "..", "fixtures", "records");

describe("afterword import", () => {
  it("imports a record and lists it with its instants in the interview's zone", async () => {
    const home = tempHome();
    expect((await runCli(["profile", join(FIXTURES, "profile.yaml")], { home })).code).toBe(0);
    const imported = await runCli(["import", join(FIXTURES, "acme-onsite.yaml"), "--json"], {
      home,
    });
    expect(imported.code).toBe(0);
    expect(json(imported)).toMatchObject([{ created: [1], updated: [], errors: [] }]);

    const listed = json<Array<Record<string, unknown>>>(
      await runCli(["interviews", "--json"], { home }),
    );
    expect(listed).toMatchObject([
      {
        id: 1,
        company: "Acme Robotics",
        start: "2026-11-20T14:00:00-06:00",
        end: "2026-11-20T15:30:00-06:00",
        status: "scheduled",
      },
    ]);
  });
});
