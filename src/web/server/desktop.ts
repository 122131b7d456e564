/**
 * True when a person can see a browser open here: macOS or Windows, or a Linux/BSD session with
 * a display. On CI or over SSH without one, the address is only printed.
 */
export function hasDesktop(
  env: Record<string, string | undefined>,
  platform: NodeJS.Platform,
): boolean {
  if (env.CI) return false;
  if (platform === "darwin" || platform === "win32") return !env.SSH_CONNECTION;
  return Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);
}
