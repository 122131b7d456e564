import { randomBytes, timingSafeEqual } from "node:crypto";

export const SESSION_COOKIE = "afterword_session";

/**
 * The one-time token printed with the address, and the sessions it was exchanged for. The token
 * works once: a copy of the address left in a shell history or a screenshot opens nothing.
 */
export class Sessions {
  private token: string | null;
  private readonly sessions = new Set<string>();

  constructor(token: string = secret()) {
    this.token = token;
  }

  /** The token for the address to print, until it has been used. */
  get pendingToken(): string | null {
    return this.token;
  }

  /** A new session for the right token, which is then spent; null for any other. */
  exchange(given: string): string | null {
    if (this.token === null || !sameSecret(given, this.token)) return null;
    this.token = null;
    const session = secret();
    this.sessions.add(session);
    return session;
  }

  isValid(session: string | undefined): boolean {
    if (!session) return false;
    for (const known of this.sessions) if (sameSecret(session, known)) return true;
    return false;
  }
}

function secret(): string {
  return randomBytes(24).toString("base64url");
}

function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
