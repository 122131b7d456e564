import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { parse } from "yaml";
import { checkContext, knownElsewhere, type CheckContext } from "../../src/core/check/index.js";
import type { InterviewDetails } from "../../src/core/interview.js";
import { CHANNELS, MESSAGE_KINDS, type Channel, type MessageKind } from "../../src/core/message.js";
import type { HistoryEvent } from "../../src/core/plan/history.js";
import { profileSchema, type Profile } from "../../src/core/record/profile.js";
import { resolveRecord } from "../../src/core/record/resolve-record.js";

export const CORPUS = join(import.meta.dirname, "..", "corpus");

/** One note of the labelled corpus with the context it was written in. */
export interface CorpusNote {
  name: string;
  text: string;
  context: CheckContext;
  profile: Profile;
  /** For bad notes: the rule codes that must fire. */
  expect: string[];
}

interface Records {
  profiles: Record<string, Profile>;
  interviews: Record<string, { profile: string; interview: InterviewDetails }>;
}

let records: Records | null = null;

export function loadRecords(): Records {
  if (records) return records;
  const raw = parse(readFileSync(join(CORPUS, "records.yaml"), "utf8")) as {
    profiles: Record<string, unknown>;
    interviews: Record<string, Record<string, unknown>>;
  };
  const profiles = Object.fromEntries(
    Object.entries(raw.profiles).map(([key, value]) => [key, profileSchema.parse(value)]),
  );
  const interviews = Object.fromEntries(
    Object.entries(raw.interviews).map(([key, { profile, ...record }]) => {
      const resolved = resolveRecord(record, null);
      if (!resolved.ok) throw new Error(`records.yaml ${key}: ${JSON.stringify(resolved.errors)}`);
      return [key, { profile: String(profile), interview: resolved.value.interview }];
    }),
  );
  records = { profiles, interviews };
  return records;
}

interface FrontMatter {
  interview: string;
  to?: string;
  kind: MessageKind;
  channel: Channel;
  now: string;
  history?: HistoryEvent[];
  siblings?: string[];
  expect?: string[];
}

/** Reads every note of `good/` or `bad/`, in name order. */
export function loadNotes(set: "good" | "bad"): CorpusNote[] {
  const folder = join(CORPUS, set);
  return readdirSync(folder)
    .filter((file) => file.endsWith(".txt"))
    .sort()
    .map((file) => readNote(join(folder, file)));
}

export function readNote(path: string): CorpusNote {
  const source = readFileSync(path, "utf8");
  const match = /^---\n([\s\S]*?)\n---\n/.exec(source);
  if (!match) throw new Error(`${path}: no front matter`);
  const meta = parse(match[1]!) as FrontMatter;
  const text = source.slice(match[0].length).replace(/\n$/, "");
  const { profiles, interviews } = loadRecords();
  const entry = interviews[meta.interview];
  if (!entry) throw new Error(`${path}: no interview ${meta.interview}`);
  if (!MESSAGE_KINDS.includes(meta.kind) || !CHANNELS.includes(meta.channel)) {
    throw new Error(`${path}: bad kind or channel`);
  }
  const profile = profiles[entry.profile]!;
  const others = Object.values(interviews)
    .filter((other) => other.profile === entry.profile && other.interview !== entry.interview)
    .map((other) => other.interview);
  const recipient = entry.interview.interviewers.find((person) => person.name === meta.to);
  if (meta.to && !recipient) throw new Error(`${path}: ${meta.to} is not an interviewer`);
  const context = checkContext({
    kind: meta.kind,
    channel: meta.channel,
    interview: entry.interview,
    recipient: recipient ? { name: recipient.name, email: recipient.email } : null,
    profile,
    elsewhere: knownElsewhere(others, entry.interview),
    history: meta.history ?? [],
    siblings: (meta.siblings ?? []).map((sibling) => {
      const note = readNote(join(CORPUS, sibling));
      return { to: note.context.recipient?.name ?? sibling, text: note.text };
    }),
    now: new Date(meta.now).toISOString(),
  });
  return { name: basename(path, ".txt"), text, context, profile, expect: meta.expect ?? [] };
}
