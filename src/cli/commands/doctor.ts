import type { Command } from "commander";
import { checkStore, restoreStore } from "../../app/setup/doctor.js";
import { shellWord } from "../../core/shell-word.js";
import type { StoreHealth } from "../../store/store-health.js";
import { ExitCode } from "../exit-code.js";
import { refuse } from "../refusal.js";
import type { Runtime } from "../runtime.js";

export function registerDoctor(program: Command, rt: Runtime): void {
  program
    .command("doctor")
    .description("check the store's integrity, list its backups, and put one back (--restore)")
    .option(
      "--restore [backup]",
      "put back a backup (the newest by default), keeping the store it replaces",
    )
    .action(async (options: { restore?: string | true }) => {
      const files = rt.storeFiles();
      if (options.restore !== undefined) {
        const given = options.restore === true ? null : options.restore;
        const result = await restoreStore(files, given, new Date());
        if (!result.ok) return refuse(rt, result.errors[0]!);
        if (rt.json) return rt.printJson(result.value);
        rt.print(
          [
            `Put back ${result.value.restored}.`,
            result.value.keptAs ? `The store it replaced is kept as ${result.value.keptAs}.` : "",
            "Anything saved after that backup was taken is not in it: import or add it again.",
          ]
            .filter(Boolean)
            .join("\n"),
        );
        return;
      }
      const health = await checkStore(files);
      if (health.state === "damaged" || health.state === "newer") rt.exitCode = ExitCode.store;
      if (rt.json) return rt.printJson(health);
      rt.print(report(health));
    });
}

function report(health: StoreHealth): string {
  const lines = [`Store: ${health.file}`];
  switch (health.state) {
    case "no-store":
      lines.push("There is no store yet: the first command that saves something makes it.");
      break;
    case "healthy":
      lines.push(
        `In order: the integrity check found nothing wrong, and all ${health.changes.known} changes of this version are applied.`,
      );
      break;
    case "newer":
      lines.push(
        `Made by a newer Afterword (it has ${health.changes.unknown.join(", ")}): upgrade Afterword to use it.`,
      );
      break;
    case "damaged":
      lines.push("Damaged. SQLite's check reports:", ...health.problems.map((p) => `  ${p}`));
      break;
  }
  lines.push("", backupLines(health));
  if (health.state === "damaged") lines.push("", repairAdvice(health));
  return lines.join("\n");
}

function backupLines(health: StoreHealth): string {
  if (health.backups.length === 0)
    return "No backups yet: one is made each day, and before each upgrade of the store.";
  return [
    "Backups, newest first:",
    ...health.backups.map(
      (b) =>
        `  ${b.takenAt.toISOString().slice(0, 16).replace("T", " ")} UTC  ${b.reason.padEnd(14)}  ${b.file}`,
    ),
  ].join("\n");
}

function repairAdvice(health: StoreHealth): string {
  const newest = health.backups[0];
  if (newest) {
    return [
      "To repair it, put back the newest backup (the damaged store is kept beside it):",
      "  afterword doctor --restore",
      `or an older one: afterword doctor --restore ${shellWord(health.backups.at(-1)!.file)}`,
    ].join("\n");
  }
  return [
    "There is no backup to put back. The sqlite3 program can often save what is still readable:",
    `  sqlite3 ${shellWord(health.file)} .recover | sqlite3 recovered.sqlite`,
    `then move the damaged store away and put recovered.sqlite in its place as ${shellWord(health.file)}.`,
  ].join("\n");
}
