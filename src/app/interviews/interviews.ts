import type { Interview } from "../../core/interview.js";
import type { AppContext } from "../context.js";

export function listInterviews(ctx: AppContext): Promise<Interview[]> {
  return ctx.store.interviews.list();
}

export function findInterview(ctx: AppContext, id: number): Promise<Interview | null> {
  return ctx.store.interviews.get(id);
}
