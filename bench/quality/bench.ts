import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  checkContext,
  knownElsewhere,
  Proofreader,
  readMessage,
  type CheckContext,
  type Finding,
} from "../../src/core/check/index.js";
import { noteWordCount } from "../../src/core/check/message-text.js";
import { CHANNELS, MESSAGE_KINDS } from "../../src/core/message.js";
import { varietyOf } from "../../src/core/english-variety.js";
import { nodeEngines } from "../../src/engines/node-engines.js";
import { fixed, median, table } from "../check/stats.js";
import { writeBlindPairs } from "./blind.js";
import { loadQualityRecords } from "./corpus.js";
import {
  answerRepeatedToOnePerson,
  answerToWrongPerson,
  byRules,
  largestOverlap,
  repeatedSentences,
  RULE_CLASSES,
  unpromptedNews,
  type Instance,
} from "./defects.js";
import { draftAll, draftLabel, loadReasons, type Draft } from "./drafts.js";

const ROOT = join(import.meta.dirname, "..", "..");
export const OUT = join(ROOT, "dist", "bench", "quality");
/** Instances printed under each defect class, so the count can be read as sentences. */
const EXAMPLES = 3;

/**
 * `npm run bench -- quality`: drafts every kind and channel for every interviewer of the quality
 * corpus and counts the drafts that show each defect (target 0 for each). `quality:blind` writes
 * the blind comparison pairs instead. The bench exits 0 either way: it measures.
 */
export async function run(only: string[] = []): Promise<void> {
  if (only.includes("blind")) {
    await writeBlindPairs();
    if (only.length === 1) return;
  }
  const records = loadQualityRecords();
  const started = performance.now();
  const drafts = draftAll(records, loadReasons());
  const written = drafts.filter((draft) => draft.message);
  console.log(
    `${records.length} records, ${records.reduce((n, r) => n + r.interview.interviewers.length, 0)} interviewers: ${written.length} drafts written, ${drafts.length - written.length} refused, in ${fixed((performance.now() - started) / 1000, 1)} s.`,
  );
  printRefusals(drafts);

  const findings = await proofreadAll(written);
  writeDrafts(written, findings);

  console.log("\nDefects (drafts that show each; target 0):\n");
  const classes: [string, Instance[]][] = [
    ...RULE_CLASSES.map(
      ({ name, rules }) => [name, byRules(written, findings, rules)] as [string, Instance[]],
    ),
    ["claim of news with no reason given", unpromptedNews(written)],
    ["answer to someone who did not raise it", answerToWrongPerson(written)],
    ["answer repeated to one person", answerRepeatedToOnePerson(written)],
  ];
  const repetition = repeatedSentences(written);
  classes.push(["sentence repeated across drafts", repetition.instances]);
  console.log(
    table(
      ["defect", "drafts", "share"],
      classes.map(([name, instances]) => [
        name,
        instances.length,
        `${fixed((100 * instances.length) / written.length, 1)}%`,
      ]),
    ),
  );
  for (const [name, instances] of classes) {
    if (instances.length === 0) continue;
    console.log(`\n  ${name}, e.g.:`);
    for (const { draft, evidence } of instances.slice(0, EXAMPLES)) {
      console.log(`    ${draftLabel(draft)}: ${evidence}`);
    }
  }
  if (repetition.top.length > 0) {
    console.log("\n  Sentences written most often:");
    for (const [candidate, sentence, count] of repetition.top) {
      console.log(`    in ${count} messages of ${candidate}'s: “${sentence}”`);
    }
  }

  printProofreaderErrors(written, findings);
  const overlap = largestOverlap(written);
  console.log(
    `\nLargest overlap between two drafts of one candidate: ${fixed(overlap.overlap)} of word trigrams (${overlap.pair?.join("  ~  ") ?? "none"}); most sentences shared: ${overlap.sharedSentences} (${overlap.sentencePair?.join("  ~  ") ?? "none"}).`,
  );
  printWordCounts(written);
  console.log(`\nDrafts and their findings: ${OUT}`);
}

