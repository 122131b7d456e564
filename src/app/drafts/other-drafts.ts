import type { ProvenanceEntry } from "../../core/compose/composed-message.js";
import { letterSentences } from "../../core/letter-sentences.js";
import { sentenceKey } from "../../core/sentences.js";
import type { AppContext } from "../context.js";

/** The sentences of the candidate's drafts, by the planned message each belongs to. */
export interface OtherDrafts {
  /**
   * What a draft for `planItemId` must not say again: every sentence of the drafts written before
   * it (all of them, for a new one), first seen first, each once. Its own earlier text and the
   * drafts after it are left out, so drafting it again comes out the same: a later draft is the
   * one that steers clear.
   */
  except(planItemId: string): string[];
  /** Puts a draft written in this run in place of the stored one, for the drafts after it. */
  replace(planItemId: string, text: { body: string; provenance: readonly ProvenanceEntry[] }): void;
}

/** Every stored draft of the candidate (any interview, any kind), in the store's order. */
export async function otherDrafts(ctx: AppContext): Promise<OtherDrafts> {
  const byItem = new Map<string, string[]>();
  for (const draft of await ctx.store.drafts.list()) {
    byItem.set(draft.planItemId, letterSentences(draft.body, draft.provenance));
  }
  return {
    except(planItemId) {
      const seen = new Set<string>();
      const sentences: string[] = [];
      for (const [item, theirs] of byItem) {
        if (item === planItemId) break;
        for (const sentence of theirs) {
          const key = sentenceKey(sentence);
          if (seen.has(key)) continue;
          seen.add(key);
          sentences.push(sentence);
        }
      }
      return sentences;
    },
    replace(planItemId, text) {
      byItem.set(planItemId, letterSentences(text.body, text.provenance));
    },
  };
}
