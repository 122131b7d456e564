import type { DeliveryStatus } from "./received-mail.js";

/**
 * Reads a message/delivery-status body (RFC 3464): a block of fields about the report, then one
 * block per recipient. Continuation lines are folded in; unknown fields are ignored.
 */
export function parseDeliveryStatus(text: string): DeliveryStatus[] {
  const blocks = text
    .replace(/\r\n/g, "\n")
    .split(/\n\s*\n/)
    .map(readFields)
    .filter((fields) => fields.has("final-recipient") || fields.has("original-recipient"));
  return blocks.map((fields) => ({
    finalRecipient: addressOf(fields.get("final-recipient") ?? fields.get("original-recipient")),
    action: fields.get("action")?.toLowerCase() ?? null,
    status: fields.get("status")?.match(/\d\.\d{1,3}\.\d{1,3}/)?.[0] ?? null,
    diagnostic: diagnosticOf(fields.get("diagnostic-code")),
  }));
}

function readFields(block: string): Map<string, string> {
  const fields = new Map<string, string>();
  let last: string | null = null;
  for (const line of block.split("\n")) {
    if (/^\s/.test(line) && last) {
      fields.set(last, `${fields.get(last)} ${line.trim()}`);
      continue;
    }
    const colon = line.indexOf(":");
    if (colon <= 0) continue;
    last = line.slice(0, colon).trim().toLowerCase();
    fields.set(last, line.slice(colon + 1).trim());
  }
  return fields;
}

/** "rfc822; dana@acme.example" → "dana@acme.example". */
function addressOf(value: string | undefined): string | null {
  if (!value) return null;
  const address = value.includes(";") ? value.slice(value.indexOf(";") + 1) : value;
  const cleaned = address.trim().replace(/^<|>$/g, "");
  return cleaned.includes("@") ? cleaned.toLowerCase() : null;
}

/** "smtp; 550 5.1.1 User unknown" → "550 5.1.1 User unknown". */
function diagnosticOf(value: string | undefined): string | null {
  if (!value) return null;
  const text = /^[a-z-]+\s*;/i.test(value) ? value.slice(value.indexOf(";") + 1) : value;
  return text.replace(/\s+/g, " ").trim() || null;
}
