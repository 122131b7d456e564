import type { AppContext } from "../../app/context.js";
import { checkMail } from "../../app/check-mail.js";
import type { Env } from "../../app/mail-account.js";
import { email } from "../../core/record/fields.js";
import {
  DEFAULT_PASSWORD_VARIABLE,
  defaultPort,
  SECURITY_MODES,
  type Security,
} from "../../mail/mail-config.js";
import { presetFor } from "../../mail/provider-presets.js";
import { writeMailConfig, writeSecretFile } from "../../mail/write-mail-config.js";
import { mailCheckLines } from "../commands/mail.js";
import type { Prompter } from "./prompter.js";

const SECURITY_LABELS: Record<Security, string> = {
  tls: "TLS from the start (usually 465 for SMTP, 993 for IMAP)",
  starttls: "STARTTLS (usually 587 for SMTP, 143 for IMAP)",
  none: "none (only for a server on this machine)",
};

/** `afterword mail setup`: asks for the servers and where the password lives, writes mail.yaml, tests it. */
export async function setUpMail(ctx: AppContext, ask: Prompter, env: Env): Promise<void> {
  ask.intro("Mail account");
  const profile = await ctx.store.profile.get();
  const address = await ask.required("The address you send from", {
    initial: profile?.email,
    check: (value) =>
      email.safeParse(value).success ? undefined : "That does not look like an e-mail address.",
  });
  const preset = presetFor(address);
  const usePreset = preset
    ? await ask.confirm(
        `Use ${preset.name}'s usual settings (${preset.smtp.host}, ${preset.imap.host})?`,
      )
    : false;
  const user = await ask.required("User name for both servers", { initial: address });
  const smtp = usePreset ? { ...preset!.smtp, user } : { ...(await server(ask, "smtp")), user };
  const imap = usePreset ? { ...preset!.imap, user } : { ...(await server(ask, "imap")), user };
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
      const path = await writeSecretFile(ctx.home, file, secret);
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

  const path = await writeMailConfig(ctx.home, {
    address,
    name: profile?.name ?? null,
    password,
    smtp,
    imap,
    sent: { copy: filesSent ? "server" : "append" },
  });
  ask.info(`Wrote ${path} (no password in it).`);
  const check = await checkMail(ctx.home, env);
  const lines = mailCheckLines(check);
  if (check.account || !check.smtp?.ok || !check.imap?.ok) ask.error(lines.join("\n"));
  else ask.note(lines.join("\n"), "Connections");
  ask.outro("Change it any time by editing mail.yaml; `afterword mail test` checks it again.");
}

async function server(ask: Prompter, service: "smtp" | "imap") {
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
