/** The page's one way to the server: the session cookie rides along, and writes carry the CSRF token. */
let csrfToken = "";

/** What the server said when it refused: its words, and the field that was wrong. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly field: string | null,
    readonly code: string | null,
    readonly fields: { path: string; expected: string; found: string }[] = [],
  ) {
    super(message);
  }
}

export async function api<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = {};
  if (body !== undefined) headers["content-type"] = "application/json";
  if (method !== "GET") headers["x-csrf-token"] = csrfToken;
  const response = await fetch(path, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
    credentials: "same-origin",
  });
  const data = (await response.json().catch(() => null)) as
    | (T & {
        error?: string;
        field?: string;
        code?: string;
        fields?: { path: string; expected: string; found: string }[];
      })
    | null;
  if (!response.ok) {
    throw new ApiError(
      response.status,
      data?.error ?? `The server answered ${response.status}.`,
      data?.field ?? null,
      data?.code ?? null,
      data?.fields ?? [],
    );
  }
  return data as T;
}

/**
 * Trades the one-time token of the printed address for the session cookie, then takes the token
 * out of the address bar (and so out of the history). True when signed in.
 */
export async function signIn(): Promise<boolean> {
  const url = new URL(location.href);
  const token = url.searchParams.get("token");
  if (token !== null) {
    url.searchParams.delete("token");
    history.replaceState(null, "", url.pathname + url.search + url.hash);
  }
  const session = await api<{ signedIn: boolean; csrfToken?: string }>("GET", "/api/session");
  if (session.signedIn) {
    csrfToken = session.csrfToken ?? "";
    return true;
  }
  if (token === null) return false;
  try {
    const exchanged = await api<{ csrfToken: string }>("POST", "/api/session", { token });
    csrfToken = exchanged.csrfToken;
    return true;
  } catch {
    return false;
  }
}

/** A message for the person, whatever went wrong. */
export function problemText(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return "Afterword could not reach its server: is `afterword serve` still running?";
}
