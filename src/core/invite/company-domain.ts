/**
 * The company an organizer's address points to: "dana@acme-robotics.com" → "Acme Robotics".
 * Mail providers, scheduling and recruiting services, and the domains reserved for examples name
 * no company. (A google.com or microsoft.com organizer works there: the calendar services send
 * from other addresses, and those are no-reply mailboxes anyway.)
 */
const NO_COMPANY = new Set([
  "gmail",
  "googlemail",
  "yahoo",
  "ymail",
  "outlook",
  "hotmail",
  "live",
  "msn",
  "icloud",
  "me",
  "mac",
  "aol",
  "proton",
  "protonmail",
  "pm",
  "gmx",
  "web",
  "mail",
  "yandex",
  "zoho",
  "fastmail",
  "hey",
  "qq",
  "163",
  "126",
  "naver",
  "orange",
  "free",
  "laposte",
  "libero",
  "t-online",
  "comcast",
  "att",
  "verizon",
  "calendly",
  "greenhouse",
  "lever",
  "workday",
  "myworkday",
  "myworkdayjobs",
  "smartrecruiters",
  "ashbyhq",
  "icims",
  "jobvite",
  "goodtime",
  "office365",
  "example",
]);

/** Second-level labels under which a country's companies register (acme.co.uk). */
const REGISTRY_LABELS = new Set([
  "co",
  "com",
  "org",
  "net",
  "ac",
  "gov",
  "edu",
  "ne",
  "or",
  "ltd",
  "plc",
]);

/** The registrable label of a domain: "mail.eu.acme.co.uk" → "acme". */
export function domainLabel(domain: string): string | null {
  const labels = domain.toLowerCase().replace(/\.$/, "").split(".").filter(Boolean);
  if (labels.length < 2) return null;
  const tld = labels[labels.length - 1]!;
  if (["example", "test", "invalid", "localhost", "local"].includes(tld)) return null;
  let index = labels.length - 2;
  if (tld.length === 2 && labels.length >= 3 && REGISTRY_LABELS.has(labels[index]!)) index--;
  return labels[index] ?? null;
}

export function companyFromAddress(email: string | null): string | null {
  const domain = email?.split("@")[1];
  if (!domain) return null;
  const label = domainLabel(domain);
  if (!label || NO_COMPANY.has(label) || /^\d+$/.test(label)) return null;
  return label
    .split("-")
    .filter(Boolean)
    .map((word) => word[0]!.toUpperCase() + word.slice(1))
    .join(" ");
}

/** Letters and digits only, lower-cased: how a company in a summary is matched with a domain. */
export function squash(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, "");
}
