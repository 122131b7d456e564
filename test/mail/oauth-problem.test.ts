import { describe, expect, it } from "vitest";
import { oauthProblem, tokenRefusal } from "../../src/mail/oauth-problem.js";

/** An error as openid-client throws it for a provider's refusal (RFC 6749 section 5.2). */
const refusal = (error: string, description: string) =>
  Object.assign(new Error("server responded with an error in the response body"), {
    error,
    error_description: description,
  });

describe("a provider's refusal in words", () => {
  it.each([
    [
      refusal(
        "invalid_grant",
        "AADSTS65001: The user or administrator has not consented to use the application.",
      ),
      "consent-missing",
    ],
    // Multi-factor or another policy wants the person at the provider again.
    [refusal("interaction_required", "AADSTS50076: multi-factor required"), "token-revoked"],
    [
      refusal(
        "invalid_request",
        "AADSTS50020: User account from identity provider does not exist in tenant 'Contoso'.",
      ),
      "wrong-tenant",
    ],
    [
      refusal("invalid_grant", "AADSTS700082: The refresh token has expired due to inactivity."),
      "token-expired",
    ],
    [refusal("invalid_grant", "Token has been expired or revoked."), "token-expired"],
    [
      refusal("invalid_grant", "AADSTS50173: The provided grant has been revoked."),
      "token-revoked",
    ],
    [refusal("access_denied", "The user denied the request."), "denied"],
    [
      Object.assign(new TypeError("fetch failed"), { cause: { code: "ENOTFOUND" } }),
      "provider-unreachable",
    ],
  ])("reads %s as %s", (error, code) => {
    expect(oauthProblem(error).code).toBe(code);
  });
});

describe("a mail server's refusal of a fresh token", () => {
  const needed = ["https://outlook.office.com/IMAP.AccessAsUser.All"];

  it("says IMAP or SMTP is turned off when the server says so", () => {
    expect(
      tokenRefusal({
        serverSays: "User is authenticated but not connected.",
        granted: needed.join(" "),
        needed,
      }).code,
    ).toBe("imap-disabled");
    expect(
      tokenRefusal({
        serverSays:
          "5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.",
        granted: needed.join(" "),
        needed,
      }).code,
    ).toBe("smtp-disabled");
  });

  it("says the audience is wrong when the granted scopes lack the mail permission", () => {
    const problem = tokenRefusal({
      serverSays: "AUTHENTICATE failed.",
      granted: "https://graph.microsoft.com/Mail.Read",
      needed,
    });
    expect(problem.code).toBe("wrong-audience");
    expect(problem.message).toContain("IMAP.AccessAsUser.All");
  });

  it("says only that it was refused when nothing shows why", () => {
    expect(tokenRefusal({ serverSays: "AUTHENTICATE failed.", granted: null, needed }).code).toBe(
      "token-refused",
    );
  });
});
