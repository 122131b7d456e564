import type { AppContext } from "../../app/context.js";
import { checkMail } from "../../app/mail/check-mail.js";
import {
  saveMailSetup,
  signInFlows,
  type MailLogin,
  type MailSetup,
  type ServerAnswer,
  type SignInFlow,
} from "../../app/mail/mail-setup.js";
import { loadMailAccount } from "../../app/mail/mail-account.js";
import { signIn } from "../../app/mail/mail-signin.js";
import { email } from "../../core/record/fields.js";
import {
  DEFAULT_PASSWORD_VARIABLE,
  defaultPort,
  SECURITY_MODES,
  type Security,
} from "../../mail/mail-config.js";
import type { OAuthProvider } from "../../mail/oauth-providers.js";
import { OAUTH_PRESETS, presetFor, type ProviderPreset } from "../../mail/provider-presets.js";
import { mailCheckLines } from "../commands/mail.js";
import { keptLine } from "../commands/mail-setup-flags.js";
import type { Runtime } from "../runtime.js";
import { keptWhere, signInMethod } from "../sign-in-method.js";
import type { Prompter } from "./prompter.js";

const SECURITY_LABELS: Record<Security, string> = {
  tls: "TLS from the start (usually 465 for SMTP, 993 for IMAP)",
  starttls: "STARTTLS (usually 587 for SMTP, 143 for IMAP)",
  none: "none (only for a server on this machine)",
};

type LoginChoice = OAuthProvider | "password";

const LOGIN_LABELS: Record<LoginChoice, string> = {
  microsoft: "Sign in with Microsoft: Outlook.com, Hotmail, Live, Microsoft 365",
  google: "Sign in with Google: Gmail, Google Workspace",
  custom: "Sign in with another provider's OAuth 2.0 server (you know its address)",
  password: "A password or app password (any other provider)",
};

const FLOW_LABELS: Record<SignInFlow, string> = {
  device: "With a code typed in any browser, on any device (works over SSH)",
  browser: "In the browser on this machine",
};

/** The sign-in a well-known address most likely uses. */
function likelyLogin(address: string): LoginChoice {
  const name = presetFor(address)?.name;
  if (name === "Outlook.com") return "microsoft";
  if (name === "Gmail") return "google";
  return "password";
}

/**
 * `afterword mail setup`: asks how the account signs in and where its servers are, writes
 * mail.yaml, signs in when the account uses OAuth, and tests both servers.
 */
export async function setUpMail(rt: Runtime, ctx: AppContext, ask: Prompter): Promise<void> {
  ask.intro("Mail account");
  const profile = await ctx.store.profile.get();
  const address = await ask.required("The address you send from", {
    initial: profile?.email,
    check: (value) =>
      email.safeParse(value).success ? undefined : "That does not look like an e-mail address.",
  });
  const choice = await ask.select<LoginChoice>(
    "How does this mailbox let other programs in?",
    (["microsoft", "google", "custom", "password"] as const).map((value) => ({
      value,
      label: LOGIN_LABELS[value],
    })),
    likelyLogin(address),
  );
  const gathered =
    choice === "password"
      ? await passwordAccount(ctx, ask, address)
      : await oauthAccount(ask, address, choice);
  const setup: MailSetup = { address, name: profile?.name ?? null, ...gathered.setup };
  const kept = await saveMailSetup(ctx.mail, setup);
  if (!kept.ok) {
    ask.error(kept.errors[0]!.message);
    return;
  }
  ask.info(keptLine(rt, kept.value));

  if (gathered.flow) {
    const account = await loadMailAccount(ctx.mail);
    if (!account.ok) throw new Error(account.errors[0]!.message);
    const signedIn = await signIn(
      ctx.mail,
      account.value,
      signInMethod(gathered.flow, (text) => ask.info(text)),
    );
    if (!signedIn.ok) {
      ask.error(signedIn.errors[0]!.message);
      ask.outro("mail.yaml is kept: `afterword mail signin` tries the sign-in again.");
      return;
    }
    ask.info(
      `Signed in as ${signedIn.value.account}. The tokens are kept ${keptWhere(signedIn.value)}.`,
    );
  }
  const check = await checkMail(ctx.mail);
  const lines = mailCheckLines(check);
  if (check.account || !check.smtp?.ok || !check.imap?.ok) ask.error(lines.join("\n"));
  else ask.note(lines.join("\n"), "Connections");
  ask.outro("Change it any time by editing mail.yaml; `afterword mail test` checks it again.");
}

type Gathered = { setup: Omit<MailSetup, "address" | "name">; flow: SignInFlow | null };

