import { DateTime } from "luxon";
import type { AppContext } from "../../src/app/context.js";
import type { InterviewDetails } from "../../src/core/interview.js";
import { DEFAULT_WORKING_HOURS } from "../../src/core/record/profile.js";
import { openSqliteStore } from "../../src/store/store.js";
import { interview, type InterviewOptions } from "../core/plan/fixtures.js";
import { contextFor } from "../helpers/context.js";
import { tempHome } from "../helpers/temp-home.js";

/** A real store in a fresh folder, with a profile in New York, and a context at `now`. */
export async function appContext(
  now: string,
): Promise<AppContext & { at(now: string): AppContext }> {
  const home = tempHome();
  const store = await openSqliteStore(home);
  await store.profile.save(
    {
      name: "Jordan Rivera",
      email: "jordan@example.com",
      phone: null,
      linkedin: null,
      timeZone: "America/New_York",
      signature: null,
      aliases: [],
      workingHours: DEFAULT_WORKING_HOURS,
      tone: "warm",
      cards: "auto",
      linkedinAccount: "free",
    },
    now,
  );
  const context = (moment: string): AppContext =>
    contextFor(home, store, DateTime.fromISO(moment, { setZone: true }).toUTC());
  return { ...context(now), at: context };
}

export async function saveInterview(ctx: AppContext, options: InterviewOptions): Promise<number> {
  const {
    id: _id,
    status: _status,
    ...details
  }: { id: number; status: string } & InterviewDetails = interview(options);
  return (await ctx.store.interviews.save(details, "record", ctx.now.toISO()!)).id;
}
