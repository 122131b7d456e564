import { signIn } from "../../../src/app/mail/mail-signin.js";
import { loadMailAccount } from "../../../src/app/mail/mail-account.js";
import { openTokenVault, type OAuthTokens } from "../../../src/mail/token-vault.js";
import {
  actAsUser,
  CLIENT_ID,
  INTROSPECTION_CLIENT,
  MAIL_AUDIENCE,
  MAIL_SCOPES,
  startOidcServer,
  type OidcOptions,
  type OidcServer,
} from "./oidc-server.js";
import { preparedHome, startMailServers, type MailServers } from "./world.js";
import { DataFolderMailAccounts } from "../../../src/mail/data-folder-accounts.js";

/** Tokens stay in the encrypted file: the tests never touch a keyring of the machine. */
export const NO_KEYRING = { AFTERWORD_KEYRING: "off" };

/** An OpenID Connect provider, and Dovecot with the SMTP sink asking it about every token. */
export interface OAuthServers {
  oidc: OidcServer;
  mail: MailServers;
  stop(): Promise<void>;
}

export async function startOAuthServers(options: OidcOptions = {}): Promise<OAuthServers> {
  const oidc = await startOidcServer(options);
  const mail = await startMailServers({
    introspection: oidc.introspection,
    client: INTROSPECTION_CLIENT,
    audience: MAIL_AUDIENCE,
  });
  return {
    oidc,
    mail,
    stop: async () => {
      await mail.stop();
      await oidc.stop();
    },
  };
}

/** mail.yaml's `oauth` section for the loopback provider. */
export function oauthSection(oidc: OidcServer) {
  return { provider: "custom", clientId: CLIENT_ID, issuer: oidc.issuer, scopes: MAIL_SCOPES };
}

/** A data folder whose account signs in to the loopback provider, signed in as the candidate. */
export async function signedInHome(servers: OAuthServers): Promise<string> {
  const home = await preparedHome(servers.mail, { oauth: oauthSection(servers.oidc) });
  const mail = new DataFolderMailAccounts(home, NO_KEYRING);
  const account = await loadMailAccount(mail);
  if (!account.ok) throw new Error(account.errors[0]!.message);
  const signedIn = await signIn(mail, account.value, {
    type: "browser",
    open: async (url) => void actAsUser(url, "candidate"),
  });
  if (!signedIn.ok) throw new Error(signedIn.errors[0]!.message);
  return home;
}

/** The tokens kept for the candidate, and a way to put others in their place. */
export async function storedTokens(home: string): Promise<OAuthTokens> {
  const vault = await openTokenVault(home, { keyring: false });
  return (await vault.read("candidate"))!;
}

export async function replaceTokens(home: string, tokens: OAuthTokens): Promise<void> {
  await (await openTokenVault(home, { keyring: false })).write("candidate", tokens);
}