async function oauthAccount(
  ask: Prompter,
  address: string,
  provider: OAuthProvider,
): Promise<Gathered> {
  const at = {
    microsoft: "Microsoft Entra ID",
    google: "Google Cloud",
    custom: "the provider",
  }[provider];
  const clientId = await ask.required(
    `Application (client) ID registered at ${at} (docs/mail.md says how)`,
  );
  let login: MailLogin = { type: "oauth", provider, clientId };
  if (provider === "microsoft") {
    const tenant = await ask.required(
      "Tenant: common (any account), consumers (Outlook.com only), or your organisation's domain or ID",
      { initial: "common" },
    );
    login = { ...login, tenant };
  }
  if (provider === "custom") {
    const issuer = await ask.required(
      "The issuer's address (where /.well-known/openid-configuration is)",
      {
        placeholder: "https://login.example.com",
        check: (value) =>
          URL.canParse(value) ? undefined : "A full address, such as https://login.example.com.",
      },
    );
    const scopes = await ask.required("Scopes to ask for, separated by spaces", {
      initial: "openid offline_access",
    });
    login = { ...login, issuer, scopes: scopes.split(/\s+/).filter(Boolean) };
  }
  const user = await ask.required("User name for both servers", { initial: address });
  const preset: ProviderPreset | null = provider === "custom" ? null : OAUTH_PRESETS[provider];
  const smtp = preset ? preset.smtp : await server(ask, "smtp");
  const imap = preset ? preset.imap : await server(ask, "imap");
  if (preset) ask.info(`${preset.name}: sending through ${smtp.host}, reading ${imap.host}.`);
  const flows = signInFlows(provider);
  const flow =
    flows.length === 1
      ? flows[0]!
      : await ask.select<SignInFlow>(
          "How do you want to sign in?",
          flows.map((value) => ({ value, label: FLOW_LABELS[value] })),
          "device",
        );
  if (provider === "google") ask.info("Google signs in to mail through the browser only.");
  const filesSent = preset
    ? preset.filesSent
    : await ask.confirm(
        "Does your provider put what you send in the Sent folder by itself?",
        false,
      );
  return { setup: { user, smtp, imap, filesSent, login }, flow };
}

async function passwordAccount(ctx: AppContext, ask: Prompter, address: string): Promise<Gathered> {
  const preset = presetFor(address);
  const usePreset = preset
    ? await ask.confirm(
        `Use ${preset.name}'s usual settings (${preset.smtp.host}, ${preset.imap.host})?`,
      )
    : false;
  const user = await ask.required("User name for both servers", { initial: address });
  const smtp = usePreset ? preset!.smtp : await server(ask, "smtp");
  const imap = usePreset ? preset!.imap : await server(ask, "imap");
  if (preset && usePreset) {
    ask.info(
      `${preset.name} usually wants an app password, made in your account's security settings.`,
    );
  }

  const where = await ask.select<"env" | "file">("Where should Afterword read the password from?", [
    { value: "env", label: `An environment variable (such as ${DEFAULT_PASSWORD_VARIABLE})` },
    { value: "file", label: "A file only you can read (mode 0600), in the data folder" },
  ]);
  let password: { env: string } | { file: string };
  if (where === "env") {
    password = {
      env: await ask.required("The variable's name", {
        initial: DEFAULT_PASSWORD_VARIABLE,
        check: (value) =>
          /^[A-Za-z_][A-Za-z0-9_]*$/.test(value) ? undefined : "Letters, digits and _ only.",
      }),
    };
  } else {
    const file = await ask.required("The file", { initial: "mail-password" });
    if (await ask.confirm("Type the password now, to be saved in that file (mode 0600)?")) {
      const secret = await ask.password("Password (not shown)");
      const path = await ctx.mail.writeSecret(file, secret);
      ask.info(`Saved to ${path}, readable only by you.`);
    }
    password = { file };
  }
  const filesSent = usePreset
    ? preset!.filesSent
    : await ask.confirm(
        "Does your provider put what you send in the Sent folder by itself?",
        false,
      );
  return {
    setup: { user, smtp, imap, filesSent, login: { type: "password", password } },
    flow: null,
  };
}

async function server(ask: Prompter, service: "smtp" | "imap"): Promise<ServerAnswer> {
  const label = service === "smtp" ? "sending (SMTP)" : "mailbox (IMAP)";
  const host = await ask.required(`Host of the ${label} server`, {
    placeholder: service === "smtp" ? "smtp.example.com" : "imap.example.com",
  });
  const security = await ask.select<Security>(
    `How is the ${label} connection protected?`,
    SECURITY_MODES.map((mode) => ({ value: mode, label: SECURITY_LABELS[mode] })),
    "tls",
  );
  const port = Number(
    await ask.required("Port", {
      initial: String(defaultPort(service, security)),
      check: (value) =>
        /^\d{1,5}$/.test(value) && Number(value) <= 65535 ? undefined : "A port number.",
    }),
  );
  return { host, port, security };
}
