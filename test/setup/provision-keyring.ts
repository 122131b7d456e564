import { spawnSync } from "node:child_process";
import { GNOME_KEYRING_INSTALL, secretServiceMissing } from "../helpers/secret-service.js";

/**
 * The keyring tests need a Secret Service (gnome-keyring on a private D-Bus). On CI (as root) it
 * is installed when missing; elsewhere those tests skip and say how to install it.
 */
export default function provisionKeyring(): void {
  if (!secretServiceMissing()) return;
  if (process.env.CI === "true" && process.getuid?.() === 0) {
    const run = (args: string[]) =>
      spawnSync("apt-get", args, {
        stdio: "inherit",
        env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
      });
    run(["update", "-qq"]);
    run(["install", "-y", "-qq", "--no-install-recommends", "gnome-keyring", "dbus"]);
  }
  if (secretServiceMissing()) {
    console.warn(
      `${secretServiceMissing()}\nThe keyring tests are skipped (${GNOME_KEYRING_INSTALL}).`,
    );
  }
}
