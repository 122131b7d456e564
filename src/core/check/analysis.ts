import type { CheckContext } from "./check-context.js";
import type { Span } from "./finding.js";
import type { MessageText } from "./message-text.js";
import { stem } from "./names.js";
import { namedSpans, vocabularyOf, type Vocabulary } from "./vocabulary.js";

/** What several rules derive from the same message and context, worked out once per check. */
export interface Analysis {
  vocabulary: Vocabulary;
  /** Where the candidate's names occur: no tone or placeholder rule fires inside them. */
  named: Span[];
  /** Where names from this interview and the recipient occur (not other applications'). */
  ownNamed: Span[];
  /** Stems of every word of the text. */
  stems: Set<string>;
}

const cache = new WeakMap<MessageText, WeakMap<CheckContext, Analysis>>();

export function analysisOf(message: MessageText, context: CheckContext): Analysis {
  let byContext = cache.get(message);
  if (!byContext) {
    byContext = new WeakMap();
    cache.set(message, byContext);
  }
  let analysis = byContext.get(context);
  if (!analysis) {
    analysis = analyse(message, context);
    byContext.set(context, analysis);
  }
  return analysis;
}

function analyse(message: MessageText, context: CheckContext): Analysis {
  const vocabulary = vocabularyOf(context);
  const own = vocabularyOf({
    ...context,
    elsewhere: { companies: [], people: [], positions: [] },
    words: [],
  });
  return {
    vocabulary,
    named: namedSpans(message.text, vocabulary),
    ownNamed: namedSpans(message.text, own),
    stems: new Set(message.words.map((word) => stem(word.text))),
  };
}
