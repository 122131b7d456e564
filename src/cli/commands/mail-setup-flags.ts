import type { AppContext } from "../../app/context.js";
import { checkMail } from "../../app/mail/check-mail.js";
import { loadMailAccount } from "../../app/mail/mail-account.js";
import {
  saveMailSetup,
  signInFlows,
  type MailLogin,
  type ServerAnswer,
} from "../../app/mail/mail-setup.js";
import { signIn, type SignedIn } from "../../app/mail/mail-signin.js";
import { email } from "../../core/record/fields.js";
import { defaultPort, SECURITY_MODES, type Security } from "../../mail/mail-config.js";
import { OAUTH_PROVIDERS, type OAuthProvider } from "../../mail/oauth-providers.js";
import { OAUTH_PRESETS, presetFor } from "../../mail/provider-presets.js";
import { ExitCode, UsageError } from "../exit-code.js";
import { refuse } from "../refusal.js";
import type { Runtime } from "../runtime.js";
import { keptWhere, signInMethod } from "../sign-in-method.js";
import { mailCheckLines } from "./mail.js";

/** `afterword mail setup`'s answers given as flags, for scripts and terminals without prompts. */
export interface SetupFlags {
  address?: string;
  signin?: string;
  clientId?: string;
  tenant?: string;
  issuer?: string;
  scopes?: string;
  browser?: boolean;
  user?: string;
  smtp?: string;
  imap?: string;
  security?: string;
  passwordEnv?: string;
  passwordFile?: string;
  sent?: string;
}

const SIGNINS = [...OAUTH_PROVIDERS, "password"] as const;

/** Writes mail.yaml from the flags, signs in when the account uses OAuth, and tests both servers. */
export async function setUpMailFromFlags(
  rt: Runtime,
  ctx: AppContext,
  flags: SetupFlags,
): Promise<void> {
  const profile = await ctx.store.profile.get();
  const address = flags.address ?? profile?.email;
  if (!address || !email.safeParse(address).success) {
    throw new UsageError(
      address
        ? `--address: expected an e-mail address such as jordan@example.com, found "${address}".`
        : "--address is needed: the profile has no e-mail address to send from.",
    );
  }
  const how = flags.signin ?? "password";
  if (!(SIGNINS as readonly string[]).includes(how)) {
    throw new UsageError(`--signin: one of ${SIGNINS.join(", ")}; found "${how}".`);
  }
  const security = parseSecurity(flags.security);
  const login = loginOf(how as (typeof SIGNINS)[number], flags);
  const preset =
    login.type === "oauth"
      ? login.provider === "custom"
        ? null
        : OAUTH_PRESETS[login.provider]
      : presetFor(address);
  const server = (service: "smtp" | "imap"): ServerAnswer => {
    const given = flags[service];
    if (given) return parseServer(service, given, security);
    if (preset) return preset[service];
    throw new UsageError(
      `--${service} is needed: Afterword does not know the servers of ${address.split("@")[1]}. Give --${service} HOST[:PORT] (and --security).`,
    );
  };
  const smtp = server("smtp");
  const imap = server("imap");
  const filesSent = flags.sent === undefined ? (preset?.filesSent ?? false) : parseSent(flags.sent);
  const kept = await saveMailSetup(ctx.mail, {
    address,
    name: profile?.name ?? null,
    user: flags.user ?? address,
    smtp,
    imap,
    filesSent,
    login,
  });
  if (!kept.ok) return refuse(rt, kept.errors[0]!);
  const path = kept.value;
  if (!rt.json) rt.warn(keptLine(rt, path));

  let signedIn: SignedIn | null = null;
  if (login.type === "oauth") {
    const account = await loadMailAccount(ctx.mail);
    if (!account.ok) return refuse(rt, account.errors[0]!);
    const flow = flags.browser ? "browser" : signInFlows(login.provider)[0]!;
    const result = await signIn(
      ctx.mail,
      account.value,
      signInMethod(flow, (text) => rt.warn(text)),
    );
    if (!result.ok) {
      return refuse(
        rt,
        `${result.errors[0]!.message}\nmail.yaml is kept: \`afterword mail signin\` tries the sign-in again.`,
      );
    }
    signedIn = result.value;
    if (!rt.json) {
      rt.warn(`Signed in as ${signedIn.account}. The tokens are kept ${keptWhere(signedIn)}.`);
    }
  }
  const check = await checkMail(ctx.mail);
  const failed = Boolean(check.account) || !check.smtp?.ok || !check.imap?.ok;
  if (failed) rt.exitCode = ExitCode.refused;
  if (rt.json) return rt.printJson({ path, signedIn, check });
  rt.print(mailCheckLines(check).join("\n"));
}

/** Where the account went, and that no secret went there in clear. */
export function keptLine(rt: Pick<Runtime, "databaseUrl">, where: string): string {
  return rt.databaseUrl()
    ? `Kept the ${where}, its secrets sealed.`
    : `Wrote ${where} (no password or token in it).`;
}

function loginOf(how: (typeof SIGNINS)[number], flags: SetupFlags): MailLogin {
  if (how === "password") {
    if (flags.passwordEnv && flags.passwordFile) {
      throw new UsageError("--password-env or --password-file, not both.");
    }
    return {
      type: "password",
      password: flags.passwordFile
        ? { file: flags.passwordFile }
        : { env: flags.passwordEnv ?? "AFTERWORD_MAIL_PASSWORD" },
    };
  }
  const provider: OAuthProvider = how;
  if (!flags.clientId) {
    throw new UsageError(
      `--client-id is needed: the application (client) ID registered for Afterword at the provider (docs/mail.md says how).`,
    );
  }
  if (provider === "custom" && !(flags.issuer && URL.canParse(flags.issuer))) {
    throw new UsageError(
      "--issuer is needed with --signin custom: the full address of the provider, such as https://login.example.com.",
    );
  }
  return {
    type: "oauth",
    provider,
    clientId: flags.clientId,
    ...(flags.tenant ? { tenant: flags.tenant } : {}),
    ...(provider === "custom" ? { issuer: flags.issuer } : {}),
    ...(flags.scopes ? { scopes: flags.scopes.split(/\s+/).filter(Boolean) } : {}),
  };
}

function parseSecurity(given: string | undefined): Security | null {
  if (given === undefined) return null;
  if (!(SECURITY_MODES as readonly string[]).includes(given)) {
    throw new UsageError(`--security: one of ${SECURITY_MODES.join(", ")}; found "${given}".`);
  }
  return given as Security;
}

function parseServer(
  service: "smtp" | "imap",
  given: string,
  security: Security | null,
): ServerAnswer {
  const match = /^(\[[^\]]+\]|[^:\s]+)(?::(\d{1,5}))?$/.exec(given.trim());
  const port = match?.[2] === undefined ? undefined : Number(match[2]);
  if (!match || (port !== undefined && (port < 1 || port > 65535))) {
    throw new UsageError(
      `--${service}: expected HOST or HOST:PORT, such as ${service}.example.com:${defaultPort(service, "tls")}; found "${given}".`,
    );
  }
  const mode = security ?? "tls";
  return { host: match[1]!, port: port ?? defaultPort(service, mode), security: mode };
}

function parseSent(given: string): boolean {
  if (given !== "server" && given !== "append") {
    throw new UsageError(`--sent: server or append; found "${given}".`);
  }
  return given === "server";
}
