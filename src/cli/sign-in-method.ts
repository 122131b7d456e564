import type { SignInMethod } from "../app/mail-signin.js";
import type { SignInFlow } from "../app/mail-setup.js";

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

/** Where the tokens went, in words. */
export function keptWhere(where: "keyring" | "encrypted-file"): string {
  return where === "keyring"
    ? "in your system's keyring"
    : "encrypted in the data folder, as no system keyring answered (see docs/mail.md)";
}
