import type { UserError } from "../../app/user-error.js";
import type { Command } from "commander";
import { cancelOutboxItem, listOutbox, retryOutboxItem } from "../../app/mail/outbox.js";
import type { Result } from "../../core/result.js";
import type { OutboxItem } from "../../store/outbox.repository.js";
import { parseId } from "../arguments.js";

import { outboxJson, outboxTable } from "../present/outbox.js";
import { refuse } from "../refusal.js";
import type { Runtime } from "../runtime.js";

export function registerOutbox(program: Command, rt: Runtime): void {
  const outbox = program
    .command("outbox")
    .description("list the outbox: queued, sending, sent, failed and cancelled messages")
    .action(async () => {
      const ctx = await rt.context();
      const items = await listOutbox(ctx);
      if (rt.json) return rt.printJson(items.map(outboxJson));
      const zone = (await ctx.store.profile.get())?.timeZone ?? "UTC";
      rt.print(outboxTable(items, zone));
    });

  outbox
    .command("cancel")
    .description("cancel a queued message")
    .argument("<item>", "the item's ID, as `afterword outbox` shows it")
    .action(async (idText: string) => {
      const id = parseId(idText, "outbox item");
      const ctx = await rt.context();
      const result = await cancelOutboxItem(ctx, id);
      show(rt, result, (item) =>
        item.maybeSent
          ? `Cancelled item ${id}. An earlier try was cut off and may have reached the server: look in your Sent folder.`
          : `Cancelled item ${id}; it will not be sent.`,
      );
    });

  outbox
    .command("retry")
    .description("queue a failed message again, due now")
    .argument("<item>", "the item's ID, as `afterword outbox` shows it")
    .action(async (idText: string) => {
      const id = parseId(idText, "outbox item");
      const result = await retryOutboxItem(await rt.context(), id);
      show(rt, result, () => `Item ${id} is queued again; \`afterword worker\` sends it.`);
    });
}

function show(
  rt: Runtime,
  result: Result<OutboxItem, UserError>,
  words: (item: OutboxItem) => string,
) {
  if (!result.ok) return refuse(rt, result.errors[0]!);
  if (rt.json) rt.printJson(outboxJson(result.value));
  else rt.print(words(result.value));
}
