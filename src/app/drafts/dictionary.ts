import { fail, ok, type Result } from "../../core/result.js";
import { nowIso, type AppContext } from "../context.js";
import { userError, type UserError } from "../user-error.js";

/** A word as the dictionary keeps it: letters, with inner apostrophes, hyphens or dots. */
const WORD = /^[\p{L}\p{M}][\p{L}\p{M}\p{N}'’.-]*$/u;

export type DictionaryProblem = UserError<"not-a-word"> & { word: string };

export function listWords(ctx: AppContext): Promise<string[]> {
  return ctx.store.dictionary.list();
}

/** Adds words to the personal dictionary; a word that is not one refuses the whole request. */
export async function addWords(
  ctx: AppContext,
  words: string[],
): Promise<Result<string[], DictionaryProblem>> {
  const trimmed = words.map((word) => word.trim());
  const bad = trimmed.filter((word) => !WORD.test(word));
  if (bad.length > 0) {
    return fail(
      ...bad.map((word) => ({
        ...userError("not-a-word", `"${word}" is not a single word: add words one by one.`),
        word,
      })),
    );
  }
  return ok(await ctx.store.transaction((tx) => tx.dictionary.add(trimmed, nowIso(ctx))));
}

export function removeWords(ctx: AppContext, words: string[]): Promise<string[]> {
  return ctx.store.transaction((tx) => tx.dictionary.remove(words.map((word) => word.trim())));
}
