import { panelOverlap, trigramProfile, wordsOf } from "../../src/core/trigram-overlap.js";
import type { Finding } from "../../src/core/check/index.js";
import { draftLabel, messageKey, type Draft } from "./drafts.js";

/**
 * The defect classes the bench counts. Each is read from the proofreader's own rules where one
 * exists; the rest need the whole set of drafts (or the reason the composer was given), which a
 * check of one message does not have, and are detected here.
 */
export interface DefectClass {
  name: string;
  /** The proofreader's rule codes that show it. */
  rules: string[];
}

export const RULE_CLASSES: DefectClass[] = [
  { name: "preposition or frame + clause", rules: ["wording.frame-clause"] },
  { name: "reader in the third person", rules: ["wording.reader-third-person"] },
  { name: "doubled word or phrase", rules: ["wording.doubled-phrase", "grammar.repeated-word"] },
  { name: "casual greeting with a title", rules: ["tone.casual-title"] },
  { name: "unsupported claim", rules: ["claim.as-promised", "claim.one-interviewer"] },
];

/** A draft that shows a defect, with what shows it. */
export interface Instance {
  draft: Draft;
  evidence: string;
}

/** Drafts whose findings include one of the class's rules. */
export function byRules(
  drafts: readonly Draft[],
  findings: Map<Draft, Finding[]>,
  rules: readonly string[],
): Instance[] {
  const instances: Instance[] = [];
  for (const draft of drafts) {
    const hit = (findings.get(draft) ?? []).find((finding) => rules.includes(finding.rule));
    if (hit) {
      instances.push({
        draft,
        evidence: `${hit.rule}: “${draft.text.slice(hit.start, hit.end)}”`,
      });
    }
  }
  return instances;
}

/**
 * Lines that say something prompted the note ("something recently brought our conversation back
 * to mind"): true only when the composer was given a reason to write now.
 */
const PROMPTED =
  /\b(?:brought (?:our|the|that) conversation back|back to mind|reminded me of (?:our|the|that) conversation|(?:something|news|an article) (?:recently )?(?:brought|reminded|caught)|I (?:saw|read|noticed) (?:the|your|some) (?:news|announcement|article)|congratulations on (?:the|your) (?:news|launch|announcement))/i;

/** Drafts that claim a prompt to write when the composer was given no reason. */
export function unpromptedNews(drafts: readonly Draft[]): Instance[] {
  return drafts.flatMap((draft) => {
    if (draft.reason || !draft.message) return [];
    const match = PROMPTED.exec(draft.text);
    return match ? [{ draft, evidence: `“${match[0]}” with no reason given` }] : [];
  });
}

/** A concern's response, a question's answer or promised material of the record, and whom it is for. */
interface Answer {
  label: string;
  raisedBy: string | null;
  /** Whether a draft carries it. */
  carriedBy(text: string): boolean;
}

function answersOf(draft: Draft): Answer[] {
  const { concerns, unanswered, promised } = draft.record.interview;
  return [
    ...concerns.flatMap((item, i) =>
      item.response ? [wordsAnswer(`concerns[${i}]`, item.response, item.raisedBy)] : [],
    ),
    ...unanswered.flatMap((item, i) =>
      item.answer ? [wordsAnswer(`unanswered[${i}]`, item.answer, item.raisedBy)] : [],
    ),
    ...promised.map((item, i) =>
      item.url
        ? {
            label: `promised[${i}]`,
            raisedBy: item.raisedBy ?? null,
            carriedBy: (text: string) => text.includes(item.url!),
          }
        : wordsAnswer(`promised[${i}]`, item.what, item.raisedBy),
    ),
  ];
}

const ANSWER_GRAM = 4;

/** An answer is carried when half its four-word runs are in the draft: reworded, it still repeats. */
function wordsAnswer(label: string, text: string, raisedBy: string | null | undefined): Answer {
  const grams = nGrams(wordsOf(text), Math.min(ANSWER_GRAM, wordsOf(text).length));
  return {
    label,
    raisedBy: raisedBy ?? null,
    carriedBy(draft) {
      if (grams.size === 0) return false;
      const have = nGrams(wordsOf(draft), Math.min(ANSWER_GRAM, wordsOf(text).length));
      let shared = 0;
      for (const gram of grams) if (have.has(gram)) shared++;
      return shared / grams.size >= 0.5;
    },
  };
}

function nGrams(words: readonly string[], n: number): Set<string> {
  const grams = new Set<string>();
  for (let i = 0; i + n <= words.length; i++) grams.add(words.slice(i, i + n).join(" "));
  return grams;
}

