import { classifyMail } from "../../src/core/reply/classify.js";
import { DECISION_KINDS, type DecisionKind } from "../../src/core/reply/decision-kind.js";
import { suggestDecision } from "../../src/core/reply/suggest.js";
import { readReceived } from "../../src/mail/read-received.js";
import { loadReplyCorpus } from "./corpus.js";

/**
 * The reply classifier on its corpus: per kind, precision (of the messages suggested as the kind,
 * how many are) and recall (of the messages that are the kind, how many were suggested as it),
 * then every miss with what was suggested and why. `--` nothing else: this is a quality bench,
 * not a timing one.
 */
export async function run(): Promise<void> {
  const corpus = loadReplyCorpus();
  const results: { name: string; expected: DecisionKind; got: DecisionKind; because: string }[] =
    [];
  for (const message of corpus) {
    const mail = await readReceived(message.raw);
    const suggestion = suggestDecision(mail, classifyMail(mail));
    results.push({
      name: message.name,
      expected: message.expected,
      got: suggestion.kind,
      because: suggestion.because,
    });
  }
  console.log(`${corpus.length} messages\n`);
  console.log("kind         messages  precision  recall");
  for (const kind of DECISION_KINDS) {
    const actual = results.filter((r) => r.expected === kind).length;
    const suggested = results.filter((r) => r.got === kind).length;
    const right = results.filter((r) => r.expected === kind && r.got === kind).length;
    console.log(
      `${kind.padEnd(12)} ${String(actual).padStart(8)}  ${ratio(right, suggested).padStart(9)}  ${ratio(right, actual).padStart(6)}`,
    );
  }
  const right = results.filter((r) => r.expected === r.got).length;
  console.log(
    `\nall          ${String(results.length).padStart(8)}  accuracy ${ratio(right, results.length)}`,
  );
  const misses = results.filter((r) => r.expected !== r.got);
  if (misses.length > 0) console.log("\nmisses:");
  for (const miss of misses) {
    console.log(`  ${miss.name}: ${miss.expected} suggested as ${miss.got} (${miss.because})`);
  }
}

function ratio(part: number, whole: number): string {
  return whole === 0 ? "–" : (part / whole).toFixed(2);
}
