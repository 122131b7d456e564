import { z } from "zod";
import { email, list, optionalText, text } from "../core/record/fields.js";
import { OAUTH_PROVIDERS, type OAuthSettings } from "./oauth-providers.js";

/** How a connection is protected: TLS from the first byte, upgraded with STARTTLS, or not at all. */
export const SECURITY_MODES = ["tls", "starttls", "none"] as const;
export type Security = (typeof SECURITY_MODES)[number];

/**
 * Where a password comes from. It is never written in the config file, nor in the database in
 * clear: `stored` names a secret a database keeps sealed (an account kept there has no other).
 */
export type SecretSource = LocalSecretSource | { stored: string };

/** Where a password is read on the machine Afterword runs on, as mail.yaml names it. */
export type LocalSecretSource = { env: string } | { file: string };

/**
 * How a connection logs in: a password, or an OAuth 2.0 access token fetched fresh each time
 * (`renew`: a server refused the last one, so the provider is asked for a new one now).
 */
export type Credential = { pass: string } | { accessToken: (renew?: boolean) => Promise<string> };

export const DEFAULT_PASSWORD_VARIABLE = "AFTERWORD_MAIL_PASSWORD";
export const MAIL_CONFIG_FILE = "mail.yaml";

const DEFAULT_PORTS: Record<"smtp" | "imap", Record<Security, number>> = {
  smtp: { tls: 465, starttls: 587, none: 25 },
  imap: { tls: 993, starttls: 143, none: 143 },
};

const LOOPBACK = /^(?:127(?:\.\d{1,3}){3}|::1|\[::1\]|localhost)$/i;

const secretSource = z.union(
  [
    z.strictObject({
      env: text.regex(/^[A-Za-z_][A-Za-z0-9_]*$/, { error: "an environment variable name" }),
    }),
    z.strictObject({ file: text }),
  ],
  {
    error: (issue) =>
      typeof issue.input === "string"
        ? "no password here: write `password: { env: NAME }` or `password: { file: PATH }` (a file only you can read)"
        : "`{ env: NAME }` or `{ file: PATH }`",
  },
);

const server = z.strictObject({
  host: text,
  port: z.number({ error: "a port number" }).int().min(1).max(65535).optional(),
  security: z.enum(SECURITY_MODES).default("tls"),
  user: text,
  password: secretSource.optional(),
});

/** The file `mail.yaml` in the data folder, as written by a person or by `afterword mail setup`. */
export const mailConfigSchema = z
  .strictObject({
    /** The From address; default: the profile's e-mail. */
    address: email.optional(),
    /** The From name; default: the profile's name. */
    name: optionalText,
    /** Used by both servers unless one names its own. */
    password: secretSource.optional(),
    smtp: server,
    imap: server.optional(),
    sent: z
      .strictObject({
        folder: text.optional(),
        copy: z.enum(["append", "server"]).default("append"),
      })
      .optional(),
    /** Folders watched for replies besides INBOX. */
    folders: list(text),
    /** Sign in with OAuth 2.0 instead of a password (Outlook.com, Microsoft 365, Gmail). */
    oauth: z
      .strictObject({
        provider: z.enum(OAUTH_PROVIDERS),
        clientId: text,
        tenant: text.default("common"),
        issuer: text.optional(),
        scopes: list(text),
      })
      .optional(),
  })
  .superRefine((config, context) => {
    if (config.oauth?.provider === "custom" && !config.oauth.issuer) {
      context.addIssue({
        code: "custom",
        path: ["oauth", "issuer"],
        input: undefined,
        message: "the issuer's address: a custom provider is found by its discovery document",
      });
    }
    for (const service of ["smtp", "imap"] as const) {
      const settings = config[service];
      if (settings?.security === "none" && !LOOPBACK.test(settings.host)) {
        context.addIssue({
          code: "custom",
          path: [service, "security"],
          input: "none",
          message: `tls or starttls: "none" would send your password unprotected to ${settings.host} (only a server on this machine may use it)`,
        });
      }
    }
  });

export type MailConfig = z.output<typeof mailConfigSchema>;
/** `mail.yaml` as it is written, before defaults are filled in. */
export type MailConfigInput = z.input<typeof mailConfigSchema>;

export interface ServerSettings {
  host: string;
  port: number;
  security: Security;
  user: string;
  password: SecretSource;
}

/** A mail account ready to connect, its password still only a reference. */
export interface MailAccount {
  address: string | null;
  name: string | null;
  smtp: ServerSettings;
  imap: ServerSettings | null;
  sentFolder: string | null;
  /** "server": the provider files sent mail itself (Gmail, Outlook.com); "append": Afterword does. */
  sentCopy: "append" | "server";
  folders: string[];
  /** Set when the account signs in with OAuth 2.0; the passwords are then not read. */
  oauth: OAuthSettings | null;
}

export function toAccount(config: MailConfig): MailAccount {
  const settings = (service: "smtp" | "imap", given: z.output<typeof server>): ServerSettings => ({
    host: given.host,
    port: given.port ?? DEFAULT_PORTS[service][given.security],
    security: given.security,
    user: given.user,
    password: given.password ?? config.password ?? { env: DEFAULT_PASSWORD_VARIABLE },
  });
  return {
    address: config.address ?? null,
    name: config.name,
    smtp: settings("smtp", config.smtp),
    imap: config.imap ? settings("imap", config.imap) : null,
    sentFolder: config.sent?.folder ?? null,
    sentCopy: config.sent?.copy ?? "append",
    folders: ["INBOX", ...config.folders.filter((folder) => folder.toUpperCase() !== "INBOX")],
    oauth: config.oauth
      ? {
          provider: config.oauth.provider,
          clientId: config.oauth.clientId,
          tenant: config.oauth.tenant,
          issuer: config.oauth.issuer ?? null,
          scopes: config.oauth.scopes,
        }
      : null,
  };
}

export function defaultPort(service: "smtp" | "imap", security: Security): number {
  return DEFAULT_PORTS[service][security];
}
