/** Lists and documents live in text columns so one schema serves SQLite and PostgreSQL. */
export function toJson(value: unknown): string {
  return JSON.stringify(value);
}

export function fromJson<T>(text: string): T {
  return JSON.parse(text) as T;
}
