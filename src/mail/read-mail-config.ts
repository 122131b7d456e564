import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { parseDocument } from "../core/record/document.js";
import { fromZodIssues, type FieldError } from "../core/record/field-error.js";
import { fail, ok, type Result } from "../core/result.js";
import { MAIL_CONFIG_FILE, mailConfigSchema, toAccount, type MailAccount } from "./mail-config.js";

export function mailConfigPath(home: string): string {
  return join(home, MAIL_CONFIG_FILE);
}

/** The account in `mail.yaml`, null when there is no such file, or what is wrong with it. */
export async function readMailConfig(
  home: string,
): Promise<Result<MailAccount | null, FieldError>> {
  let textContent: string;
  try {
    textContent = await readFile(mailConfigPath(home), "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return ok(null);
    return fail({ path: "", expected: "a readable file", found: (error as Error).message });
  }
  const document = parseDocument(textContent, "yaml");
  if (!document.ok) return document;
  if (document.value.length !== 1 || document.value[0]!.path !== "") {
    return fail({ path: "", expected: "one mail account", found: `${document.value.length}` });
  }
  const parsed = mailConfigSchema.safeParse(document.value[0]!.value, { reportInput: true });
  if (!parsed.success) return fail(...fromZodIssues(parsed.error.issues).map(withoutSecret));
  return ok(toAccount(parsed.data));
}

/** A password written where it must not be is never repeated back, not even in an error. */
function withoutSecret(error: FieldError): FieldError {
  return /(?:^|\.)password$/.test(error.path) && error.found.startsWith('"')
    ? { ...error, found: "a password written in the file (not shown)" }
    : error;
}
