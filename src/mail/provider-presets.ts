import type { Security } from "./mail-config.js";

export interface ProviderPreset {
  name: string;
  smtp: { host: string; port: number; security: Security };
  imap: { host: string; port: number; security: Security };
  /** The provider files sent mail in its Sent folder itself. */
  filesSent: boolean;
}

const GMAIL: ProviderPreset = {
  name: "Gmail",
  smtp: { host: "smtp.gmail.com", port: 465, security: "tls" },
  imap: { host: "imap.gmail.com", port: 993, security: "tls" },
  filesSent: true,
};
const OUTLOOK: ProviderPreset = {
  name: "Outlook.com",
  smtp: { host: "smtp-mail.outlook.com", port: 587, security: "starttls" },
  imap: { host: "outlook.office365.com", port: 993, security: "tls" },
  filesSent: true,
};
const ICLOUD: ProviderPreset = {
  name: "iCloud Mail",
  smtp: { host: "smtp.mail.me.com", port: 587, security: "starttls" },
  imap: { host: "imap.mail.me.com", port: 993, security: "tls" },
  filesSent: true,
};
const FASTMAIL: ProviderPreset = {
  name: "Fastmail",
  smtp: { host: "smtp.fastmail.com", port: 465, security: "tls" },
  imap: { host: "imap.fastmail.com", port: 993, security: "tls" },
  filesSent: false,
};
const YAHOO: ProviderPreset = {
  name: "Yahoo Mail",
  smtp: { host: "smtp.mail.yahoo.com", port: 465, security: "tls" },
  imap: { host: "imap.mail.yahoo.com", port: 993, security: "tls" },
  filesSent: false,
};

const BY_DOMAIN: Record<string, ProviderPreset> = {
  "gmail.com": GMAIL,
  "googlemail.com": GMAIL,
  "outlook.com": OUTLOOK,
  "hotmail.com": OUTLOOK,
  "live.com": OUTLOOK,
  "msn.com": OUTLOOK,
  "icloud.com": ICLOUD,
  "me.com": ICLOUD,
  "mac.com": ICLOUD,
  "fastmail.com": FASTMAIL,
  "fastmail.fm": FASTMAIL,
  "yahoo.com": YAHOO,
  "ymail.com": YAHOO,
};

/** The well-known settings for an address's provider, when it is a well-known one. */
export function presetFor(address: string): ProviderPreset | null {
  return BY_DOMAIN[address.split("@")[1]?.toLowerCase() ?? ""] ?? null;
}

/**
 * Where an OAuth sign-in's mail is read and sent. Microsoft's hosts serve Outlook.com and
 * Microsoft 365 alike once the account signs in with a token.
 */
export const OAUTH_PRESETS: Record<"microsoft" | "google", ProviderPreset> = {
  microsoft: {
    name: "Microsoft (Outlook.com, Microsoft 365)",
    smtp: { host: "smtp.office365.com", port: 587, security: "starttls" },
    imap: { host: "outlook.office365.com", port: 993, security: "tls" },
    filesSent: true,
  },
  google: { ...GMAIL, name: "Google (Gmail, Google Workspace)" },
};
