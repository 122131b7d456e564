import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const GNOME_KEYRING_INSTALL = "sudo apt-get install gnome-keyring";

/** Why no Secret Service can be started here, or null when gnome-keyring is installed. */
export function secretServiceMissing(): string | null {
  const found = spawnSync("sh", [
    "-c",
    "command -v gnome-keyring-daemon && command -v dbus-daemon && command -v dbus-send",
  ]);
  return found.status === 0
    ? null
    : `gnome-keyring and dbus-daemon are needed for the keyring test. Install them with: ${GNOME_KEYRING_INSTALL}`;
}

/** The environment that points the keyring library at a private Secret Service. */
export interface SecretService {
  env: Record<string, string>;
  stop(): void;
}

/**
 * A private D-Bus session with gnome-keyring's Secret Service on it, its login keyring created
 * and unlocked in a temporary folder: nothing of the machine's own keyring is touched.
 */
export async function startSecretService(): Promise<SecretService> {
  const root = mkdtempSync(join(tmpdir(), "afterword-keyring-"));
  const bus = spawn("dbus-daemon", ["--session", "--nofork", "--print-address=1"], {
    stdio: ["ignore", "pipe", "ignore"],
  });
  const address = await new Promise<string>((resolve, reject) => {
    let text = "";
    bus.stdout!.on("data", (chunk: Buffer) => {
      text += chunk.toString("utf8");
      if (text.includes("\n")) resolve(text.trim());
    });
    bus.once("exit", () => reject(new Error("dbus-daemon stopped before it gave its address")));
  });
  const env = { DBUS_SESSION_BUS_ADDRESS: address, XDG_RUNTIME_DIR: root, HOME: root };
  const keyring: ChildProcess = spawn(
    "gnome-keyring-daemon",
    ["--foreground", "--unlock", "--components=secrets"],
    { env: { ...process.env, ...env }, stdio: ["pipe", "ignore", "ignore"] },
  );
  keyring.stdin!.end("test-keyring-password");
  await waitForName(address, "org.freedesktop.secrets");
  return {
    env,
    stop: () => {
      keyring.kill();
      bus.kill();
      rmSync(root, { recursive: true, force: true });
    },
  };
}

/** Waits until the Secret Service has taken its name on the bus. */
async function waitForName(address: string, name: string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const listed = spawnSync(
      "dbus-send",
      [
        `--bus=${address}`,
        "--print-reply",
        "--dest=org.freedesktop.DBus",
        "/org/freedesktop/DBus",
        "org.freedesktop.DBus.ListNames",
      ],
      { encoding: "utf8" },
    );
    if (listed.stdout?.includes(`"${name}"`)) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`${name} did not appear on the private bus`);
}
