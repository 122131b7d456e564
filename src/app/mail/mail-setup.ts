import { fail, type Result } from "../../core/result.js";
import type { LocalSecretSource, Security } from "../../mail/mail-config.js";
import type { OAuthProvider } from "../../mail/oauth-providers.js";
import { userError, type UserError } from "../user-error.js";
import type { MailAccounts } from "./mail-accounts.js";

/** How the account logs in: a password read from elsewhere, or an OAuth 2.0 sign-in. */
export type MailLogin =
  | { type: "password"; password: LocalSecretSource }
  | {
      type: "oauth";
      provider: OAuthProvider;
      clientId: string;
      /** Microsoft only. */
      tenant?: string;
      /** `custom` only. */
      issuer?: string;
      scopes?: string[];
    };

export interface ServerAnswer {
  host: string;
  port: number;
  security: Security;
}

/** What the mail setup gathered, from questions or flags alike. */
export interface MailSetup {
  address: string;
  name: string | null;
  user: string;
  smtp: ServerAnswer;
  imap: ServerAnswer;
  /** The provider files sent mail in the Sent folder itself. */
  filesSent: boolean;
  login: MailLogin;
}

/** How an OAuth sign-in proceeds: a code typed in any browser, or this machine's browser. */
export type SignInFlow = "device" | "browser";

/**
 * The flows a provider allows for mail. Google gives its mail scope to the browser sign-in only:
 * its device flow is limited to a few other scopes.
 */
export function signInFlows(provider: OAuthProvider): SignInFlow[] {
  return provider === "google" ? ["browser"] : ["device", "browser"];
}

/**
 * Keeps the account from the answers (mail.yaml: server settings and where secrets come from,
 * never a secret); says where, or why it could not be kept.
 */
export async function saveMailSetup(
  mail: MailAccounts,
  setup: MailSetup,
): Promise<Result<string, UserError<"bad-mail-account">>> {
  const { login } = setup;
  const server = (answer: ServerAnswer) => ({ ...answer, user: setup.user });
  const kept = await mail.write({
    address: setup.address,
    name: setup.name,
    ...(login.type === "password" ? { password: login.password } : {}),
    smtp: server(setup.smtp),
    imap: server(setup.imap),
    sent: { copy: setup.filesSent ? "server" : "append" },
    ...(login.type === "oauth"
      ? {
          oauth: {
            provider: login.provider,
            clientId: login.clientId,
            ...(login.provider === "microsoft" ? { tenant: login.tenant ?? "common" } : {}),
            ...(login.issuer ? { issuer: login.issuer } : {}),
            ...(login.scopes?.length ? { scopes: login.scopes } : {}),
          },
        }
      : {}),
  });
  return kept.ok ? kept : fail(userError("bad-mail-account", kept.errors[0]!));
}
