import { Command } from "commander";
import packageJson from "../../package.json" with { type: "json" };
import { applyGuide } from "./command-guide.js";
import { commandWord } from "./command-word.js";
import { UsageError } from "./exit-code.js";
import type { Runtime } from "./runtime.js";
import { closest } from "./suggest.js";

type Register = (program: Command, rt: Runtime) => void;

/**
 * Each module of commands, loaded only when one of its commands runs (or for the full help):
 * `afterword agenda` then never parses the proofreader, the mail code or the prompts.
 */
const MODULES: { names: string[]; load: () => Promise<Register> }[] = [
  { names: ["profile"], load: async () => (await import("./commands/profile.js")).registerProfile },
  { names: ["import"], load: async () => (await import("./commands/import.js")).registerImport },
  {
    names: ["interviews", "show", "forget"],
    load: async () => (await import("./commands/interviews.js")).registerInterviews,
  },
  { names: ["mail"], load: async () => (await import("./commands/mail.js")).registerMail },
  { names: ["send"], load: async () => (await import("./commands/send.js")).registerSend },
  { names: ["outbox"], load: async () => (await import("./commands/outbox.js")).registerOutbox },
  { names: ["inbox"], load: async () => (await import("./commands/inbox.js")).registerInbox },
  { names: ["worker"], load: async () => (await import("./commands/worker.js")).registerWorker },
  { names: ["details"], load: async () => (await import("./commands/details.js")).registerDetails },
  {
    names: ["plan", "agenda"],
    load: async () => (await import("./commands/plan.js")).registerPlan,
  },
  {
    names: ["sent", "reply", "outcome", "snooze"],
    load: async () => (await import("./commands/history.js")).registerHistory,
  },
  {
    names: ["reminders"],
    load: async () => (await import("./commands/reminders.js")).registerReminders,
  },
  { names: ["check"], load: async () => (await import("./commands/check.js")).registerCheck },
  { names: ["words"], load: async () => (await import("./commands/words.js")).registerWords },
  {
    names: ["draft", "drafts", "edit", "export"],
    load: async () => (await import("./commands/draft.js")).registerDraft,
  },
  { names: ["doctor"], load: async () => (await import("./commands/doctor.js")).registerDoctor },
  { names: ["serve"], load: async () => (await import("./commands/serve.js")).registerServe },
];

/** Every command's name, for "did you mean …?" without loading the commands. */
export const COMMAND_NAMES = MODULES.flatMap((module) => module.names);

/** The command line, with only the commands it needs (all of them for help or a mistake). */
export async function buildProgram(rt: Runtime, argv: readonly string[]): Promise<Command> {
  const program = new Command("afterword")
    .description("After the interview: the right message to the right person at the right time.")
    .version(packageJson.version, "-V, --version", "print Afterword's version")
    .option("--home <dir>", "data folder (default: your user data folder; also AFTERWORD_HOME)")
    .option(
      "--now <instant>",
      "act as if it were this moment, e.g. 2026-11-20T16:00Z (also AFTERWORD_NOW)",
    )
    .option(
      "--database <url>",
      "keep the store in PostgreSQL, e.g. postgres://user@host/afterword (also AFTERWORD_DATABASE_URL)",
    )
    .option("--json", "print data as JSON")
    .showHelpAfterError("(run `afterword --help` for the commands)")
    .configureOutput({
      writeOut: (text) => rt.io.stdout.write(rt.forPerson(text)),
      // Commander's own errors carry the prefix every other error does.
      writeErr: (text) => rt.io.stderr.write(rt.forPerson(text.replace(/^error: /, "afterword: "))),
    })
    .exitOverride()
    .usage("[options] [command]")
    .argument("[command...]")
    .action(async ([command, topic]: string[]) => {
      if (command === "help") {
        const about = program.commands.find((c) => c.name() === topic);
        (about ?? program).outputHelp();
        return;
      }
      if (command !== undefined) {
        const meant = closest(command, COMMAND_NAMES);
        throw new UsageError(
          meant
            ? `there is no command "${command}". Did you mean \`afterword ${meant}\`?`
            : `there is no command "${command}": \`afterword --help\` lists them.`,
        );
      }
      if (!rt.io.interactive) {
        program.outputHelp();
        return;
      }
      const { runInteractive } = await import("./interactive/welcome.js");
      await runInteractive(rt);
    });

  const word = commandWord(argv);
  const topic = word === "help" ? commandWord(argv.slice(argv.indexOf("help") + 1)) : word;
  const wanted = MODULES.filter((module) => topic && module.names.includes(topic));
  // `--version` alone prints a number: no command is loaded for it.
  const versionOnly =
    topic === undefined &&
    argv.some((arg) => arg === "-V" || arg === "--version") &&
    !argv.some((arg) => arg === "-h" || arg === "--help");
  const loading = wanted.length > 0 ? wanted : versionOnly ? [] : MODULES;
  for (const register of await Promise.all(loading.map((module) => module.load()))) {
    register(program, rt);
  }

  applyGuide(program);
  for (const command of program.commands) command.exitOverride();
  return program;
}
