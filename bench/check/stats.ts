/** The q-quantile (0–1) of a list of numbers, by nearest rank. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank]!;
}

export const median = (values: readonly number[]) => quantile(values, 0.5);

export function fixed(n: number, digits = 2): string {
  return Number.isFinite(n) ? n.toFixed(digits) : "—";
}

/** A plain table, columns padded to fit. */
export function table(header: string[], rows: (string | number)[][]): string {
  const cells = [header, ...rows.map((row) => row.map(String))];
  const widths = header.map((_, i) => Math.max(...cells.map((row) => [...(row[i] ?? "")].length)));
  return cells
    .map((row, r) =>
      [
        row
          .map((cell, i) => cell.padEnd(widths[i]! + cell.length - [...cell].length))
          .join("  ")
          .trimEnd(),
        r === 0 ? `\n${widths.map((w) => "-".repeat(w)).join("  ")}` : "",
      ].join(""),
    )
    .join("\n");
}
