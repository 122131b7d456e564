/** The outcome of anything a user's input can make fail: a value, or the reasons it was refused. */
export type Result<T, E> = { ok: true; value: T } | { ok: false; errors: E[] };

export function ok<T>(value: T): { ok: true; value: T } {
  return { ok: true, value };
}

export function fail<E>(...errors: E[]): { ok: false; errors: E[] } {
  return { ok: false, errors };
}
