import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ICAL from "ical.js";
import { DateTime } from "luxon";
import { importFiles } from "../../src/app/interviews/import-files.js";
import { saveProfile } from "../../src/app/setup/profile.js";
import { ok } from "../../src/core/result.js";
import { readCalendarDocument } from "../../src/calendar/ical-document.js";
import { invitesInMail } from "../../src/calendar/mail-invites.js";
import { invitesIn } from "../../src/calendar/read-invites.js";
import { openSqliteStore } from "../../src/store/store.js";
import { contextFor } from "../../test/helpers/context.js";
import { writeCorpus, type CorpusFile } from "./corpus.js";

/**
 * Importing 1,000 invites made from the real-world fixtures' shapes, per invite, as a ratio to
 * ical.js parsing the same calendars (for an e-mail: its calendar part, already decoded).
 * Each figure is the median of several rounds, all measured in this run.
 */
const INVITES = 1000;
const ROUNDS = 5;
const NOW = DateTime.fromISO("2026-01-15T12:00:00Z", { zone: "UTC" });
const PROFILE = {
  name: "Jordan Rivera",
  email: "jordan@example.com",
  timeZone: "America/New_York",
};

export async function run(): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), "afterword-bench-import-"));
  try {
    const corpus = await writeCorpus(join(folder, "."), INVITES);
    const bytes = corpus.map((file) => readFileSync(file.path));
    const options = { now: NOW, homeZone: PROFILE.timeZone };

    const parse = (kind?: CorpusFile["kind"]) => () => {
      for (const file of corpus) {
        if (kind !== undefined && file.kind !== kind) continue;
        try {
          ICAL.parse(file.calendar);
        } catch {
          // Some real-world shapes are refused by ical.js: the attempt is what is timed.
        }
      }
    };
    const read = (kind?: CorpusFile["kind"]) => async () => {
      for (const [i, file] of corpus.entries()) {
        if (kind === undefined || file.kind === kind) await readOne(file, bytes[i]!, options);
      }
    };
    const importAll = async (round: number) => {
      const home = join(folder, `home-${round}`);
      const store = await openSqliteStore(home);
      const ctx = contextFor(home, store, NOW);
      await saveProfile(ctx, PROFILE);
      const started = performance.now();
      const results = await importFiles(
        ctx,
        corpus.map((file) => file.path),
        async () => ok(new Uint8Array()),
      );
      const elapsed = performance.now() - started;
      await store.close();
      return { elapsed, results };
    };

    await read()();
    parse()();
    const baseline = median(await rounds(async () => time(parse())));
    const reading = median(await rounds(async () => time(read())));
    const byKind = [];
    for (const kind of ["ics", "eml"] as const) {
      const count = corpus.filter((file) => file.kind === kind).length;
      const base = median(await rounds(async () => time(parse(kind))));
      const ours = median(await rounds(async () => time(read(kind))));
      byKind.push({ kind, count, base, ours });
    }
    const imports = [];
    for (let round = 0; round < ROUNDS; round++) imports.push(await importAll(round));
    const importing = median(imports.map((i) => i.elapsed));
    const [first] = imports;
    const created = first?.results.reduce((n, r) => n + r.created.length, 0) ?? 0;
    const skipped = first?.results.reduce((n, r) => n + r.skipped.length, 0) ?? 0;
    const refused = first?.results.filter((r) => r.errors.length > 0).length ?? 0;

    const ics = corpus.filter((file) => file.kind === "ics").length;
    const per = (ms: number) => `${(ms / INVITES).toFixed(3)} ms/invite`;
    const ratio = (ms: number) => `${(ms / baseline).toFixed(1)}×`;
    console.log(
      `${INVITES} invites (${ics} .ics, ${INVITES - ics} .eml) from the fixtures' shapes; median of ${ROUNDS} rounds`,
    );
    console.log(
      `  ical.js parse of the calendars   ${per(baseline).padStart(18)}   1.0× (baseline)`,
    );
    console.log(
      `  read: decode, repair, interpret  ${per(reading).padStart(18)}   ${ratio(reading)}`,
    );
    console.log(
      `  import: read + SQLite store      ${per(importing).padStart(18)}   ${ratio(importing)}`,
    );
    for (const { kind, count, base, ours } of byKind) {
      console.log(
        `    read, .${kind} only (${count}): ${(ours / count).toFixed(3)} ms/invite, ${(ours / base).toFixed(1)}× ical.js on the same`,
      );
    }
    console.log(
      `  (the import created ${created} interviews, skipped ${skipped} events, refused ${refused} files)`,
    );
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

async function readOne(
  file: CorpusFile,
  bytes: Uint8Array,
  options: { now: DateTime; homeZone: string },
): Promise<void> {
  if (file.kind === "eml") {
    await invitesInMail(bytes, options);
    return;
  }
  const document = readCalendarDocument(bytes);
  if (document.ok) invitesIn(document.value, options);
}

async function rounds(measure: () => Promise<number>): Promise<number[]> {
  const times: number[] = [];
  for (let round = 0; round < ROUNDS; round++) times.push(await measure());
  return times;
}

async function time(work: () => unknown): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}