function printRefusals(drafts: readonly Draft[]): void {
  const counts = new Map<string, number>();
  for (const draft of drafts) {
    if (draft.refusal) {
      const key = `${draft.kind}: ${draft.refusal}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  for (const [key, count] of counts) console.log(`  refused ${count}× ${key}`);
}

/** Every draft through the real proofreader (our rules, nspell and harper), as `afterword check` runs it. */
async function proofreadAll(drafts: readonly Draft[]): Promise<Map<Draft, Finding[]>> {
  const findings = new Map<Draft, Finding[]>();
  const proofreaders = new Map<string, Proofreader>();
  const started = performance.now();
  try {
    for (const draft of drafts) {
      const english = varietyOf(draft.record.profile);
      let proofreader = proofreaders.get(english);
      if (!proofreader) {
        proofreader = new Proofreader(nodeEngines({ english }));
        proofreaders.set(english, proofreader);
      }
      const result = await proofreader.check(draft.text, contextOf(draft, drafts));
      findings.set(draft, result.findings);
    }
  } finally {
    for (const proofreader of proofreaders.values()) await proofreader.stop();
  }
  console.log(
    `Proofread ${drafts.length} drafts in ${fixed((performance.now() - started) / 1000, 1)} s.`,
  );
  return findings;
}

/** The context a draft is checked in: its interview, reader, the candidate's other applications, its panel siblings. */
function contextOf(draft: Draft, drafts: readonly Draft[]): CheckContext {
  const others = drafts
    .filter((other) => other.record.profile.name === draft.record.profile.name)
    .map((other) => other.record.interview);
  return checkContext({
    kind: draft.kind,
    channel: draft.channel,
    interview: draft.record.interview,
    recipient: { name: draft.to.name, email: draft.to.email },
    profile: draft.record.profile,
    elsewhere: knownElsewhere(
      [...new Set(others)].filter((interview) => interview !== draft.record.interview),
      draft.record.interview,
    ),
    siblings: drafts
      .filter(
        (other) =>
          other.record === draft.record &&
          other.kind === draft.kind &&
          other.channel === draft.channel &&
          other.to !== draft.to,
      )
      .map((other) => ({ to: other.to.name, text: other.text })),
    now: draft.writtenAt,
  });
}

function printProofreaderErrors(drafts: readonly Draft[], findings: Map<Draft, Finding[]>): void {
  const byRule = new Map<string, { drafts: number; example: string }>();
  let withErrors = 0;
  for (const draft of drafts) {
    const errors = (findings.get(draft) ?? []).filter((finding) => finding.severity === "error");
    if (errors.length > 0) withErrors++;
    for (const rule of new Set(errors.map((error) => error.rule))) {
      const first = errors.find((error) => error.rule === rule)!;
      const entry = byRule.get(rule) ?? {
        drafts: 0,
        example: `${draftLabel(draft)}: “${draft.text.slice(first.start, first.end)}”`,
      };
      entry.drafts++;
      byRule.set(rule, entry);
    }
  }
  console.log(
    `\nProofreader errors (target 0): ${withErrors} of ${drafts.length} drafts have at least one.`,
  );
  if (byRule.size > 0) {
    console.log(
      table(
        ["rule", "drafts", "e.g."],
        [...byRule.entries()]
          .sort((a, b) => b[1].drafts - a[1].drafts)
          .map(([rule, { drafts: count, example }]) => [rule, count, example]),
      ),
    );
  }
}

function printWordCounts(drafts: readonly Draft[]): void {
  const rows: (string | number)[][] = [];
  for (const kind of MESSAGE_KINDS) {
    for (const channel of CHANNELS) {
      const counts = drafts
        .filter((draft) => draft.kind === kind && draft.channel === channel)
        .map((draft) => noteWordCount(readMessage(draft.text)));
      if (counts.length === 0) continue;
      rows.push([
        kind,
        channel,
        counts.length,
        Math.min(...counts),
        median(counts),
        Math.max(...counts),
      ]);
    }
  }
  console.log("\nWords per draft (greeting to closing, as the proofreader counts them):\n");
  console.log(table(["kind", "channel", "drafts", "min", "median", "max"], rows));
}

/** Each draft and its findings in one text file, for reading the numbers as sentences. */
function writeDrafts(drafts: readonly Draft[], findings: Map<Draft, Finding[]>): void {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const byRecord = new Map<string, Draft[]>();
  for (const draft of drafts) {
    byRecord.set(draft.record.name, [...(byRecord.get(draft.record.name) ?? []), draft]);
  }
  for (const [name, own] of byRecord) {
    const text = own
      .map((draft) =>
        [
          `=== ${draftLabel(draft)}`,
          draft.text,
          ...(findings.get(draft) ?? []).map(
            (f) => `  [${f.severity} ${f.rule}] “${draft.text.slice(f.start, f.end)}” ${f.message}`,
          ),
        ].join("\n"),
      )
      .join("\n\n");
    writeFileSync(join(OUT, `${name.replace("/", "--")}.txt`), `${text}\n`);
  }
}
