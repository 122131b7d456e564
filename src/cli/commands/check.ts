import { basename } from "node:path";
import { Option, type Command } from "commander";
import { checkMessage } from "../../app/drafts/check.js";
import { draftText, recheckDraft } from "../../app/drafts/draft-check.js";
import { STDIN } from "../../app/stdin.js";
import { LONGEST_MESSAGE, messageText, readMessageFile } from "../../app/drafts/message-file.js";
import { ruleCatalogue, type SiblingNote } from "../../core/check/index.js";
import { fail, ok, type Result } from "../../core/result.js";
import { CHANNELS, MESSAGE_KINDS, type Channel, type MessageKind } from "../../core/message.js";
import { parseId } from "../arguments.js";
import { EXIT_CODE_OF, ExitCode, UsageError } from "../exit-code.js";
import { readAllBytes } from "../io.js";
import { refuse } from "../refusal.js";
import { checkedAsLine, findingsReport, findingsSummary } from "../present/findings.js";
import { table } from "../present/table.js";
import type { Runtime } from "../runtime.js";
import { userPath } from "../user-path.js";
import { withHint } from "../hints.js";

interface CheckOptions {
  kind?: MessageKind;
  channel?: Channel;
  interview?: string;
  to?: string;
  other?: string[];
  strict?: boolean;
  quick?: boolean;
  rules?: boolean;
  draft?: string;
}

export function registerCheck(program: Command, rt: Runtime): void {
  program
    .command("check")
    .description(
      "proofread a message from FILE (or - for standard input): placeholders, wrong names, spelling, tone, timing",
    )
    .argument("[file]", "the message; an optional first line `Subject: …` is its subject", STDIN)
    .addOption(
      new Option("--kind <kind>", "what the message is (default thank-you)").choices(MESSAGE_KINDS),
    )
    .addOption(
      new Option("--channel <channel>", "how it is sent (default email)").choices(CHANNELS),
    )
    .option("--interview <id>", "the interview it is about, as `afterword interviews` shows it")
    .option(
      "--to <name>",
      "who it goes to (finds the interview from the name when --interview is left out)",
    )
    .option(
      "--other <file>",
      "another note to the same company, to catch near-copies (repeatable)",
      (file: string, files: string[] = []) => [...files, file],
    )
    .option("--quick", "dictionary spelling only: skip loading the grammar engine")
    .option("--strict", "exit with status 1 when there are errors")
    .option("--rules", "list every rule the proofreader applies, and exit")
    .option(
      "--draft <id>",
      "re-check a stored draft now (as `afterword drafts` shows it) and keep its findings",
    )
    .action(async (given: string, options: CheckOptions) => {
      const file = userPath(given);
      if (options.rules) return listRules(rt);
      if (options.draft !== undefined)
        return checkStoredDraft(rt, parseId(options.draft, "draft"), options);
      const text = await readMessageText(rt, file);
      const others = await Promise.all((options.other ?? []).map((path) => readOther(path)));
      const unread = [text, ...others].flatMap((read) => (read.ok ? [] : read.errors));
      if (!text.ok || unread.length > 0) return refuse(rt, unread.join("\n"));
      (await rt.engines()).preload(options.quick ?? false);
      const ctx = await rt.context();
      if (!rt.json && rt.io.interactive && !options.quick)
        rt.warn("Checking spelling and grammar…");
      const result = await checkMessage(ctx, {
        text: text.value,
        kind: options.kind ?? null,
        channel: options.channel ?? null,
        interviewId: options.interview === undefined ? null : parseId(options.interview),
        to: options.to ?? null,
        others: others.flatMap((read) => (read.ok ? [read.value] : [])),
        quick: options.quick ?? false,
      });
      if (!result.ok) {
        const problem = result.errors[0]!;
        // The recipient is a guess the check can do without.
        const toHint = problem.field === "to" ? " Or leave out --to." : "";
        rt.exitCode = EXIT_CODE_OF[problem.code];
        rt.error(withHint(problem) + toHint);
        return;
      }
      const report = result.value;
      for (const notice of report.notices) rt.warn(`note: ${notice}`);
      if (options.strict && report.findings.some((finding) => finding.severity === "error")) {
        rt.exitCode = ExitCode.refused;
      }
      if (rt.json) {
        rt.printJson({
          findings: report.findings,
          engine: report.engine,
          checkedAs: report.checkedAs,
        });
        return;
      }
      const name = file === STDIN ? "standard input" : basename(file);
      const lines = [
        `${name}: ${findingsSummary(report.findings)}`,
        checkedAsLine(report.checkedAs),
      ];
      if (report.findings.length > 0) lines.push("", findingsReport(text.value, report.findings));
      rt.print(lines.join("\n"));
    });
}

/** The message to check; a file that cannot be read as a message is refused input (exit 1). */
async function readMessageText(rt: Runtime, file: string): Promise<Result<string, string>> {
  if (file === STDIN) {
    if (rt.io.interactive) {
      throw new UsageError(
        "give the message as a FILE, or pipe it in: `afterword check note.txt`.",
      );
    }
    // Four bytes a character at most: anything longer cannot be a message.
    const bytes = await readAllBytes(rt.io.stdin, LONGEST_MESSAGE * 4);
    return bytes
      ? messageText(bytes, "standard input")
      : fail(
          `standard input: longer than any message (at most ${LONGEST_MESSAGE.toLocaleString("en")} characters); check one message at a time.`,
        );
  }
  return readMessageFile(file);
}

async function readOther(file: string): Promise<Result<SiblingNote, string>> {
  const read = await readMessageFile(file, `--other ${file}`);
  return read.ok ? ok({ to: basename(file), text: read.value }) : read;
}

async function checkStoredDraft(rt: Runtime, id: number, options: CheckOptions): Promise<void> {
  // The drafting code (the composer, the .eml writer) is loaded only for a stored draft.
  const { findDraft } = await import("../../app/drafts/draft.js");
  const ctx = await rt.context();
  const found = await findDraft(ctx, id);
  if (!found.ok) {
    rt.exitCode = EXIT_CODE_OF[found.errors[0]!.code];
    rt.error(withHint(found.errors[0]!));
    return;
  }
  const draft = await recheckDraft(ctx, found.value);
  if (options.strict && draft.findings.some((finding) => finding.severity === "error")) {
    rt.exitCode = ExitCode.refused;
  }
  const text = draftText(draft);
  if (rt.json) {
    rt.printJson({ findings: draft.findings, draft: draft.id, text, checkedAt: draft.checkedAt });
    return;
  }
  const lines = [`draft ${draft.id}: ${findingsSummary(draft.findings)}`];
  if (draft.findings.length > 0) lines.push("", findingsReport(text, draft.findings));
  rt.print(lines.join("\n"));
}

function listRules(rt: Runtime): void {
  const rules = ruleCatalogue();
  if (rt.json) {
    rt.printJson({ rules });
    return;
  }
  rt.print(
    table(
      ["Rule", "Severity", "What it catches"],
      rules.map((rule) => [rule.rule, rule.severity, rule.summary]),
    ),
  );
}
