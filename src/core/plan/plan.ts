import { planAdditionalInfo } from "./additional-info.js";
import { planCheckIns } from "./check-in.js";
import { readInput, type PlanInput } from "./plan-context.js";
import type { PlannedMessage } from "./planned-message.js";
import { planRejectionReply } from "./rejection-reply.js";
import { planStatusFollowUps } from "./status-follow-up.js";
import { planThankYous } from "./thank-you.js";

export type { PlanInput } from "./plan-context.js";

/**
 * Every message the playbook plans for one interview, with its state at `input.now`, earliest
 * first. Pure: the same input always gives the same plan.
 */
export function planInterview(input: PlanInput): PlannedMessage[] {
  const ctx = readInput(input);
  const followUps = planStatusFollowUps(ctx);
  const rejectionReply = planRejectionReply(ctx);
  const items = [
    ...planThankYous(ctx),
    ...planAdditionalInfo(ctx),
    ...followUps,
    ...(rejectionReply ? [rejectionReply] : []),
    ...planCheckIns(ctx, followUps, rejectionReply),
  ];
  return items
    .map((item, order) => ({ item, order }))
    .sort((a, b) => a.item.dueAt.toMillis() - b.item.dueAt.toMillis() || a.order - b.order)
    .map(({ item }) => item.message);
}
