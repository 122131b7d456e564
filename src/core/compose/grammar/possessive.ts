export type NameKind = "person" | "organisation";

/**
 * The possessive of a name. A person takes "'s" even after s ("James's", "Inès's"), as most
 * style guides for formal writing prefer; an organisation whose name ends in s takes the
 * apostrophe alone ("Acme Robotics'", "Goldman Sachs'"), as business writing usually does.
 * A name that is already possessive ("McDonald's") is left as it is.
 */
export function possessive(name: string, kind: NameKind): string {
  const trimmed = name.trim();
  if (/['’]s$/i.test(trimmed)) return trimmed;
  if (/[sS]$/.test(trimmed) && kind === "organisation") return `${trimmed}'`;
  const apostrophe = trimmed.includes("’") ? "’" : "'";
  return `${trimmed}${apostrophe}s`;
}
