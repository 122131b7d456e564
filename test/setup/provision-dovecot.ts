import { spawnSync } from "node:child_process";
import { DOVECOT_INSTALL, dovecotBinary } from "../helpers/mail/dovecot.js";

/**
 * The mail suites need Dovecot. On CI (as root) it is installed when missing; elsewhere the suites
 * skip with the command that installs it, and CI fails rather than skip.
 */
export default function provisionDovecot(): void {
  if (dovecotBinary()) return;
  const onCi = process.env.CI === "true";
  if (onCi && process.getuid?.() === 0) {
    const run = (args: string[]) =>
      spawnSync("apt-get", args, {
        stdio: "inherit",
        env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
      });
    run(["update", "-qq"]);
    run(["install", "-y", "-qq", "--no-install-recommends", "dovecot-imapd"]);
  }
  if (dovecotBinary()) return;
  const message = `Dovecot is needed by the mail tests and is not installed. Install it with: ${DOVECOT_INSTALL}`;
  if (onCi) throw new Error(message);
  console.warn(`${message}\nThe mail suites are skipped.`);
}
