import type { AddressObject, Attachment, ParsedMail } from "mailparser";
import { parseDeliveryStatus } from "../core/reply/delivery-status.js";
import { messageIdsIn, normalizeMessageId } from "../core/reply/message-id.js";
import type { ReceivedMail } from "../core/reply/received-mail.js";

/** Reads a message (or only its header block) into what matching and classification need. */
export async function readReceived(raw: Buffer | string): Promise<ReceivedMail> {
  const { simpleParser } = await import("mailparser");
  const parsed = await simpleParser(raw, { skipImageLinks: true, skipTextToHtml: true });
  const headers = headerMap(parsed);
  const contentType = parsed.headers.get("content-type") as
    { value?: string; params?: Record<string, string> } | undefined;
  const attachments = parsed.attachments ?? [];
  const statusParts = attachments.filter((a) =>
    /^message\/(?:global-)?delivery-status$/i.test(a.contentType),
  );
  const from = firstAddress(parsed.from);
  return {
    messageId: normalizeMessageId(parsed.messageId),
    inReplyTo: messageIdsIn(headers["in-reply-to"]?.join(" ") ?? ""),
    references: messageIdsIn(headers["references"]?.join(" ") ?? ""),
    from,
    subject: parsed.subject?.trim() ?? "",
    date: parsed.date && !Number.isNaN(parsed.date.getTime()) ? parsed.date.toISOString() : null,
    headers,
    contentType: (contentType?.value ?? "text/plain").toLowerCase(),
    reportType: contentType?.params?.["report-type"]?.toLowerCase() ?? null,
    text: readableText(parsed),
    deliveryStatus: (statusParts.length > 0
      ? statusParts.map((part) => part.content.toString("utf8"))
      : deliveryStatusParts(raw.toString())
    ).flatMap(parseDeliveryStatus),
    returnedMessageId: returnedMessageId(attachments),
    failedRecipients: (headers["x-failed-recipients"] ?? [])
      .flatMap((value) => value.split(/[,\s]+/))
      .map((address) => address.trim().replace(/^<|>$/g, "").toLowerCase())
      .filter((address) => address.includes("@")),
    calendar:
      attachments.some(
        (a) =>
          /^(?:text|application)\/(?:calendar|ics)$/i.test(a.contentType) ||
          /\.ics$/i.test(a.filename ?? ""),
      ) || /^content-type:\s*text\/calendar\b/im.test(raw.toString()),
  };
}

function headerMap(parsed: ParsedMail): Record<string, string[]> {
  const map: Record<string, string[]> = {};
  for (const { key, line } of parsed.headerLines ?? []) {
    const colon = line.indexOf(":");
    const value = (colon === -1 ? "" : line.slice(colon + 1)).replace(/\r?\n[ \t]+/g, " ").trim();
    (map[key.toLowerCase()] ??= []).push(value);
  }
  return map;
}

function firstAddress(from: AddressObject | AddressObject[] | undefined) {
  const list = Array.isArray(from) ? from : from ? [from] : [];
  for (const object of list) {
    for (const entry of object.value) {
      if (entry.address) return { address: entry.address.toLowerCase(), name: entry.name ?? "" };
    }
  }
  return null;
}

function readableText(parsed: ParsedMail): string {
  if (parsed.text && parsed.text.trim()) return parsed.text;
  if (typeof parsed.html === "string") {
    return parsed.html
      .replace(/<(?:style|script)[\s\S]*?<\/(?:style|script)>/gi, " ")
      .replace(/<br\s*\/?>|<\/p>|<\/div>/gi, "\n")
      .replace(/<[^>]+>/g, " ")
      .replace(/&nbsp;/g, " ")
      .replace(/&amp;/g, "&")
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'");
  }
  return "";
}

/**
 * The message/delivery-status parts read from the source itself: mailparser folds some of them into
 * the text instead of listing them as attachments.
 */
function deliveryStatusParts(source: string): string[] {
  const parts: string[] = [];
  const header = /^content-type:\s*message\/(?:global-)?delivery-status\b.*$/gim;
  for (let found = header.exec(source); found; found = header.exec(source)) {
    const rest = source.slice(found.index);
    const blank = rest.search(/\r?\n\r?\n/);
    if (blank === -1) continue;
    const body = rest.slice(blank).replace(/^\r?\n\r?\n/, "");
    const end = body.search(/^--\S/m);
    parts.push(end === -1 ? body : body.slice(0, end));
  }
  return parts;
}

/** The Message-ID in the returned copy (message/rfc822) or returned headers (text/rfc822-headers). */
function returnedMessageId(attachments: Attachment[]): string | null {
  for (const part of attachments) {
    if (
      !/^(?:message\/(?:global|rfc822)|text\/rfc822-headers|message\/global-headers)$/i.test(
        part.contentType,
      )
    ) {
      continue;
    }
    const head = part.content.toString("utf8").split(/\r?\n\r?\n/)[0] ?? "";
    const found = head.match(/^message-id:\s*(<[^>\s]+>)/im);
    if (found) return found[1]!;
  }
  return null;
}
