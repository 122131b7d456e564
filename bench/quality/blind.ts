import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { messageText } from "../../src/core/check/index.js";
import { composeMessage } from "../../src/core/compose/compose.js";
import { fnv1a } from "../../src/core/compose/seeded-choice.js";
import { CHANNELS, MESSAGE_KINDS, type Channel, type MessageKind } from "../../src/core/message.js";
import { profileSchema } from "../../src/core/record/profile.js";
import { QUALITY, readInterview } from "./corpus.js";
import { unknownWords } from "../../src/app/drafts/unknown-words.js";
import type { LanguageEngines } from "../../src/core/check/language-engines.js";
import { nodeLanguageEngines } from "../../src/engines/node-engines.js";
import { DateTime } from "luxon";

/** The kit of human notes with their records; another folder of the same shape may be named. */
const KIT = process.env.AFTERWORD_BLIND_KIT ?? join(QUALITY, "blind");
const OUT = join(import.meta.dirname, "..", "..", "dist", "bench", "quality-blind");
/** Change it to deal the pairs again in another order. */
const SEED = process.env.AFTERWORD_BLIND_SEED ?? "afterword-blind";

/** What a human note was written as, from its front matter. */
interface NoteHeader {
  source: string;
  kind: MessageKind;
  channel: Channel;
  to: string;
  writtenAt: string;
  /** A check-in's reason to write now, in the candidate's words. */
  reason?: string;
}

interface Pair {
  name: string;
  human: string;
  afterword: string;
}

/**
 * `npm run bench -- quality:blind`: for each folder of `blind/` (a profile, a record and a note a
 * person wrote from the same facts), drafts Afterword's note for the same reader, kind, channel
 * and moment, and writes the two as `pairs/NN/A.txt` and `B.txt` in an order dealt from a seed,
 * with the key kept apart in `key.json`. A judge reads only `pairs/`.
 */
export async function writeBlindPairs(): Promise<void> {
  const engines = nodeLanguageEngines({ grammar: false });
  const names = readdirSync(KIT, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const pairs: Pair[] = [];
  for (const name of names) {
    const pair = await pairFor(name, engines);
    if (pair) pairs.push(pair);
  }
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(join(OUT, "pairs"), { recursive: true });
  const order = [...pairs].sort(
    (a, b) => fnv1a(`${SEED}\u0000${a.name}`) - fnv1a(`${SEED}\u0000${b.name}`),
  );
  const key: { id: string; pair: string; A: string; B: string }[] = [];
  order.forEach((pair, i) => {
    const id = String(i + 1).padStart(2, "0");
    const humanFirst = fnv1a(`${SEED}\u0000side\u0000${pair.name}`) % 2 === 0;
    const [a, b] = humanFirst ? [pair.human, pair.afterword] : [pair.afterword, pair.human];
    mkdirSync(join(OUT, "pairs", id));
    writeFileSync(join(OUT, "pairs", id, "A.txt"), `${a}\n`);
    writeFileSync(join(OUT, "pairs", id, "B.txt"), `${b}\n`);
    key.push({
      id,
      pair: pair.name,
      A: humanFirst ? "human" : "afterword",
      B: humanFirst ? "afterword" : "human",
    });
  });
  writeFileSync(join(OUT, "key.json"), `${JSON.stringify(key, null, 2)}\n`);
  writeFileSync(
    join(OUT, "pairs", "README.txt"),
    [
      "Each folder holds two notes a candidate could send after the same interview, to the same person.",
      "For each, say which one a hiring manager would rather receive (A or B), and why, in a sentence or two.",
      "",
    ].join("\n"),
  );
  console.log(
    `${pairs.length} blind pairs in ${join(OUT, "pairs")}; the key is ${join(OUT, "key.json")}.`,
  );
}

async function pairFor(name: string, engines: LanguageEngines): Promise<Pair | null> {
  const folder = join(KIT, name);
  const profile = profileSchema.parse(parse(readFileSync(join(folder, "profile.yaml"), "utf8")));
  const interview = readInterview(join(folder, "record.yaml"), profile, 1);
  const { header, text } = readNote(join(folder, "note.txt"));
  // "alan mcrae" in the record is Alan McRae in the note.
  const to = interview.interviewers.find(
    (person) => person.name.toLowerCase() === header.to.toLowerCase(),
  );
  if (!to) throw new Error(`${folder}: ${header.to} is not an interviewer of record.yaml`);
  // Drafted as `afterword draft` drafts it, with the words of the notes no dictionary knows.
  const now = DateTime.fromISO(header.writtenAt);
  const drafted = composeMessage({
    interview,
    profile,
    kind: header.kind,
    channel: header.channel,
    recipient: { name: to.name, email: to.email },
    reason: header.reason ?? null,
    writtenAt: header.writtenAt,
    unknownWords: await unknownWords({ engines, now }, interview, profile),
  });
  if (!drafted.ok) {
    // The candidate chose a message the plan would not write (an answer their thank-you carries).
    console.log(`${name}: left out, as Afterword declines it: ${drafted.errors[0]?.message}`);
    return null;
  }
  return {
    name,
    human: text,
    afterword: messageText(drafted.value.subject, drafted.value.body).trimEnd(),
  };
}

export function readNote(path: string): { header: NoteHeader; text: string } {
  const source = readFileSync(path, "utf8");
  const match = /^---\n([\s\S]*?)\n---\n/.exec(source);
  if (!match) throw new Error(`${path}: no front matter`);
  const raw = parse(match[1]!) as Omit<NoteHeader, "writtenAt"> & { writtenAt: string | Date };
  const header: NoteHeader = {
    ...raw,
    writtenAt: raw.writtenAt instanceof Date ? raw.writtenAt.toISOString() : raw.writtenAt,
  };
  if (!MESSAGE_KINDS.includes(header.kind) || !CHANNELS.includes(header.channel)) {
    throw new Error(`${path}: kind or channel is not one Afterword writes`);
  }
  if (!header.source || !header.to || !header.writtenAt) {
    throw new Error(`${path}: the front matter needs source, to and writtenAt`);
  }
  return { header, text: source.slice(match[0].length).trimEnd() };
}
