import type { Command } from "commander";
import { extname } from "node:path";
import { addDetails } from "../../app/interviews/add-details.js";
import { readTextFile } from "../../app/read-file.js";
import { parseDocument } from "../../core/record/document.js";
import { parseId } from "../arguments.js";
import { ExitCode, UsageError } from "../exit-code.js";
import { fieldErrorJson, fieldErrorLines } from "../present/field-errors.js";
import { interviewDetail } from "../present/interview.js";
import type { Runtime } from "../runtime.js";
import { userPath } from "../user-path.js";

interface DetailsOptions {
  company?: string;
  position?: string;
  stage?: string;
  format?: string;
}

export function registerDetails(program: Command, rt: Runtime): void {
  program
    .command("details")
    .description(
      "add or correct an interview's details (company, position, what was discussed, …) from a YAML/JSON FILE and/or flags",
    )
    .argument("<id>", "the interview's ID, as `afterword interviews` shows it")
    .argument("[file]", "a YAML/JSON file with any fields of an interview record")
    .option("--company <name>", "the company")
    .option("--position <title>", "the position")
    .option("--stage <stage>", "screen, phone, technical, onsite, final or other")
    .option("--format <format>", "phone, video or onsite")
    .action(async (idText: string, given: string | undefined, options: DetailsOptions) => {
      const file = given === undefined ? undefined : userPath(given);
      const id = parseId(idText);
      const flags = Object.fromEntries(
        Object.entries(options).filter(([, value]) => value !== undefined),
      );
      if (file === undefined && Object.keys(flags).length === 0) {
        throw new UsageError(
          "give a FILE with the details, or at least one of --company, --position, --stage, --format.",
        );
      }
      const source = file ?? "the command line";
      let fromFile: Record<string, unknown> = {};
      if (file !== undefined) {
        const read = await readFile(file);
        if (!read.ok) return refuse(rt, source, read.errors);
        fromFile = read.value;
      }
      const result = await addDetails(await rt.context(), id, { ...fromFile, ...flags });
      if (result === null) {
        rt.exitCode = ExitCode.refused;
        if (rt.json) rt.printJson(null);
        rt.error(`There is no interview ${id}: \`afterword interviews\` lists them.`);
        return;
      }
      if (!result.ok) return refuse(rt, source, result.errors);
      if (rt.json) rt.printJson(result.value);
      else rt.print(`Interview ${id} updated.\n\n${interviewDetail(result.value)}`);
    });
}

async function readFile(file: string) {
  const text = await readTextFile(file);
  if (!text.ok) return text;
  const document = parseDocument(
    text.value,
    extname(file).toLowerCase() === ".json" ? "json" : "yaml",
  );
  if (!document.ok) return document;
  const [entry] = document.value;
  if (document.value.length !== 1 || entry?.path !== "" || !isMapping(entry.value)) {
    return {
      ok: false as const,
      errors: [
        {
          path: "",
          expected: "one mapping of fields (company, position, …)",
          found: "something else",
        },
      ],
    };
  }
  return { ok: true as const, value: entry.value };
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function refuse(rt: Runtime, source: string, errors: Parameters<typeof fieldErrorLines>[1]): void {
  rt.exitCode = ExitCode.refused;
  if (rt.json) rt.printJson({ file: source, errors: fieldErrorJson(errors) });
  rt.warn(
    [
      `afterword: Nothing was changed:`,
      ...fieldErrorLines(source, errors).map((l) => `  ${l}`),
    ].join("\n"),
  );
}
