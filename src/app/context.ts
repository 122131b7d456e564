import type { DateTime } from "luxon";
import type { LanguageEngines } from "../core/check/language-engines.js";
import type { Store } from "../store/store.js";
import type { MailAccounts } from "./mail/mail-accounts.js";

/**
 * What every use case runs with, and its only way to the world: the candidate's store (already
 * scoped to them), the moment it runs at, the spelling and grammar engines, and where their mail
 * account is kept. The CLI and the web server each build it in one place.
 */
export interface AppContext {
  store: Store;
  now: DateTime;
  engines: LanguageEngines;
  mail: MailAccounts;
}

/** What a use case that only reads and writes the store needs: a worker builds it per item. */
export type StoreContext = Pick<AppContext, "store" | "now">;

export function nowIso(ctx: StoreContext): string {
  return ctx.now.toUTC().toISO() ?? "";
}
