import type { DateTime } from "luxon";
import type { Store } from "../store/store.js";

/** What every use case runs with: the store, the moment it runs at, and the data folder. */
export interface AppContext {
  store: Store;
  now: DateTime;
  home: string;
}

export function nowIso(ctx: AppContext): string {
  return ctx.now.toUTC().toISO() ?? "";
}