/** Drafts that answer a concern, question or promise raised by someone else (`raisedBy`). */
export function answerToWrongPerson(drafts: readonly Draft[]): Instance[] {
  return drafts.flatMap((draft) => {
    if (!draft.message) return [];
    const wrong = answersOf(draft).find(
      (answer) =>
        answer.raisedBy !== null &&
        answer.raisedBy.trim().toLowerCase() !== draft.to.name.trim().toLowerCase() &&
        answer.carriedBy(draft.text),
    );
    return wrong ? [{ draft, evidence: `${wrong.label} was raised by ${wrong.raisedBy}` }] : [];
  });
}

/**
 * Drafts that carry an answer the same person already has from another message (another kind on
 * the same channel): each is counted after the first.
 */
export function answerRepeatedToOnePerson(drafts: readonly Draft[]): Instance[] {
  const seen = new Map<string, string>();
  const instances: Instance[] = [];
  for (const draft of drafts) {
    if (!draft.message) continue;
    for (const answer of answersOf(draft)) {
      if (!answer.carriedBy(draft.text)) continue;
      const key = `${draft.record.name}\u0000${draft.to.name}\u0000${draft.channel}\u0000${answer.label}`;
      const first = seen.get(key);
      if (first === undefined) {
        seen.set(key, draft.kind);
      } else if (first !== draft.kind) {
        instances.push({ draft, evidence: `${answer.label} again after the ${first}` });
        break;
      }
    }
  }
  return instances;
}

function normalised(sentence: string): string {
  return sentence.toLowerCase().replace(/\s+/g, " ").trim();
}

/**
 * Drafts with a sentence that an earlier message of the same candidate already has (another
 * channel of the same message is an alternative to it, not another message).
 */
export function repeatedSentences(drafts: readonly Draft[]): {
  instances: Instance[];
  top: [string, string, number][];
} {
  const seen = new Map<string, Map<string, Set<string>>>();
  const instances: Instance[] = [];
  for (const draft of drafts) {
    const candidate = draft.record.profile.name;
    const own = seen.get(candidate) ?? new Map<string, Set<string>>();
    seen.set(candidate, own);
    const key = messageKey(draft);
    let repeated: string | null = null;
    for (const sentence of new Set(draft.sentences.map(normalised))) {
      const messages = own.get(sentence) ?? new Set<string>();
      if ([...messages].some((other) => other !== key)) repeated ??= sentence;
      messages.add(key);
      own.set(sentence, messages);
    }
    if (repeated) instances.push({ draft, evidence: `“${repeated}”` });
  }
  const top = [...seen.entries()]
    .flatMap(([candidate, sentences]) =>
      [...sentences.entries()].map(([sentence, messages]): [string, string, number] => [
        candidate,
        sentence,
        messages.size,
      ]),
    )
    .filter(([, , count]) => count > 1)
    .sort((a, b) => b[2] - a[2])
    .slice(0, 8);
  return { instances, top };
}

/**
 * The two drafts of one candidate (two messages, not two channels of one) that read most alike, by
 * the panel measure over their content, and the two that share the most sentences.
 */
export function largestOverlap(drafts: readonly Draft[]): {
  overlap: number;
  pair: [string, string] | null;
  sharedSentences: number;
  sentencePair: [string, string] | null;
} {
  const written = drafts.filter((draft) => draft.message && draft.sentences.length > 0);
  const profiles = written.map((draft) => trigramProfile(draft.sentences.join(" ")));
  const sentenceSets = written.map((draft) => new Set(draft.sentences.map(normalised)));
  let best = { overlap: 0, pair: null as [string, string] | null };
  let most = { shared: 0, pair: null as [string, string] | null };
  for (let a = 0; a < written.length; a++) {
    for (let b = a + 1; b < written.length; b++) {
      if (written[a]!.record.profile.name !== written[b]!.record.profile.name) continue;
      if (messageKey(written[a]!) === messageKey(written[b]!)) continue;
      const overlap = panelOverlap(profiles[a]!, profiles[b]!);
      if (overlap > best.overlap) {
        best = { overlap, pair: [draftLabel(written[a]!), draftLabel(written[b]!)] };
      }
      let shared = 0;
      for (const sentence of sentenceSets[a]!) if (sentenceSets[b]!.has(sentence)) shared++;
      if (shared > most.shared) {
        most = { shared, pair: [draftLabel(written[a]!), draftLabel(written[b]!)] };
      }
    }
  }
  return { ...best, sharedSentences: most.shared, sentencePair: most.pair };
}
