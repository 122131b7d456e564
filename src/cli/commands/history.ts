import { Argument, Option, type Command } from "commander";
import { recordEvent, type HistoryError, type NewEvent } from "../../app/plan/history.js";
import { candidateZone } from "../../app/plan/plan.js";
import {
  CHANNELS,
  MESSAGE_KINDS,
  OUTCOMES,
  type Channel,
  type MessageKind,
  type Outcome,
} from "../../core/message.js";
import { interviewIdOfItem } from "../../core/plan/item-id.js";
import { parseId } from "../arguments.js";
import { EXIT_CODE_OF, ExitCode, UsageError } from "../exit-code.js";
import { recordedView } from "../present/history.js";
import type { Runtime } from "../runtime.js";
import { findDraft } from "../../app/drafts/draft.js";
import { withHint } from "../hints.js";

const AT_HELP =
  "when it happened: 2026-11-21T09:30 in your profile's zone, or an instant such as 2026-11-21T14:30Z (default: now)";

export function registerHistory(program: Command, rt: Runtime): void {
  program
    .command("sent")
    .description("record a message you sent outside Afterword")
    .argument("[id]", "the interview's ID (not needed with --draft)")
    .option(
      "--draft <id>",
      "the draft you sent, as `afterword drafts` shows it: its kind, person and channel",
    )
    .addOption(new Option("--kind <kind>", "what you sent").choices(MESSAGE_KINDS))
    .option("--to <name>", "whom you sent it to: a name, first name or e-mail address")
    .addOption(
      new Option("--channel <channel>", "how (default: e-mail where planned)").choices(CHANNELS),
    )
    .option("--at <time>", AT_HELP)
    .action(
      async (
        idText: string | undefined,
        options: {
          draft?: string;
          kind?: MessageKind;
          to?: string;
          channel?: Channel;
          at?: string;
        },
      ) => {
        if (options.draft !== undefined) {
          const ctx = await rt.context();
          const found = await findDraft(ctx, parseId(options.draft, "draft"));
          if (!found.ok) return refuseDraft(rt, withHint(found.errors[0]!));
          const draft = found.value;
          if (idText !== undefined && parseId(idText) !== draft.interviewId) {
            throw new UsageError(
              `draft ${draft.id} belongs to interview ${draft.interviewId}, not ${idText}: leave the ID out.`,
            );
          }
          return record(rt, draft.interviewId, {
            type: "sent",
            kind: draft.kind,
            to: draft.recipient.name,
            channel: draft.channel,
            at: options.at ?? null,
          });
        }
        if (idText === undefined || options.kind === undefined) {
          throw new UsageError(
            "say what you sent: `afterword sent --draft ID`, or `afterword sent ID --kind KIND --to NAME`.",
          );
        }
        await record(rt, parseId(idText), {
          type: "sent",
          kind: options.kind,
          to: options.to ?? null,
          channel: options.channel ?? null,
          at: options.at ?? null,
        });
      },
    );

  program
    .command("reply")
    .description("record a reply from the company: it stops the status follow-ups")
    .argument("<id>", "the interview's ID")
    .option("--from <name>", "who answered")
    .option("--at <time>", AT_HELP)
    .action(async (idText: string, options: { from?: string; at?: string }) => {
      await record(rt, parseId(idText), {
        type: "reply",
        from: options.from ?? null,
        at: options.at ?? null,
      });
    });

  program
    .command("outcome")
    .description("record how it ended: rejected, offer, withdrawn, hired or no-response")
    .argument("<id>", "the interview's ID")
    .addArgument(new Argument("<outcome>", "what happened").choices(OUTCOMES))
    .option("--from <name>", "who brought the news (a rejection reply goes to them)")
    .option("--at <time>", AT_HELP)
    .action(async (idText: string, outcome: Outcome, options: { from?: string; at?: string }) => {
      await record(rt, parseId(idText), {
        type: "outcome",
        outcome,
        from: options.from ?? null,
        at: options.at ?? null,
      });
    });

  program
    .command("snooze")
    .description("put off a planned message until a later moment")
    .argument("<item>", "the message's id, as `afterword plan` and `afterword agenda` show it")
    .requiredOption(
      "--until <time>",
      "when to bring it back: 2026-11-23T09:00 in your profile's zone, or an instant with its offset",
    )
    .action(async (item: string, options: { until: string }) => {
      const interviewId = interviewIdOfItem(item);
      if (interviewId === null) {
        throw new UsageError(
          `"${item}" is not a planned message's id: use one that \`afterword plan ID\` or \`afterword agenda\` shows, such as 3.thank-you.email.dana-whitfield.`,
        );
      }
      await record(rt, interviewId, { type: "snooze", itemId: item.trim(), until: options.until });
    });
}

async function record(rt: Runtime, interviewId: number, event: NewEvent): Promise<void> {
  const ctx = await rt.context();
  const result = await recordEvent(ctx, interviewId, event);
  if (!result.ok) return refuse(rt, result.errors);
  for (const warning of result.value.warnings) rt.warn(`note: ${warning}`);
  if (rt.json) {
    rt.printJson(result.value);
    return;
  }
  rt.print(recordedView(result.value, candidateZone(await ctx.store.profile.get())));
}

function refuseDraft(rt: Runtime, message: string): void {
  rt.exitCode = ExitCode.refused;
  if (rt.json) rt.printJson({ errors: [{ code: "no-such-draft", message }] });
  else rt.error(message);
}

/** Times that cannot be read are mistakes on the command line; the rest is refused input. */
function refuse(rt: Runtime, errors: HistoryError[]): void {
  const badTime = errors.find((error) => error.code === "bad-time");
  if (badTime) throw new UsageError(`--${badTime.field ?? "at"}: ${badTime.message}`);
  const hinted = errors.map((error) => ({ ...error, message: withHint(error) }));
  rt.exitCode = EXIT_CODE_OF[errors[0]!.code];
  if (rt.json) rt.printJson({ errors: hinted });
  for (const error of hinted) rt.error(error.message);
}
