import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createConnection } from "node:net";
import { tmpdir, userInfo } from "node:os";
import { join } from "node:path";
import { freePort } from "./free-port.js";

/** Where Debian puts the binary; PATH may not include /usr/sbin for a normal user. */
const CANDIDATES = ["/usr/sbin/dovecot", "/usr/local/sbin/dovecot", "/usr/bin/dovecot"];

export const DOVECOT_INSTALL = "sudo apt-get install dovecot-imapd";

export function dovecotBinary(): string | null {
  for (const path of CANDIDATES) if (existsSync(path)) return path;
  const found = spawnSync("sh", ["-c", "command -v dovecot"], { encoding: "utf8" });
  return found.status === 0 && found.stdout.trim() ? found.stdout.trim() : null;
}

/** Why the mail suites cannot run here, or null when Dovecot is installed. */
export function dovecotMissing(): string | null {
  return dovecotBinary()
    ? null
    : `Dovecot is not installed, so the mail suites are skipped. Install it with: ${DOVECOT_INSTALL}`;
}

export interface Dovecot {
  host: string;
  port: number;
  /** Every user's password. */
  password: string;
  users: string[];
  stop(): Promise<void>;
}

/**
 * A private Dovecot on a loopback port: its own config, users and maildirs in a temporary folder,
 * gone after `stop()`. Mailboxes run as nobody (Dovecot refuses uid 0), or as the current user
 * when the tests do not run as root.
 */
/** Token logins (XOAUTH2, OAUTHBEARER) checked by asking an OAuth server about each token. */
export interface DovecotOAuth {
  /** The RFC 7662 introspection endpoint, and the credentials Dovecot presents to it. */
  introspection: string;
  client: { id: string; secret: string };
  /** The audience a token must carry. */
  audience: string;
}

export async function startDovecot(
  users: string[],
  password = "secret",
  oauth?: DovecotOAuth,
): Promise<Dovecot> {
  const binary = dovecotBinary();
  if (!binary) throw new Error(dovecotMissing()!);
  const root = mkdtempSync(join(tmpdir(), "afterword-dovecot-"));
  chmodSync(root, 0o755);
  const mail = join(root, "mail");
  for (const folder of [mail, join(root, "run"), join(root, "state")]) mkdirSync(folder);
  chmodSync(mail, 0o1777);
  writeFileSync(
    join(root, "passwd"),
    users.map((user) => `${user}:{PLAIN}${password}::::::\n`).join(""),
  );
  if (oauth) {
    const url = new URL(oauth.introspection);
    url.username = oauth.client.id;
    url.password = oauth.client.secret;
    writeFileSync(
      join(root, "oauth2.conf.ext"),
      `introspection_mode = post
introspection_url = ${url.href}
force_introspection = yes
username_attribute = sub
active_attribute = active
active_value = true
audience = ${oauth.audience}
`,
    );
  }
  const asRoot = process.getuid?.() === 0;
  const account = asRoot ? "nobody" : userInfo().username;
  const group = asRoot ? "nogroup" : String(userInfo().gid);
  const port = await freePort();
  const config = join(root, "dovecot.conf");
  writeFileSync(
    config,
    `protocols = imap
listen = 127.0.0.1
base_dir = ${root}/run
state_dir = ${root}/state
log_path = ${root}/dovecot.log
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login${oauth ? " xoauth2 oauthbearer" : ""}
# Refusals are answered at once: the tests wait for no one.
auth_failure_delay = 0
mail_location = maildir:${mail}/%u
# A throwaway server: nothing it holds must survive a power cut.
mail_fsync = never
default_internal_user = ${account}
default_internal_group = ${group}
default_login_user = ${account}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = ${port}
  }
}
passdb {
  driver = passwd-file
  args = scheme=PLAIN ${root}/passwd
  mechanisms = plain login
}
${
  oauth
    ? `passdb {
  driver = oauth2
  mechanisms = xoauth2 oauthbearer
  args = ${root}/oauth2.conf.ext
}
`
    : ""
}userdb {
  driver = static
  args = uid=${account} gid=${group} home=${mail}/%u
}
namespace inbox {
  inbox = yes
  mailbox Sent {
    special_use = \\Sent
    auto = subscribe
  }
  mailbox Drafts {
    special_use = \\Drafts
    auto = subscribe
  }
}
`,
  );
  execFileSync(binary, ["-c", config], { stdio: "ignore" });
  await waitForPort(port);
  return {
    host: "127.0.0.1",
    port,
    password,
    users,
    stop: async () => {
      spawnSync(binary, ["-c", config, "stop"], { stdio: "ignore" });
      rmSync(root, { recursive: true, force: true });
    },
  };
}

async function waitForPort(port: number): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = createConnection({ host: "127.0.0.1", port });
      socket.once("connect", () => {
        socket.destroy();
        resolve(true);
      });
      socket.once("error", () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`Dovecot did not start listening on 127.0.0.1:${port}`);
}
