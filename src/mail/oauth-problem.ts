/** Why signing in or renewing a token failed, in words a person can act on. */
export interface OAuthProblem {
  code:
    | "consent-missing"
    | "token-expired"
    | "token-revoked"
    | "wrong-tenant"
    | "wrong-audience"
    | "imap-disabled"
    | "smtp-disabled"
    | "token-refused"
    | "not-signed-in"
    | "denied"
    | "not-finished"
    | "provider-unreachable"
    | "provider-error";
  message: string;
}

const AGAIN = "Sign in to the mail account again.";

/** Reads an OAuth error (RFC 6749 codes and the providers' own) into what to do about it. */
export function oauthProblem(error: unknown): OAuthProblem {
  const record = (error ?? {}) as { error?: string; error_description?: string; code?: string };
  const cause = (error as { cause?: { error?: string; error_description?: string } })?.cause;
  const code = record.error ?? cause?.error ?? "";
  const description = record.error_description ?? cause?.error_description ?? "";
  const text = `${code} ${description} ${error instanceof Error ? error.message : ""}`;
  if (/AADSTS65001|consent_required/i.test(text)) {
    return {
      code: "consent-missing",
      message: `The account has not given Afterword its consent to read and send mail (${description || code}). Sign in again and accept; at work or school, your administrator may have to allow the application first.`,
    };
  }
  if (/AADSTS50020|AADSTS90002|AADSTS700016|AADSTS50194|tenant/i.test(text)) {
    return {
      code: "wrong-tenant",
      message: `The provider does not know this account in the tenant named in mail.yaml (${description || code}): use \`tenant: common\` for any account, \`consumers\` for Outlook.com, or your organisation's tenant.`,
    };
  }
  if (/AADSTS70008|AADSTS700082|expired/i.test(text)) {
    return {
      code: "token-expired",
      message: `The sign-in has expired (${description || code}). ${AGAIN}`,
    };
  }
  if (/invalid_grant|revoked|AADSTS50173|interaction_required/i.test(text)) {
    return {
      code: "token-revoked",
      message: `The provider no longer accepts the sign-in: it was revoked, or the password changed (${description || code}). ${AGAIN}`,
    };
  }
  if (/sign_in_timeout/.test(text)) {
    return {
      code: "not-finished",
      message: "The sign-in was not finished in the browser within 10 minutes: start it again.",
    };
  }
  if (/access_denied|authorization_declined/i.test(text)) {
    return { code: "denied", message: "The sign-in was declined at the provider." };
  }
  if (/ECONNREFUSED|ENOTFOUND|fetch failed|ETIMEDOUT|EAI_AGAIN/i.test(text)) {
    return {
      code: "provider-unreachable",
      message: "The sign-in server cannot be reached: check the network connection.",
    };
  }
  return {
    code: "provider-error",
    message: `The sign-in server refused: ${description || code || (error instanceof Error ? error.message : String(error))}`,
  };
}

/** What is known when a server refuses a token the provider has just renewed. */
export interface RefusedToken {
  serverSays: string | null;
  /** The scopes the provider granted (space-separated), when it said. */
  granted: string | null;
  /** The scopes the mail servers need. */
  needed: string[];
}

/** Why a server refuses a fresh token: the mailbox's settings, or a token meant for another service. */
export function tokenRefusal({ serverSays, granted, needed }: RefusedToken): OAuthProblem {
  const said = serverSays ? ` ("${serverSays}")` : "";
  if (
    /IMAP.*(?:disabled|not enabled)|User is authenticated but not connected/i.test(serverSays ?? "")
  ) {
    return {
      code: "imap-disabled",
      message: `The sign-in worked, but IMAP is turned off for this mailbox${said}. Turn it on in the mailbox's settings (Outlook.com: Settings › Mail › Forwarding and IMAP; Microsoft 365: ask your administrator; Gmail: Settings › Forwarding and POP/IMAP).`,
    };
  }
  if (
    /SmtpClientAuthentication is disabled|SMTP.*(?:disabled|not enabled)/i.test(serverSays ?? "")
  ) {
    return {
      code: "smtp-disabled",
      message: `The sign-in worked, but sending through SMTP is turned off for this mailbox${said}. Microsoft 365: your administrator turns on "Authenticated SMTP" for it.`,
    };
  }
  const have = new Set((granted ?? "").split(" ").filter(Boolean));
  const missing = granted === null ? [] : needed.filter((scope) => !have.has(scope));
  if (missing.length > 0) {
    return {
      code: "wrong-audience",
      message: `The server refused the token${said}: it was issued for another service (wrong audience), without ${missing.join(", ")}, which the mail servers need. Check \`oauth.scopes\` in mail.yaml (leave it out for Microsoft and Google), then ${AGAIN.charAt(0).toLowerCase()}${AGAIN.slice(1)}`,
    };
  }
  return {
    code: "token-refused",
    message: `The server refused even a freshly renewed token${said}: the account may not be allowed to read mail with a token here, or it belongs to another tenant than mail.yaml names. ${AGAIN}`,
  };
}
