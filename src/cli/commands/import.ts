import type { Command } from "commander";
import { importFiles } from "../../app/interviews/import-files.js";
import { LARGEST_FILE } from "../../app/read-file.js";
import { fail, ok } from "../../core/result.js";
import type { FileImport } from "../../app/interviews/import-result.js";
import { ExitCode } from "../exit-code.js";
import { readAllBytes } from "../io.js";
import { fieldErrorJson, fieldErrorLines } from "../present/field-errors.js";
import { detailsHint } from "../present/interview.js";
import type { Runtime } from "../runtime.js";
import { userPath } from "../user-path.js";
import { reasonWithHint } from "../hints.js";

export function registerImport(program: Command, rt: Runtime): void {
  program
    .command("import")
    .description(
      "import interviews from record files (.yaml, .yml, .json), calendar invites (.ics) or invitation e-mails (.eml); - reads standard input",
    )
    .argument("<files...>", "files to import")
    .action(async (given: string[]) => {
      const files = given.map((file) => userPath(file));
      const ctx = await rt.context();
      const results = await importFiles(ctx, files, async () => {
        const bytes = await readAllBytes(rt.io.stdin, LARGEST_FILE);
        return bytes
          ? ok(bytes)
          : fail({ path: "", expected: `at most ${LARGEST_FILE / 1024 / 1024} MB`, found: "more" });
      });
      if (results.some((result) => result.errors.length > 0)) rt.exitCode = ExitCode.refused;
      if (rt.json) {
        rt.printJson(
          results.map(({ errors, ...rest }) => ({ ...rest, errors: fieldErrorJson(errors) })),
        );
        return;
      }
      for (const result of results) report(rt, result);
    });
}

function report(rt: Runtime, result: FileImport): void {
  if (result.errors.length > 0) {
    rt.error(`Refused ${result.file} (nothing from it was saved):`);
    rt.warn(
      fieldErrorLines(result.file, result.errors)
        .map((line) => `  ${line}`)
        .join("\n"),
    );
    return;
  }
  const parts = [
    count(result.created.length, "created"),
    count(result.updated.length, "updated"),
    count(result.cancelled.length, "cancelled"),
    result.skipped.length === 0
      ? ""
      : `${result.skipped.length} event${result.skipped.length === 1 ? "" : "s"} skipped`,
  ].filter(Boolean);
  rt.print(`${result.file}: ${parts.join(", ") || "nothing to import"}`);
  const ids = [...result.created, ...result.updated];
  if (ids.length > 0) rt.print(`  see: afterword show ${ids[0]}`);
  if (result.needsDetails.length > 0) rt.print(`  ${detailsHint(result.needsDetails)}`);
  for (const skip of result.skipped) {
    rt.warn(`  skipped ${skip.uid ?? "an event"}: ${reasonWithHint(skip.reason, skip.code)}`);
  }
  for (const warning of result.warnings) rt.warn(`  note: ${warning}`);
}

function count(n: number, what: string): string {
  return n === 0 ? "" : `${n} interview${n === 1 ? "" : "s"} ${what}`;
}
