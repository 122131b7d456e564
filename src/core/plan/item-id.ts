import { CHANNELS, MESSAGE_KINDS, type Channel, type MessageKind } from "../message.js";

/** Kinds that come as a numbered series, so their ids end in the number. */
const SERIES: readonly MessageKind[] = ["status-follow-up", "check-in"];

/** "Dana Whitfield" → "dana-whitfield"; letters of any script are kept, accents dropped. */
export function slugOf(name: string): string {
  const slug = name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
  return slug === "" ? "someone" : slug;
}

/** "<interviewId>.<kind>.<channel>.<recipient-slug>[.<sequence>]". */
export function itemId(
  interviewId: number,
  kind: MessageKind,
  channel: Channel,
  slug: string,
  sequence: number,
): string {
  const base = `${interviewId}.${kind}.${channel}.${slug}`;
  return SERIES.includes(kind) ? `${base}.${sequence}` : base;
}

const ITEM_ID = new RegExp(
  `^(\\d+)\\.(${MESSAGE_KINDS.join("|")})\\.(${[...CHANNELS].sort((a, b) => b.length - a.length).join("|")})\\.(.+)$`,
  "u",
);

/**
 * What names a message whatever its channel: the item id without the channel,
 * "3.thank-you.dana-whitfield" for both "3.thank-you.email.dana-whitfield" and its card.
 * Text that is not an item id is its own key.
 */
export function messageKeyOf(id: string): string {
  const match = ITEM_ID.exec(id.trim());
  return match ? `${match[1]}.${match[2]}.${match[4]}` : id;
}

/** The interview an item id belongs to, or null when the text is not an item id. */
export function interviewIdOfItem(id: string): number | null {
  const match = /^(\d+)\.[a-z-]+\.[a-z-]+\..+$/u.exec(id.trim());
  if (!match) return null;
  const interviewId = Number(match[1]);
  return Number.isSafeInteger(interviewId) && interviewId > 0 ? interviewId : null;
}
