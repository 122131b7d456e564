import type { Recipient } from "./planned-message.js";

/** A name folded for comparison: case, accents and spacing do not matter. */
export function foldName(name: string): string {
  return name.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/\s+/g, " ").trim();
}

/** True when `who` (a name or an e-mail address) names the recipient. */
export function namesRecipient(who: string, recipient: Recipient): boolean {
  const folded = foldName(who);
  if (folded === foldName(recipient.name)) return true;
  return recipient.email !== null && folded === recipient.email.toLowerCase();
}
