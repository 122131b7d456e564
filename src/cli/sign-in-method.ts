import type { SignedIn, SignInMethod } from "../app/mail/mail-signin.js";
import type { SignInFlow } from "../app/mail/mail-setup.js";

/** The terminal's side of a sign-in: the code to type and where, or the browser opened here. */
export function signInMethod(flow: SignInFlow, say: (text: string) => void): SignInMethod {
  if (flow === "device") {
    return {
      type: "device",
      show: (prompt) => {
        const minutes = Math.round(prompt.expiresInSeconds / 60);
        say(
          `To sign in, open ${prompt.verificationUri} in any browser (on your phone too) and enter the code ${prompt.userCode}, valid ${minutes} minutes.${prompt.verificationUriComplete ? `\nOr open ${prompt.verificationUriComplete}, which has the code filled in.` : ""}\nWaiting for the sign-in…`,
        );
      },
    };
  }
  return {
    type: "browser",
    open: async (url) => {
      say(`Opening the browser to sign in. If it does not open, visit:\n  ${url}`);
      const { default: open } = await import("open");
      await open(url).catch(() => undefined);
    },
  };
}

/** Where the tokens went, and why not in the keyring when they are not. */
export function keptWhere(signedIn: Pick<SignedIn, "where" | "noKeyring">): string {
  if (signedIn.where === "keyring") return "in your system's keyring";
  if (signedIn.where === "database") return "sealed in the database (see docs/postgresql.md)";
  const why =
    signedIn.noKeyring === "turned off"
      ? "AFTERWORD_KEYRING=off"
      : `no system keyring answered: ${signedIn.noKeyring}`;
  return `encrypted in the data folder under a key only you can read (${why}; see docs/mail.md)`;
}
