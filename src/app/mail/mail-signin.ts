import { fail, ok, type Result } from "../../core/result.js";
import type { MailAccount } from "../../mail/mail-config.js";
import { MailFailure } from "../../mail/mail-problem.js";
import type { DeviceCodePrompt } from "../../mail/oauth-client.js";
import { oauthProblem, type OAuthProblem } from "../../mail/oauth-problem.js";
import type { OAuthTokens, TokenVault } from "../../mail/token-vault.js";
import type { MailAccounts } from "./mail-accounts.js";

/** The name tokens are kept under: the login of the mailbox. */
export function tokenAccount(account: MailAccount): string {
  return (account.imap ?? account.smtp).user;
}

export interface SignedIn {
  account: string;
  provider: string;
  where: TokenVault["where"];
  /** Why the tokens are not in the keyring, when they are not. */
  noKeyring: string | null;
  expiresAt: string;
}

/** How the person signs in: shown a code to type at the provider, or sent to it in a browser. */
export type SignInMethod =
  | { type: "device"; show: (prompt: DeviceCodePrompt) => void }
  | { type: "browser"; open: (url: string) => Promise<void> };

/** Signs in with the device code or the browser, and keeps the tokens in the vault. */
export async function signIn(
  mail: MailAccounts,
  account: MailAccount,
  method: SignInMethod,
): Promise<Result<SignedIn, OAuthProblem>> {
  const settings = account.oauth;
  if (!settings) {
    return fail({
      code: "not-signed-in",
      message: "mail.yaml has no `oauth` section: this account logs in with a password.",
    });
  }
  const oauth = await import("../../mail/oauth-client.js");
  try {
    const config = await oauth.oauthConfiguration(settings);
    const tokens =
      method.type === "device"
        ? await oauth.signInWithDeviceCode(config, settings, method.show)
        : await oauth.signInWithBrowser(config, settings, method.open);
    const vault = await mail.tokens();
    await vault.write(tokenAccount(account), tokens);
    return ok({
      account: tokenAccount(account),
      provider: settings.provider,
      where: vault.where,
      noKeyring: vault.noKeyring,
      expiresAt: tokens.expiresAt,
    });
  } catch (error) {
    return fail(oauthProblem(error));
  }
}

/** A browser sign-in started for the page: the provider's address to open, and how it ends. */
export interface BrowserSignIn {
  address: string;
  finished: Promise<Result<SignedIn, OAuthProblem>>;
}

/**
 * Starts the browser sign-in (PKCE, loopback redirect) and gives the address to open as soon as
 * it is known; the tokens are kept when the browser comes back, and never leave this process.
 */
export async function startBrowserSignIn(
  mail: MailAccounts,
  account: MailAccount,
): Promise<Result<BrowserSignIn, OAuthProblem>> {
  let give: (url: string) => void = () => undefined;
  const address = new Promise<string>((resolve) => (give = resolve));
  const finished = signIn(mail, account, { type: "browser", open: async (url) => give(url) });
  const first = await Promise.race([
    address.then((url) => ({ url })),
    finished.then((result) => ({ result })),
  ]);
  if ("url" in first) return ok({ address: first.url, finished });
  // It ended before there was anything to open: the provider could not be reached, say.
  return first.result.ok
    ? fail({ code: "provider-error", message: "The sign-in ended before it began." })
    : first.result;
}

/** Whether tokens are kept for the account, and until when the current one works; never the tokens. */
export async function signInStatus(
  mail: MailAccounts,
  account: MailAccount,
): Promise<{ signedIn: boolean; where: TokenVault["where"]; expiresAt: string | null }> {
  const vault = await mail.tokens();
  const tokens = await vault.read(tokenAccount(account)).catch(() => null);
  return { signedIn: tokens !== null, where: vault.where, expiresAt: tokens?.expiresAt ?? null };
}

/**
 * The account's tokens, renewed (and stored again) when the access token is about to end, or at
 * once with `force`: a server refused it before its time.
 */
export async function currentTokens(
  mail: MailAccounts,
  account: MailAccount,
  force = false,
): Promise<Result<OAuthTokens, OAuthProblem>> {
  const settings = account.oauth!;
  const vault = await mail.tokens();
  const name = tokenAccount(account);
  const tokens = await vault.read(name);
  if (!tokens) {
    return fail({
      code: "not-signed-in",
      message: "Not signed in yet: sign in to the provider first.",
    });
  }
  const oauth = await import("../../mail/oauth-client.js");
  try {
    const config = await oauth.oauthConfiguration(settings);
    const renewed = await oauth.renewedTokens(config, tokens, new Date(), force);
    if (!renewed) return ok(tokens);
    await vault.write(name, renewed);
    return ok(renewed);
  } catch (error) {
    return fail(oauthProblem(error));
  }
}

/** The access token for each connection. A failure is a MailFailure in words. */
export function accessTokenSource(
  mail: MailAccounts,
  account: MailAccount,
  service: "smtp" | "imap",
): (renew?: boolean) => Promise<string> {
  return async (renew = false) => {
    const tokens = await currentTokens(mail, account, renew);
    if (tokens.ok) return tokens.value.accessToken;
    const problem = tokens.errors[0]!;
    throw new MailFailure({
      service,
      kind: "auth",
      message: problem.message,
      serverSays: null,
      code: null,
      signIn: problem.code,
    });
  };
}
