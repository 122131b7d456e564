/**
 * Joins phrases as an English list: "A", "A and B", "A, B, and C".
 *
 * Three or more items take the serial comma, so a phrase that itself holds "and" cannot run
 * into its neighbour. When an item already contains a comma, items are separated by semicolons
 * instead ("A; B, with C; and D"), which is how a careful writer keeps such a list readable.
 */
export function joinList(items: readonly string[], conjunction: "and" | "or" = "and"): string {
  const [first, second] = items;
  if (first === undefined) return "";
  if (second === undefined) return first;
  if (items.length === 2 && !items.some((item) => item.includes(","))) {
    return `${first} ${conjunction} ${second}`;
  }
  const separator = items.some((item) => item.includes(",")) ? ";" : ",";
  const head = items.slice(0, -1).join(`${separator} `);
  return `${head}${separator} ${conjunction} ${items[items.length - 1]}`;
}
