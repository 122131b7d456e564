import { DateTime } from "luxon";
import { afterEach } from "vitest";
import type { AppContext } from "../../../src/app/context.js";
import { saveProfile } from "../../../src/app/setup/profile.js";
import { openSqliteStore } from "../../../src/store/store.js";
import { contextFor } from "../../helpers/context.js";
import { tempHome } from "../../helpers/temp-home.js";

const open: AppContext[] = [];

/** A fresh store with a profile, at a fixed moment. */
export async function inviteContext(
  profile: Record<string, unknown> | null = {
    name: "Jordan Rivera",
    email: "jordan@example.com",
    timeZone: "America/New_York",
  },
  now = "2026-01-15T12:00:00Z",
): Promise<AppContext> {
  const home = tempHome();
  const ctx = contextFor(home, await openSqliteStore(home), DateTime.fromISO(now, { zone: "UTC" }));
  open.push(ctx);
  if (profile) {
    const saved = await saveProfile(ctx, profile);
    if (!saved.ok) throw new Error(JSON.stringify(saved.errors));
  }
  return ctx;
}

afterEach(async () => {
  for (const ctx of open.splice(0)) await ctx.store.close();
});
