import type { CheckContext } from "./check-context.js";
import type { Span } from "./finding.js";
import type { MessageText } from "./message-text.js";
import { perCheck } from "./memo.js";
import { stem } from "./names.js";
import { namedSpans, ownVocabularyOf, vocabularyOf, type Vocabulary } from "./vocabulary.js";

/** What several rules derive from the same message and context, worked out once per check. */
export interface Analysis {
  vocabulary: Vocabulary;
  /** Where the candidate's names occur: no tone or placeholder rule fires inside them. */
  named: Span[];
  /** Where names from this interview and the recipient occur (not other applications'). */
  ownNamed: Span[];
  /** Stems of every word of the text. */
  stems: Set<string>;
  /** Stems of the words of each sentence, in the order of `message.sentences`. */
  sentenceStems: Set<string>[];
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
  // Each word is stemmed once for both readings.
  const wordStems = lazy(() => message.words.map((word) => stem(word.text)));
  const stems = lazy(() => new Set(wordStems()));
  const sentenceStems = lazy(() => sentenceStemsOf(message, wordStems()));
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
    get stems() {
      return stems();
    },
    get sentenceStems() {
      return sentenceStems();
    },
  };
}

/** Each sentence's word stems, in one pass over the words. */
function sentenceStemsOf(message: MessageText, wordStems: readonly string[]): Set<string>[] {
  const sets = message.sentences.map(() => new Set<string>());
  let sentence = 0;
  message.words.forEach((word, i) => {
    while (sentence < message.sentences.length && message.sentences[sentence]!.end < word.end)
      sentence++;
    const current = message.sentences[sentence];
    if (current && word.start >= current.start) sets[sentence]!.add(wordStems[i]!);
  });
  return sets;
}
