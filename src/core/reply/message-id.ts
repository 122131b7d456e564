/** Message-IDs as they appear in In-Reply-To and References: "<left@right>", compared as written. */
const ID = /<[^<>\s]+>/g;

export function messageIdsIn(text: string): string[] {
  return text.match(ID) ?? [];
}

/** "<abc@example.com>" from "abc@example.com", " <abc@example.com> ", or null from nothing usable. */
export function normalizeMessageId(text: string | null | undefined): string | null {
  if (!text) return null;
  const bracketed = messageIdsIn(text)[0];
  if (bracketed) return bracketed;
  const bare = text.trim();
  return /^[^<>\s]+@[^<>\s]+$/.test(bare) ? `<${bare}>` : null;
}
