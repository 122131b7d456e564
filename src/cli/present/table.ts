/** A plain text table: a header row, a rule, then the rows, columns padded to fit. */
export function table(header: string[], rows: string[][]): string {
  const widths = header.map((cell, i) =>
    Math.max(width(cell), ...rows.map((row) => width(row[i] ?? ""))),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, i) =>
        i === cells.length - 1 ? cell : cell.padEnd(widths[i]! + cell.length - width(cell)),
      )
      .join("  ")
      .trimEnd();
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}

/** Display width, counting a combining mark as nothing. */
function width(text: string): number {
  return [...text.normalize("NFC")].length;
}
