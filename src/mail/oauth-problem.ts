/** Why signing in or renewing a token failed, in words a person can act on. */
export interface OAuthProblem {
  code:
    | "consent-missing"
    | "token-expired"
    | "token-revoked"
    | "wrong-tenant"
    | "imap-disabled"
    | "not-signed-in"
    | "denied"
    | "provider-unreachable"
    | "provider-error";
  message: string;
}

const AGAIN = "Sign in again with `afterword mail signin`.";

/** Reads an OAuth error (RFC 6749 codes and the providers' own) into what to do about it. */
export function oauthProblem(error: unknown): OAuthProblem {
  const record = (error ?? {}) as { error?: string; error_description?: string; code?: string };
  const cause = (error as { cause?: { error?: string; error_description?: string } })?.cause;
  const code = record.error ?? cause?.error ?? "";
  const description = record.error_description ?? cause?.error_description ?? "";
  const text = `${code} ${description} ${error instanceof Error ? error.message : ""}`;
  if (/AADSTS65001|consent_required|interaction_required/i.test(text)) {
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
  if (/invalid_grant|revoked|AADSTS50173/i.test(text)) {
    return {
      code: "token-revoked",
      message: `The provider no longer accepts the sign-in: it was revoked, or the password changed (${description || code}). ${AGAIN}`,
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

/** What an IMAP or SMTP server's refusal of a token means. */
export function tokenRefusal(serverSays: string): OAuthProblem {
  if (/IMAP.*(?:disabled|not enabled)|User is authenticated but not connected/i.test(serverSays)) {
    return {
      code: "imap-disabled",
      message: `The sign-in worked, but IMAP is turned off for this mailbox (${serverSays}). Turn it on in the mailbox's settings (Outlook.com: Settings › Mail › Forwarding and IMAP; Microsoft 365: ask your administrator; Gmail: Settings › Forwarding and POP/IMAP).`,
    };
  }
  return {
    code: "token-revoked",
    message: `The server refused the sign-in token (${serverSays}). ${AGAIN}`,
  };
}
