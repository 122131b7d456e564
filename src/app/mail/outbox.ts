import { fail, ok, type Result } from "../../core/result.js";
import type { OutboxItem } from "../../store/outbox.repository.js";
import { nowIso, type AppContext } from "../context.js";
import { userError, type UserError } from "../user-error.js";

type OutboxError = UserError<"no-such-item" | "refused">;

export function listOutbox(ctx: AppContext): Promise<OutboxItem[]> {
  return ctx.store.outbox.list();
}

/** Cancels a queued (or failed) item; one being sent, or sent, cannot be called back. */
export async function cancelOutboxItem(
  ctx: AppContext,
  id: number,
): Promise<Result<OutboxItem, OutboxError>> {
  const refusedIn = await ctx.store.transaction((tx) =>
    tx.outbox.cancel(id, "cancelled by you", nowIso(ctx)),
  );
  const item = await ctx.store.outbox.get(id);
  if (!item) return fail(userError("no-such-item", `There is no outbox item ${id}.`, { id }));
  if (refusedIn === null && item.state === "cancelled") return ok(item);
  switch (item.state) {
    case "sending":
      return refused(
        id,
        `Item ${id} is being handed to the server right now; it can no longer be called back.`,
      );
    case "sent":
      return refused(
        id,
        `Item ${id} was sent ${item.sentAt ?? ""}; a sent message cannot be called back.`.replace(
          " ;",
          ";",
        ),
      );
    default:
      return refused(id, `Item ${id} is already ${item.state}.`);
  }
}

/** Queues a failed item again, due now. */
export async function retryOutboxItem(
  ctx: AppContext,
  id: number,
): Promise<Result<OutboxItem, OutboxError>> {
  const retried = await ctx.store.transaction((tx) => tx.outbox.retry(id, nowIso(ctx)));
  const item = await ctx.store.outbox.get(id);
  if (!item) return fail(userError("no-such-item", `There is no outbox item ${id}.`, { id }));
  return retried
    ? ok(item)
    : refused(id, `Item ${id} is ${item.state}; only a failed item can be retried.`);
}

function refused(id: number, message: string): Result<never, OutboxError> {
  return fail(userError("refused", message, { id }));
}
