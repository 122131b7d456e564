/** The providers Afterword signs in to with OAuth 2.0, and what each needs. */
export const OAUTH_PROVIDERS = ["microsoft", "google", "custom"] as const;
export type OAuthProvider = (typeof OAUTH_PROVIDERS)[number];

/** The sign-in settings of mail.yaml's `oauth` section; none of them is a secret. */
export interface OAuthSettings {
  provider: OAuthProvider;
  /** The application's client ID, registered as a public client (no secret) at the provider. */
  clientId: string;
  /** Microsoft only: `common` (any account), `consumers` (Outlook.com), `organizations`, or a tenant. */
  tenant: string;
  /** `custom` only: the issuer whose discovery document names the endpoints. */
  issuer: string | null;
  /** Default: what the provider needs for IMAP and SMTP. */
  scopes: string[];
}

/** Scopes that give IMAP and SMTP access, and a refresh token. */
export const PROVIDER_SCOPES: Record<Exclude<OAuthProvider, "custom">, string[]> = {
  microsoft: [
    "offline_access",
    "https://outlook.office.com/IMAP.AccessAsUser.All",
    "https://outlook.office.com/SMTP.Send",
  ],
  google: ["https://mail.google.com/"],
};

/** The scopes a sign-in asks for, space-separated: mail.yaml's, else the provider's. */
export function scopesOf(settings: OAuthSettings): string {
  const scopes =
    settings.scopes.length > 0
      ? settings.scopes
      : settings.provider === "custom"
        ? ["openid", "offline_access"]
        : PROVIDER_SCOPES[settings.provider];
  return scopes.join(" ");
}

/** The scopes that give the mail servers' access: all asked for but those every sign-in has. */
export function mailScopesOf(settings: OAuthSettings): string[] {
  return scopesOf(settings)
    .split(" ")
    .filter((scope) => !["openid", "offline_access", "profile", "email"].includes(scope));
}

/**
 * Microsoft's endpoints are written out: its multi-tenant discovery documents name an issuer
 * with a `{tenantid}` placeholder, which a strict OpenID Connect client rightly refuses.
 */
export function microsoftEndpoints(tenant: string) {
  const base = `https://login.microsoftonline.com/${encodeURIComponent(tenant)}/oauth2/v2.0`;
  return {
    issuer: `https://login.microsoftonline.com/${encodeURIComponent(tenant)}/v2.0`,
    authorization_endpoint: `${base}/authorize`,
    token_endpoint: `${base}/token`,
    device_authorization_endpoint: `${base}/devicecode`,
  };
}

export const GOOGLE_ISSUER = "https://accounts.google.com";
