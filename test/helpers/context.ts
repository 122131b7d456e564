import type { DateTime } from "luxon";
import type { AppContext } from "../../src/app/context.js";
import { nodeLanguageEngines } from "../../src/engines/node-engines.js";
import { DataFolderMailAccounts } from "../../src/mail/data-folder-accounts.js";
import type { Store } from "../../src/store/store.js";

/**
 * The dictionary engine alone: real, and ready in a fraction of a second, for the tests that are
 * not about grammar; those that are give the full engines.
 */
export const DICTIONARY_ENGINES = nodeLanguageEngines({ grammar: false });

/** A use case's context over a store, with the mail account of the data folder `home`. */
export function contextFor(
  home: string,
  store: Store,
  now: DateTime,
  env: Record<string, string | undefined> = {},
): AppContext {
  return { store, now, engines: DICTIONARY_ENGINES, mail: new DataFolderMailAccounts(home, env) };
}
