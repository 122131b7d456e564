import { withHint } from "../hints.js";
import type { Command } from "commander";
import type { AppContext } from "../../app/context.js";
import { draftFromEml } from "../../app/drafts/draft-file.js";
import { draftFromStore } from "../../app/drafts/stored-draft.js";
import { loadMailAccount } from "../../app/mail/mail-account.js";
import { proofreadOutgoing, proofreadText } from "../../app/mail/proofread-outgoing.js";
import { queueMail, type OutgoingDraft } from "../../app/mail/queue-mail.js";
import { MESSAGE_KINDS } from "../../core/message.js";
import { readTypedTime } from "../../core/time/typed-time.js";
import { parseId } from "../arguments.js";
import { UsageError } from "../exit-code.js";
import { earlierSending } from "../../app/mail/earlier-sending.js";
import { Cancelled, prompterFor } from "../interactive/prompter.js";
import { findingsReport, findingsSummary } from "../present/findings.js";
import { outboxJson } from "../present/outbox.js";
import { moment } from "../present/when.js";
import { refuse } from "../refusal.js";
import type { Runtime } from "../runtime.js";
import { userPath } from "../user-path.js";

interface SendOptions {
  at?: string;
  yes?: boolean;
  force?: boolean;
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
      "a draft's ID, as `afterword drafts` shows it, or an .eml file (such as `afterword export` writes)",
    )
    .option(
      "--at <time>",
      "when to send: 2026-11-21 09:00 (your zone) or an instant with its offset",
    )
    .option("--yes", "queue without asking")
    .option("--force", "queue even a message already sent to that person (a second thank-you)")
    .option(
      "--interview <id>",
      "for an .eml file: the interview it belongs to (default: the recipient's)",
    )
    .option("--kind <kind>", `for an .eml file: what it is (${MESSAGE_KINDS.join(", ")})`)
    .action(async (given: string, options: SendOptions) => {
      const draft = userPath(given);
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
        const read = readTypedTime(options.at, zone, ctx.now);
        if (!read.ok) throw new UsageError(`--at: ${read.errors[0]!}`);
        if (read.value.understood) rt.warn(`Read "${options.at}" as ${read.value.understood}.`);
        if (read.value.warning) rt.warn(`Note: ${read.value.warning}`);
        at = read.value.at;
      }
      const interviewId = options.interview ? parseId(options.interview) : null;
      const message = /^\d+$/.test(draft)
        ? await draftFromStore(ctx, parseId(draft, "draft"))
        : await draftFromEml(ctx, draft, { interviewId, kind: options.kind ?? null });
      if (!message.ok) return refuse(rt, message.errors[0]!);
      const earlier = await earlierSending(ctx, message.value);
      if (earlier && !options.force) {
        return refuse(rt, `Not queued: ${earlier} Add --force to send it again.`);
      }

      const account = await loadMailAccount(ctx.mail);
      if (!account.ok)
        rt.warn(
          `Note: ${withHint(account.errors[0]!)} Until then the message waits in the outbox.`,
        );
      const due = at ?? ctx.now;
      if (!options.yes) {
        if (!rt.io.interactive) {
          throw new UsageError("add --yes to queue without being asked (no terminal to ask at).");
        }
        if (
          !(await confirmQueueing(
            rt,
            ctx,
            message.value,
            at ? moment(due.toUTC().toISO()!, zone) : "now",
          ))
        ) {
          rt.print("Not queued.");
          return;
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

/**
 * Shows the message and what the proofreader finds in it, then asks. Errors are shown in full
 * with their suggestions; warnings are counted (`afterword check` shows them).
 */
async function confirmQueueing(
  rt: Runtime,
  ctx: AppContext,
  message: OutgoingDraft,
  when: string,
): Promise<boolean> {
  const ask = prompterFor(rt.io);
  ask.note(
    [
      `To:      ${message.to.map((p) => (p.name ? `${p.name} <${p.email}>` : p.email)).join(", ")}`,
      `Subject: ${message.subject}`,
      `When:    ${when}`,
      "",
      message.body.trim(),
    ].join("\n"),
    "About to queue",
  );
  rt.warn("Proofreading…");
  const checked = await proofreadOutgoing(ctx, message);
  let question = "Queue it?";
  if (!checked.ok) {
    ask.info(`The proofreader could not check it: ${checked.errors[0]!.message}`);
  } else {
    const errors = checked.value.findings.filter((finding) => finding.severity === "error");
    const warnings = checked.value.findings.length - errors.length;
    if (errors.length > 0) {
      ask.error(
        `${findingsSummary(checked.value.findings)}\n\n${findingsReport(proofreadText(message), errors)}`,
      );
      question = "Queue it anyway?";
    } else {
      ask.info(
        warnings > 0
          ? `No errors; ${findingsSummary(checked.value.findings)}:\n\n${findingsReport(proofreadText(message), checked.value.findings)}`
          : "The proofreader found nothing to point out.",
      );
    }
  }
  try {
    return await ask.confirm(question, question === "Queue it?");
  } catch (error) {
    if (error instanceof Cancelled) return false;
    throw error;
  }
}
