import type { Writable } from "node:stream";
import type { Command } from "commander";
import { draftFromEml } from "../../app/draft-file.js";
import { loadMailAccount } from "../../app/mail-account.js";
import { queueMail } from "../../app/queue-mail.js";
import { MESSAGE_KINDS } from "../../core/message.js";
import { resolveWallTime } from "../../core/time/wall-time.js";
import { parseId } from "../arguments.js";
import { UsageError } from "../exit-code.js";
import { Cancelled, Prompter } from "../interactive/prompter.js";
import { outboxJson } from "../present/outbox.js";
import { moment } from "../present/when.js";
import { refuse } from "../refusal.js";
import type { Runtime } from "../runtime.js";

interface SendOptions {
  at?: string;
  yes?: boolean;
  interview?: string;
  kind?: string;
}

export function registerSend(program: Command, rt: Runtime): void {
  program
    .command("send")
    .description(
      "queue a message in the outbox, to be sent now or --at a moment by `afterword worker`",
    )
    .argument(
      "<draft>",
      "the message: an .eml file (such as `afterword export DRAFT --eml` writes)",
    )
    .option(
      "--at <time>",
      "when to send: 2026-11-21 09:00 (your zone) or an instant with its offset",
    )
    .option("--yes", "queue without asking")
    .option("--interview <id>", "the interview it belongs to (default: the recipient's)")
    .option("--kind <kind>", `what it is: ${MESSAGE_KINDS.join(", ")}`)
    .action(async (draft: string, options: SendOptions) => {
      const ctx = await rt.context();
      if (options.kind && !(MESSAGE_KINDS as readonly string[]).includes(options.kind)) {
        throw new UsageError(
          `--kind must be one of ${MESSAGE_KINDS.join(", ")}; got "${options.kind}".`,
        );
      }
      const profile = await ctx.store.profile.get();
      const zone = profile?.timeZone ?? "UTC";
      let at = null;
      if (options.at) {
        const resolved = resolveWallTime(options.at, zone);
        if (!resolved.ok) {
          throw new UsageError(
            `--at "${options.at}" is not a moment: write 2026-11-21 09:00 (in ${zone}) or 2026-11-21T09:00-05:00.`,
          );
        }
        at = resolved.value.at;
      }
      const interviewId = options.interview ? parseId(options.interview) : null;
      const message = await draftFromEml(ctx, draft, { interviewId, kind: options.kind ?? null });
      if (!message.ok) return refuse(rt, message.errors[0]!);

      const account = await loadMailAccount(ctx.home);
      if (!account.ok)
        rt.warn(`Note: ${account.errors[0]} Until then the message waits in the outbox.`);
      const due = at ?? ctx.now;
      if (!options.yes) {
        if (!rt.io.interactive) {
          throw new UsageError("add --yes to queue without being asked (no terminal to ask at).");
        }
        const ask = new Prompter(rt.io.stdin, rt.io.stdout as unknown as Writable);
        ask.note(
          [
            `To:      ${message.value.to.map((p) => (p.name ? `${p.name} <${p.email}>` : p.email)).join(", ")}`,
            `Subject: ${message.value.subject}`,
            `When:    ${at ? moment(due.toUTC().toISO()!, zone) : "now"}`,
            "",
            message.value.body.trim(),
          ].join("\n"),
          "About to queue",
        );
        try {
          if (!(await ask.confirm("Queue it?"))) {
            rt.print("Not queued.");
            return;
          }
        } catch (error) {
          if (error instanceof Cancelled) return rt.print("Not queued.");
          throw error;
        }
      }
      const queued = await queueMail(ctx, account.ok ? account.value : null, message.value, at);
      if (!queued.ok) return refuse(rt, queued.errors[0]!);
      const { item, warnings } = queued.value;
      for (const warning of warnings) rt.warn(`Warning: ${warning}`);
      if (rt.json) return rt.printJson(outboxJson(item));
      rt.print(
        `Queued as outbox item ${item.id}, due ${moment(item.dueAt, zone)}. Message-ID ${item.messageId}.\n` +
          "`afterword worker` sends it; `afterword outbox` shows where it is.",
      );
    });
}
