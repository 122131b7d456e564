// `npm run bench`: runs every bench/<area>/bench.ts in turn, or only the areas named
// (`npm run bench -- check`), or parts of one (`npm run bench -- check:warm,cold`). Each prints its
// ratios against a baseline measured in the same run.
import { readdirSync, existsSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const parts = new Map(
  process.argv.slice(2).map((arg) => {
    const [area = "", only] = arg.split(":");
    return [area, only ? only.split(",") : []] as const;
  }),
);
const wanted = [...parts.keys()];
const areas = readdirSync(import.meta.dirname, { withFileTypes: true })
  .filter(
    (entry) => entry.isDirectory() && existsSync(join(import.meta.dirname, entry.name, "bench.ts")),
  )
  .map((entry) => entry.name)
  .filter((area) => wanted.length === 0 || wanted.includes(area))
  .sort();

if (areas.length === 0) {
  console.error(`No benchmark matches ${wanted.join(", ")}.`);
  process.exitCode = 2;
}
for (const area of areas) {
  console.log(`\n=== bench/${area} ===`);
  const module = (await import(
    pathToFileURL(join(import.meta.dirname, area, "bench.ts")).href
  )) as {
    run: (only: string[]) => Promise<void>;
  };
  await module.run(parts.get(area) ?? []);
}
