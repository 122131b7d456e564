import { afterEach, beforeEach, expect, it } from "vitest";
import { spawnCli } from "../helpers/cli.js";
import { tempHome } from "../helpers/temp-home.js";
import { apiHarness, type ApiHarness } from "./api-harness.js";

let home: string;
let api: ApiHarness;
beforeEach(async () => {
  home = tempHome("afterword-web-");
  api = await apiHarness(home);
});
afterEach(async () => {
  await api.close();
});

it("loses no write when `afterword` processes and the page write to one store at once", async () => {
  const rounds = 6;
  const writes: Promise<{ code?: number; statusCode?: number }>[] = [];
  for (let i = 0; i < rounds; i++) {
    writes.push(
      spawnCli(["words", "add", `Cliword${i}`], { home }),
      api.call({ method: "POST", url: "/api/words", payload: { words: [`Pageword${i}`] } }),
    );
  }
  const results = await Promise.all(writes);
  expect(results.map((result) => result.code ?? result.statusCode)).toEqual(
    Array.from({ length: rounds }, () => [0, 200]).flat(),
  );
  const words = (await api.call({ method: "GET", url: "/api/words" })).json().words as string[];
  for (let i = 0; i < rounds; i++) {
    expect(words).toContain(`Pageword${i}`);
    expect(words).toContain(`Cliword${i}`);
  }
}, 180_000);
