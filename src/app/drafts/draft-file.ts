import { readFile } from "node:fs/promises";
import type { AddressObject } from "mailparser";
import { messageIdsIn, normalizeMessageId } from "../../core/reply/message-id.js";
import { fail, ok, type Result } from "../../core/result.js";
import { describeFsError } from "../read-file.js";
import type { AppContext } from "../context.js";
import type { OutgoingDraft } from "../mail/queue-mail.js";
import { userError, type UserError } from "../user-error.js";

type EmlDraftError = UserError<
  "refused" | "no-email-address" | "empty-draft" | "no-such-interview"
>;

/**
 * A message written as an .eml file (such as a draft exported as one), read as a
 * draft to queue. The interview is the one whose interviewer it is addressed to, unless given.
 */
export async function draftFromEml(
  ctx: AppContext,
  file: string,
  given: { interviewId: number | null; kind: string | null },
): Promise<Result<OutgoingDraft, EmlDraftError>> {
  let raw: Buffer;
  try {
    raw = await readFile(file);
  } catch (error) {
    return fail(userError("refused", `${file}: ${describeFsError(error)}.`));
  }
  const { simpleParser } = await import("mailparser");
  const parsed = await simpleParser(raw, { skipTextToHtml: true, skipImageLinks: true });
  const to = addresses(parsed.to);
  if (to.length === 0) return fail(userError("no-email-address", `${file} has no To address.`));
  const body = parsed.text?.trim() ? parsed.text : "";
  if (!body) return fail(userError("empty-draft", `${file} has no plain-text body to send.`));
  const interviewId = given.interviewId ?? (await interviewFor(ctx, to[0]!.email));
  if (given.interviewId !== null && !(await ctx.store.interviews.get(given.interviewId))) {
    return fail(
      userError("no-such-interview", `There is no interview ${given.interviewId}.`, {
        id: given.interviewId,
      }),
    );
  }
  return ok({
    interviewId,
    draftId: null,
    kind: given.kind,
    to,
    subject: parsed.subject ?? "",
    body,
    messageId: normalizeMessageId(parsed.messageId),
    inReplyTo: messageIdsIn(String(parsed.inReplyTo ?? ""))[0] ?? null,
    references: messageIdsIn(
      Array.isArray(parsed.references) ? parsed.references.join(" ") : (parsed.references ?? ""),
    ),
  });
}

function addresses(field: AddressObject | AddressObject[] | undefined) {
  const list = Array.isArray(field) ? field : field ? [field] : [];
  return list.flatMap((object) =>
    object.value.flatMap((entry) =>
      entry.address ? [{ name: entry.name || null, email: entry.address.toLowerCase() }] : [],
    ),
  );
}

/** The latest interview with this interviewer, or null. */
async function interviewFor(ctx: AppContext, address: string): Promise<number | null> {
  const interviews = await ctx.store.interviews.list();
  const theirs = interviews.filter((interview) =>
    interview.interviewers.some((person) => person.email?.toLowerCase() === address),
  );
  return theirs.at(-1)?.id ?? null;
}
