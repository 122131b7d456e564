import type { CheckContext } from "./check-context.js";
import type { Span } from "./finding.js";
import type { MessageText } from "./message-text.js";
import { perCheck } from "./memo.js";
import { stem } from "./names.js";
import { perSentence, sentencesOf } from "./sentence-text.js";
import { namedSpans, ownVocabularyOf, vocabularyOf, type Vocabulary } from "./vocabulary.js";

/** What several rules derive from the same message and context, worked out once per check. */
export interface Analysis {
  vocabulary: Vocabulary;
  /** Where the candidate's names occur: no tone or placeholder rule fires inside them. */
  named: Span[];
  /** Where names from this interview and the recipient occur (not other applications'). */
  ownNamed: Span[];
  /** Stems of every word of the body: whether one of its sentences has the stem. */
  stems: { has(stem: string): boolean };
  /** Stems of the words of each sentence, in the order of `message.sentences`. */
  sentenceStems: ReadonlySet<string>[];
}

export const analysisOf = perCheck(analyse);

/** Each part is worked out when a rule first asks for it: most checks need only some. */
function analyse(message: MessageText, context: CheckContext): Analysis {
  const lazy = <T>(compute: () => T): (() => T) => {
    let value: T | undefined;
    return () => (value ??= compute());
  };
  const vocabulary = lazy(() => vocabularyOf(context));
  const named = lazy(() => namedSpans(message.text, vocabulary()));
  const ownNamed = lazy(() => namedSpans(message.text, ownVocabularyOf(context)));
  const sentenceStems = lazy(() =>
    sentencesOf(message)
      .filter(({ sentence }) => sentence.part === "body")
      .map(({ sentence }) => stemsOf(sentence)),
  );
  const stems = { has: (part: string) => sentenceStems().some((words) => words.has(part)) };
  return {
    get vocabulary() {
      return vocabulary();
    },
    get named() {
      return named();
    },
    get ownNamed() {
      return ownNamed();
    },
    stems,
    get sentenceStems() {
      return sentenceStems();
    },
  };
}

/** A sentence's word stems, kept by its text: a keystroke stems the words of one sentence. */
const stemsOf = perSentence(
  (_text, tokens): ReadonlySet<string> => new Set(tokens.text.map((word) => stem(word))),
);
