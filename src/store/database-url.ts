/** The PostgreSQL database a URL names, as messages name it: never with its password. */
export function describeDatabase(url: string): string {
  try {
    const parsed = new URL(url);
    const name = decodeURIComponent(parsed.pathname.replace(/^\//, "")) || "postgres";
    return `the PostgreSQL database "${name}" on ${parsed.host || "localhost"}`;
  } catch {
    return "a PostgreSQL database whose URL cannot be read";
  }
}
